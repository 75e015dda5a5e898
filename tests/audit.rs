//! The self-audit shield: live signals, score and colour, alerts on drift,
//! failing sources, SARIF, and the routes.
#![cfg(all(
    feature = "approval",
    feature = "tracing",
    feature = "axum",
    feature = "tokio"
))]

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use agent_hardening::approval::{ApprovalMode, ModeSwitch};
use agent_hardening::audit::{
    Alert, AlertKind, AlertSink, Attestation, Color, CveSource, CveStatus, Severity, Shield,
    routes, to_sarif,
};
use agent_hardening::gate::Gate;
use agent_hardening::http::auth::{AuthLayer, Tokens};
use agent_hardening::http::headers::{Csp, SecurityHeadersLayer};
use agent_hardening::http::origin::OriginCheckLayer;
use agent_hardening::kill_switch::KillSwitch;
use agent_hardening::redact::RedactingMakeWriter;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::SIGNAL_IDS;
use serde_json::Value;
use tower::ServiceExt;
use tracing_subscriber::fmt::MakeWriter;

/// Alerts collected in memory.
#[derive(Debug, Default)]
struct Collect(Mutex<Vec<Alert>>);

impl AlertSink for Collect {
    fn alert(&self, alert: &Alert) {
        self.0.lock().unwrap().push(alert.clone());
    }
}

#[derive(Debug)]
struct Scan(Mutex<CveStatus>);

impl CveSource for Scan {
    fn latest(&self) -> CveStatus {
        self.0.lock().unwrap().clone()
    }
}

#[derive(Debug)]
struct Broken;

impl CveSource for Broken {
    fn latest(&self) -> CveStatus {
        panic!("advisory database is corrupt")
    }
}

/// The live handles a test flips, and a shield over all of them.
struct Parts {
    switch: KillSwitch,
    mode: ModeSwitch,
    gate: Gate,
    scan: Arc<Scan>,
    alerts: Arc<Collect>,
    shield: Shield,
}

fn parts() -> Parts {
    let switch = KillSwitch::with_lookup("TEST", |_| None);
    let mode = ModeSwitch::new(ApprovalMode::Smart);
    let gate = Gate::new();
    gate.declare_sources(["email_body", "web_fetch"]);
    let writer = RedactingMakeWriter::new(std::io::sink);
    let stats = writer.stats();
    std::io::Write::write_all(&mut writer.make_writer(), b"started\n").unwrap();
    let scan = Arc::new(Scan(Mutex::new(CveStatus::Clean {
        age: Duration::from_secs(3600),
    })));
    let alerts = Arc::new(Collect::default());
    // A spawn through a preset, so that the ledger knows one.
    std::process::Command::new("true").env_preset_minimal();
    let shield = Shield::builder()
        .kill_switch(switch.clone())
        .approval_mode(mode.clone())
        .hardline_blocklist()
        .llm_key_vars_with(&["TEST_LLM_KEY"], |_| Some("set".to_owned()))
        .auth(&AuthLayer::new(
            Tokens::new("a-long-enough-token-123").unwrap(),
        ))
        .dev_mode(false, "127.0.0.1:8080")
        .gate(&gate)
        .log_redaction(stats)
        .subprocess_envs()
        .security_headers(&SecurityHeadersLayer::new().csp_enforce(Csp::strict().build().unwrap()))
        .origin_check(&OriginCheckLayer::new())
        .token_scopes(Attestation::new("Dana", "scopes reviewed", "2099-12-31").unwrap())
        .db_readonly_role(Attestation::new("Dana", "role checked", "2099-12-31").unwrap())
        .cve(scan.clone())
        .alert_sink(alerts.clone())
        .build();
    Parts {
        switch,
        mode,
        gate,
        scan,
        alerts,
        shield,
    }
}

/// `env_preset` in one call, for the ledger.
trait MinimalEnv {
    fn env_preset_minimal(&mut self);
}

impl MinimalEnv for std::process::Command {
    fn env_preset_minimal(&mut self) {
        use agent_hardening::subprocess_env::CommandEnvExt;
        self.minimal_env();
    }
}

#[test]
fn an_empty_shield_reports_every_id_as_absent_with_its_penalty() {
    let report = Shield::builder().build().audit();
    let names: Vec<&str> = report.signals.iter().map(|s| s.name).collect();
    for id in SIGNAL_IDS {
        assert!(names.contains(&id), "{id} missing");
    }
    assert_eq!(report.signals.len(), SIGNAL_IDS.len());
    assert_eq!(report.color, Color::Red);
    assert_eq!(report.score, 0);
    let bearer = report.signal("bearer-token").unwrap();
    assert_eq!((bearer.value.as_str(), bearer.delta), ("unset", -30));
    assert_eq!(bearer.severity, Severity::Critical);
    // Worst first.
    assert_eq!(report.signals[0].severity, Severity::Critical);
    assert!(!report.scoring_version.is_empty());
}

#[test]
fn a_healthy_service_is_green_and_the_score_is_the_clamped_sum() {
    let p = parts();
    p.gate.gate("Hello", "email_body");
    p.gate.gate("Hello", "web_fetch");
    let report = p.shield.audit();
    for signal in &report.signals {
        assert!(signal.is_ok(), "{signal:?}");
    }
    assert_eq!((report.score, report.color), (100, Color::Green));
    assert_eq!(
        report.signal("hardline-blocklist").unwrap().value,
        "10 rules"
    );

    // Half the ingest paths gated: 10 of the 20 coverage points.
    let gate = Gate::new();
    gate.declare_sources(["a", "b"]);
    gate.gate("x", "a");
    let report = Shield::builder().gate(&gate).build().audit();
    let coverage = report.signal("gate-coverage").unwrap();
    assert_eq!(
        (coverage.value.as_str(), coverage.delta),
        ("1/2 paths", -10)
    );
    let sum: i32 = 100 + report.signals.iter().map(|s| s.delta).sum::<i32>();
    assert_eq!(i32::from(report.score), sum.clamp(0, 100));
}

#[test]
fn signals_are_read_live_and_alerts_fire_once_per_drift() {
    let p = parts();
    p.gate.gate("Hello", "email_body");
    p.gate.gate("Hello", "web_fetch");
    let green = p.shield.audit();
    assert_eq!(green.color, Color::Green);
    assert!(p.alerts.0.lock().unwrap().is_empty());

    p.mode.set(ApprovalMode::Off);
    let amber = p.shield.audit();
    assert_eq!(amber.score, green.score - 25);
    assert_eq!(amber.color, Color::Amber);
    assert_eq!(p.shield.alerts().len(), 1);
    assert_eq!(p.shield.alerts()[0].kind, AlertKind::ColorWorse);
    assert_eq!(
        p.shield.alerts()[0].changed,
        vec![("approval-mode", "off".to_owned())]
    );
    // The same state again: no new alert.
    p.shield.audit();
    assert_eq!(p.shield.alerts().len(), 1);

    // Manual earns 5 points, clamped at 100.
    p.mode.set(ApprovalMode::Manual);
    assert_eq!(p.shield.audit().score, 100);
    assert_eq!(p.shield.alerts().len(), 1);

    // The kill switch turns it red whatever the sum, with one alert.
    p.switch.activate();
    let red = p.shield.audit();
    assert_eq!(red.color, Color::Red);
    assert_eq!(red.signals[0].name, "kill-switch");
    assert_eq!(p.shield.alerts().len(), 2);

    // Red already: a second critical signal is an alert of its own.
    *p.scan.0.lock().unwrap() = CveStatus::Vulnerable {
        packages: 9,
        advisories: 12,
        age: Duration::from_secs(60),
    };
    let report = p.shield.audit();
    assert_eq!(report.signal("cve-scan").unwrap().delta, -25);
    assert_eq!(
        p.shield.alerts().len(),
        2,
        "a warning while red is no alert"
    );
    p.switch.deactivate();
    p.shield.audit();
    p.switch.activate();
    p.shield.audit();
    let alerts = p.shield.alerts();
    assert_eq!(alerts.len(), 3);
    assert_eq!(alerts[0].new_critical, vec!["kill-switch"]);
    assert_eq!(
        p.alerts.0.lock().unwrap().len(),
        3,
        "the sink saw each alert once"
    );
    assert!(p.shield.history().len() >= 7);
}

#[test]
fn a_failing_source_is_reported_with_its_penalty_never_passed() {
    let report = Shield::builder().cve(Arc::new(Broken)).build().audit();
    let cve = report.signal("cve-scan").unwrap();
    assert_eq!(cve.value, "source failed");
    assert_eq!(cve.delta, -5);
    assert!(
        cve.detail.contains("advisory database is corrupt"),
        "{}",
        cve.detail
    );
}

#[test]
fn an_expired_attestation_is_pending_again() {
    let expired = Attestation::new("Dana", "reviewed in 2020", "2021-01-01").unwrap();
    let report = Shield::builder().token_scopes(expired).build().audit();
    let signal = report.signal("token-scope-audit").unwrap();
    assert_eq!((signal.value.as_str(), signal.delta), ("pending", -3));
    assert!(signal.detail.contains("expired"));
    assert!("Dana;why".parse::<Attestation>().is_err());
    assert!("Dana;why;2025-02-30".parse::<Attestation>().is_err());
}

#[test]
fn sarif_names_each_failing_signal_once() {
    let p = parts();
    p.mode.set(ApprovalMode::Off);
    let report = p.shield.audit();
    let sarif = to_sarif(&report);
    assert_eq!(sarif["version"], "2.1.0");
    let rules = sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    assert_eq!(rules.len(), SIGNAL_IDS.len());
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let failing: Vec<&str> = report
        .signals
        .iter()
        .filter(|s| !s.is_ok())
        .map(|s| s.name)
        .collect();
    let ids: Vec<&str> = results
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap())
        .collect();
    assert_eq!(ids, failing);
    assert!(ids.contains(&"approval-mode"));
    for result in results {
        assert!(result["properties"]["security-severity"].is_string());
        assert!(result["locations"][0]["physicalLocation"].is_object());
    }
}

async fn get(app: &axum::Router, method: &str, uri: &str) -> (StatusCode, Value) {
    let response = app
        .clone()
        .oneshot(
            Request::builder()
                .method(method)
                .uri(uri)
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let status = response.status();
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

#[tokio::test]
async fn the_routes_serve_json_sarif_audits_and_alerts() {
    let p = parts();
    p.gate.gate("Hello", "email_body");
    p.gate.gate("Hello", "web_fetch");
    let app = routes(p.shield.clone());
    let (status, report) = get(&app, "GET", "/api/security/status").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        report["signals"].as_array().unwrap().len(),
        SIGNAL_IDS.len()
    );
    let (_, sarif) = get(&app, "GET", "/api/security/status?format=sarif").await;
    assert_eq!(sarif["version"], "2.1.0");
    let (status, error) = get(&app, "GET", "/api/security/status?format=xml").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(error["error"], "unknown_format");

    p.mode.set(ApprovalMode::Off);
    // The status route reads the signals now, and neither keeps nor alerts.
    let (_, live) = get(&app, "GET", "/api/security/status").await;
    assert_eq!(
        live["score"].as_i64(),
        report["score"].as_i64().map(|s| s - 25)
    );
    assert!(p.shield.history().is_empty());
    let (status, audited) = get(&app, "POST", "/api/security/audit").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(audited["score"], live["score"]);
    assert_eq!(p.shield.history().len(), 1);
    let (_, alerts) = get(&app, "GET", "/api/security/alerts").await;
    assert_eq!(alerts["alerts"].as_array().unwrap().len(), 1);
    assert_eq!(alerts["alerts"][0]["kind"], "color-worse");
}

#[tokio::test(start_paused = true)]
async fn the_refresh_task_audits_on_schedule_and_stops() {
    let shield = Shield::builder().build();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = shield.spawn_refresh(Duration::from_secs(300), async {
        let _ = stopped.await;
    });
    for _ in 0..3 {
        tokio::time::sleep(Duration::from_secs(301)).await;
        // The audit runs on a blocking thread; give it a moment.
        for _ in 0..100 {
            tokio::task::yield_now().await;
        }
    }
    let _ = stop.send(());
    tokio::time::timeout(Duration::from_secs(5), task)
        .await
        .expect("the task stops")
        .unwrap();
    let runs = shield.history().len();
    assert!(runs >= 2, "only {runs} audits");
}
