//! # agent-hardening
//!
//! Raises the security floor of an AI-agent service: an axum or hyper
//! service on tower that talks to an LLM, lets it call tools (shell, files,
//! email, databases) and feeds it untrusted text (emails, web pages,
//! database rows).
//!
//! The host keeps its own router and tool dispatcher and calls this crate
//! at the few places where risk enters or leaves. Today the crate holds:
//!
//! | module | threat it addresses |
//! |---|---|
//! | [`redact`] | secrets and personal data copied into logs (key compromise) |
//! | [`http`] | token guessing and rotation cut-offs (auth with lockout), spoofed `X-Forwarded-For` (trusted-proxy client addresses), missing security headers and CSP, cross-site request forgery |
//! | [`startup`] | dev mode left on while listening on a public address |
//! | [`approval`] | destructive shell commands (`rm -rf ~`, `curl \| sh`, force pushes), however disguised |
//! | [`gate`] | prompt injection in the e-mails, pages, tickets and rows the agent reads: text wrapped as data it cannot break out of, injection cues flagged |
//! | [`guard`] | a dispatcher that forgets one of the checks: kill switch, hardline, approval, caps in one call |
//! | [`caps`] | a tool called far more often than any real task needs (runaway loop, injection) |
//! | [`kill_switch`] | no way to pause a misbehaving agent without a deploy |
//! | [`subprocess_env`] | child processes inheriting the agent's secrets |
//! | [`audit`] | drift: a protection switched off and forgotten (approval off, CSP report-only, a kill switch left on, an ingest path that skips the gate); live signals, score, alerts |
//! | [`store`] | limits that hold per process only: bounded counters behind one trait, in memory or (feature `redis`) in a Redis every replica shares, with an explicit failure policy |
//! | `shared_switches` (features `redis`, `approval`) | a pause or a stricter approval mode that reaches only the replica the operator happened to hit |
//! | `shutdown` (feature `tokio`) | a deploy that cuts a tool call off mid-way, or a process a stuck request keeps alive: Ctrl-C and SIGTERM drain requests within a deadline and stop background tasks |
//! | [`rejection`] | refusals a client, an outer layer or a log cannot tell apart: one typed refusal, one JSON shape, a host hook to replace any of them |
//! | [`clock`] | (support) injected monotonic time for every sliding window |
//! | [`settings`] | (support) one reading of on/off switches from the environment |
//!
//! # Quick start
//!
//! ```
//! use agent_hardening::redact::redact;
//!
//! let tool_result = r#"{"customer":"ana@example.com","stripe_key":"sk_live_4eC39HqLyjWDarjtT1zdp7dc"}"#;
//! let logged = redact(tool_result, 500);
//! assert!(!logged.contains("sk_live_4eC39HqLyjWDarjtT1zdp7dc"));
//! assert!(logged.contains("@example.com"));
//! ```
//!
//! # Crate features
//!
//! | name | description | default |
//! |---|---|---|
//! | `redact` | [`redact`] | yes |
//! | `tracing` | [`redact::RedactingMakeWriter`]: redact every log line at the `tracing-subscriber` writer (with `redact`) | yes |
//! | `gate` | [`gate`] | yes |
//! | `http` | [`http`]: auth and lockout, security headers and CSP, origin checks, the safety stack (with `redact`, for CSP reports) | yes |
//! | `axum` | the auth layer reads the peer address from axum's `ConnectInfo`; [`audit::routes`] and [`audit::page_routes`] (with `http`) | yes |
//! | `tokio` | [`subprocess_env::CommandEnvExt`] for `tokio::process::Command`; [`audit::Shield::spawn_refresh`]; `shutdown` | yes |
//! | `approval` | [`approval`] (on brush-parser) and [`guard::ToolGuard`] (with `gate`) | yes |
//! | `audit` | [`audit`], the shield (with `http`, `gate`, `redact`) | yes |
//! | `cve` | `audit::cve`, dependency advisory scanning (with `audit`) | yes |
//! | `redis` | `store::RedisStore` and, with `approval`, `shared_switches` (with `tokio`) | no |
//! | `postgres` | `audit::db_role::verify_readonly` (with `audit`, `tokio`) | no |
//! | `cli` | the `agent-hardening` command (with `approval`, `redact`) | no |
//! | `full` | every feature | no |
//!
//! Each feature builds alone: `default-features = false, features =
//! ["redact"]` gives the redactor with no tokio, tower-http, axum or hyper.
//! [`caps`], [`kill_switch`], [`rejection`], [`store`], [`settings`],
//! [`startup`] and [`subprocess_env`] need no feature.
#![forbid(unsafe_code)]
// docs.rs builds with `--cfg docsrs`: each feature-gated item is labelled
// with the feature it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![cfg_attr(
    not(test),
    warn(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

/// `get_ref`, `get_mut` and `into_inner` for a service wrapping `inner: S`.
macro_rules! inner_service_accessors {
    () => {
        /// The inner service.
        pub fn get_ref(&self) -> &S {
            &self.inner
        }

        /// The inner service, mutably.
        pub fn get_mut(&mut self) -> &mut S {
            &mut self.inner
        }

        /// Consumes `self`, returning the inner service.
        pub fn into_inner(self) -> S {
            self.inner
        }
    };
}

#[cfg(feature = "approval")]
pub mod approval;
#[cfg(feature = "audit")]
pub mod audit;
#[cfg(feature = "gate")]
mod base64;
pub mod caps;
pub mod clock;
#[cfg(feature = "gate")]
pub mod gate;
#[cfg(feature = "approval")]
pub mod guard;
#[cfg(feature = "http")]
pub mod http;
pub mod kill_switch;
#[cfg(feature = "redact")]
pub mod redact;
pub mod rejection;
pub mod settings;
#[cfg(all(feature = "redis", feature = "approval"))]
pub mod shared_switches;
#[cfg(feature = "tokio")]
pub mod shutdown;
pub mod startup;
pub mod store;
pub mod subprocess_env;

// The README's examples compile and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
