//! Security headers and a Content-Security-Policy on every response.
//!
//! **Threat:** an agent's admin UI or API served without the headers that
//! stop MIME sniffing, clickjacking, referrer leaks and cross-origin reads,
//! and with no CSP, so one injected `<script>` (from a model's output
//! rendered as HTML, say) runs with the operator's session.
//!
//! # Headers
//!
//! | header | value |
//! |---|---|
//! | `X-Content-Type-Options` | `nosniff` |
//! | `Referrer-Policy` | `strict-origin-when-cross-origin` |
//! | `X-Frame-Options` | `DENY` |
//! | `Permissions-Policy` | [`DEFAULT_PERMISSIONS_POLICY`], editable |
//! | `Cross-Origin-Opener-Policy` | `same-origin` |
//! | `Cross-Origin-Resource-Policy` | `same-origin` |
//! | `Content-Security-Policy` and/or `-Report-Only` | a [`Csp`] policy, in the mode you choose |
//! | `Reporting-Endpoints` | the `report-to` group of the policy, when it has one |
//! | `Strict-Transport-Security` | only with [`SecurityHeadersLayer::hsts`]; never by default |
//!
//! A header the handler already set is left as it is: a page that must be
//! framed by a partner sets its own `X-Frame-Options` or CSP and keeps it.
//! Headers go on every response the layer wraps, error and streaming ones
//! included (only the head is touched).
//!
//! # CSP modes: report-only is a stage, not a state
//!
//! Start with [`SecurityHeadersLayer::csp_report_only`]: browsers report
//! what the policy would block (to the report endpoint) and block nothing.
//! Widen the policy by what was reported, then switch to
//! [`csp_enforce`](SecurityHeadersLayer::csp_enforce), or run
//! [`csp_both`](SecurityHeadersLayer::csp_both) to enforce a baseline while
//! trialling a stricter policy. The Mozilla HTTP Observatory grades a
//! report-only policy alone as no policy (grade B at best); an enforced
//! [`Csp::strict`] with the other headers and HSTS grades A+.
//!
//! # Example
//!
//! ```
//! use std::convert::Infallible;
//! use agent_hardening::http::headers::{Csp, SecurityHeadersLayer};
//! use http::{Request, Response};
//! use tower::{ServiceBuilder, ServiceExt};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let service = ServiceBuilder::new()
//!     .layer(SecurityHeadersLayer::new().csp_enforce(Csp::strict().build()?))
//!     .service_fn(|_: Request<()>| async { Ok::<_, Infallible>(Response::new(String::new())) });
//! let response = service.oneshot(Request::new(())).await?;
//! assert_eq!(response.headers()["x-frame-options"], "DENY");
//! assert!(response.headers()["content-security-policy"].to_str()?.starts_with("default-src 'none'"));
//! # Ok(())
//! # }
//! ```

mod csp;
mod layer;
mod report;

pub use self::csp::{Csp, CspError, CspPolicy};
pub use self::layer::{
    CspStatus, DEFAULT_PERMISSIONS_POLICY, ResponseFuture, SecurityHeaders, SecurityHeadersLayer,
};
pub use self::report::{
    CspReportEndpoint, CspViolations, DEFAULT_REPORT_PATH, Violation, ViolationSnapshot,
};
