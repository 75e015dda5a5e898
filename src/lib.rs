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
//! | [`http`] | per-client limits escaped with a spoofed `X-Forwarded-For` (client address from trusted proxies only) |
//! | [`startup`] | dev mode left on while listening on a public address |
//! | [`clock`] | (support) injected monotonic time for every sliding window |
//!
//! The tower layers (auth with lockout, security headers and CSP, origin
//! checks), the untrusted-content gate, the tool-dispatch guard and the
//! self-audit are being built on this foundation; see the README.
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
//! | `tracing` | [`redact::RedactingMakeWriter`]: redact every log line at the `tracing-subscriber` writer | yes |
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    warn(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod clock;
pub mod http;
pub mod redact;
pub mod startup;
pub mod store;

// The README's examples compile and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
