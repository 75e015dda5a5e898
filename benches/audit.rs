//! The cost of a full self-audit of every registered signal (no CVE scan):
//! what the status route pays on each request (`read`), and a kept audit
//! with its drift check (`audit`).
#![allow(missing_docs)]

use std::hint::black_box;

use agent_hardening::approval::{ApprovalMode, ModeSwitch};
use agent_hardening::audit::{Attestation, Shield};
use agent_hardening::gate::Gate;
use agent_hardening::http::auth::{AuthLayer, Tokens};
use agent_hardening::http::headers::{Csp, SecurityHeadersLayer};
use agent_hardening::http::origin::OriginCheckLayer;
use agent_hardening::kill_switch::KillSwitch;
use agent_hardening::redact::RedactingMakeWriter;
use criterion::{Criterion, criterion_group, criterion_main};

fn shield() -> Shield {
    let gate = Gate::new();
    gate.declare_sources(["email_body", "web_fetch", "customer_row"]);
    gate.gate("hello", "email_body");
    let tokens = Tokens::new("bench-token-0123456789abcdef").unwrap_or_else(|e| panic!("{e}"));
    let csp = Csp::strict().build().unwrap_or_else(|e| panic!("{e}"));
    let attested =
        Attestation::new("Dana", "reviewed", "2099-12-31").unwrap_or_else(|e| panic!("{e}"));
    Shield::builder()
        .kill_switch(KillSwitch::new("BENCH"))
        .approval_mode(ModeSwitch::new(ApprovalMode::Smart))
        .hardline_blocklist()
        .llm_key_vars(&["ANTHROPIC_API_KEY", "OPENAI_API_KEY"])
        .auth(&AuthLayer::new(tokens))
        .dev_mode(false, "127.0.0.1:8080")
        .gate(&gate)
        .log_redaction(RedactingMakeWriter::new(std::io::sink).stats())
        .subprocess_envs()
        .security_headers(&SecurityHeadersLayer::new().csp_enforce(csp))
        .origin_check(&OriginCheckLayer::new())
        .token_scopes(attested.clone())
        .db_readonly_role(attested)
        .keep_reports(16)
        .build()
}

fn audit(c: &mut Criterion) {
    let shield = shield();
    c.bench_function("audit/read_every_signal", |b| {
        b.iter(|| black_box(shield.read()))
    });
    c.bench_function("audit/audit_and_keep", |b| {
        b.iter(|| black_box(shield.audit()))
    });
}

criterion_group!(benches, audit);
criterion_main!(benches);
