//! The CSP report endpoint: where browsers post what a policy blocked (or,
//! in report-only mode, would have blocked).

use std::collections::VecDeque;
use std::convert::Infallible;
use std::future::Future;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::num::NonZeroU32;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;

use ::http::header::CONTENT_TYPE;
use ::http::{Method, Request, Response, StatusCode};
use bytes::Bytes;
use http_body_util::{BodyExt, Limited};
use serde::Serialize;
use serde_json::Value;
use tower_service::Service;

use crate::clock::{Clock, SystemClock};
use crate::http::{ClientKey, TrustedProxies};
use crate::redact::redact;
use crate::rejection::{Reason, Rejection};
use crate::store::{CallStore, MemoryStore};

/// The default path browsers are told to post reports to.
pub const DEFAULT_REPORT_PATH: &str = "/api/security/csp-report";

/// How many recent violations [`CspViolations`] keeps.
const RECENT: usize = 20;

/// Receives CSP violation reports: `application/csp-report` (from
/// `report-uri`) and `application/reports+json` (from `report-to`).
///
/// Mount it outside the auth layer: browsers send no bearer token with
/// reports. It answers `204` and logs each violation as a `warn` event with
/// the directive, the blocked URI and the document URI (redacted); `400`
/// for a body it cannot read, `413` past the size cap (16 KiB by default),
/// `429` past the per-client rate (60 reports a minute by default), `405`
/// for anything but `POST`. It never panics on a body.
///
/// # Example: as an axum route
///
/// ```
/// use agent_hardening::http::headers::{CspReportEndpoint, DEFAULT_REPORT_PATH};
/// use axum::Router;
///
/// let reports = CspReportEndpoint::new();
/// let violations = reports.violations(); // counts, for the self-audit
/// let app: Router = Router::new().route_service(DEFAULT_REPORT_PATH, reports);
/// assert_eq!(violations.snapshot().total, 0);
/// ```
#[derive(Debug, Clone)]
pub struct CspReportEndpoint {
    max_body: usize,
    per_minute: NonZeroU32,
    proxies: TrustedProxies,
    store: Arc<dyn CallStore>,
    clock: Arc<dyn Clock>,
    violations: CspViolations,
}

impl CspReportEndpoint {
    /// 16 KiB bodies, 60 reports per client per minute.
    #[must_use]
    pub fn new() -> Self {
        Self {
            max_body: 16 * 1024,
            per_minute: NonZeroU32::new(60).unwrap_or(NonZeroU32::MIN),
            proxies: TrustedProxies::none(),
            store: Arc::new(MemoryStore::new()),
            clock: Arc::new(SystemClock),
            violations: CspViolations::default(),
        }
    }

    /// The largest body accepted, in bytes.
    #[must_use]
    pub fn max_body(mut self, bytes: usize) -> Self {
        self.max_body = bytes;
        self
    }

    /// Reports accepted per client per minute.
    #[must_use]
    pub fn per_minute(mut self, limit: NonZeroU32) -> Self {
        self.per_minute = limit;
        self
    }

    /// Proxies whose forwarding headers name the client (for the rate).
    #[must_use]
    pub fn trusted_proxies(mut self, proxies: TrustedProxies) -> Self {
        self.proxies = proxies;
        self
    }

    /// Where the per-client rate is counted (default: this process's
    /// memory; a shared store holds the rate across replicas).
    #[must_use]
    pub fn store(mut self, store: Arc<dyn CallStore>) -> Self {
        self.store = store;
        self
    }

    /// The time source of the rate window.
    #[must_use]
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The violation counts this endpoint keeps (shared, live).
    #[must_use]
    pub fn violations(&self) -> CspViolations {
        self.violations.clone()
    }
}

impl Default for CspReportEndpoint {
    fn default() -> Self {
        Self::new()
    }
}

/// Violations seen by a [`CspReportEndpoint`]: a total and the most recent.
#[derive(Debug, Clone, Default)]
pub struct CspViolations {
    inner: Arc<Mutex<ViolationLog>>,
}

#[derive(Debug, Default)]
struct ViolationLog {
    total: u64,
    recent: VecDeque<Violation>,
}

/// One reported violation, as logged (URIs redacted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Violation {
    /// The directive that blocked (`script-src-elem`, ...).
    pub directive: String,
    /// What was blocked: a URL, `inline` or `eval`.
    pub blocked_uri: String,
    /// The page it happened on.
    pub document_uri: String,
}

/// A copy of the counts at one moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ViolationSnapshot {
    /// Violations since start.
    pub total: u64,
    /// The most recent ones, newest last.
    pub recent: Vec<Violation>,
}

impl CspViolations {
    /// The counts now.
    #[must_use]
    pub fn snapshot(&self) -> ViolationSnapshot {
        let log = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        ViolationSnapshot {
            total: log.total,
            recent: log.recent.iter().cloned().collect(),
        }
    }

    fn record(&self, violation: Violation) {
        let mut log = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        log.total += 1;
        if log.recent.len() == RECENT {
            log.recent.pop_front();
        }
        log.recent.push_back(violation);
    }
}

impl<B> Service<Request<B>> for CspReportEndpoint
where
    B: http_body::Body<Data = Bytes> + Send + 'static,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    type Response = Response<String>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Response<String>, Infallible>> + Send>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        let endpoint = self.clone();
        Box::pin(async move { Ok(endpoint.handle(request).await) })
    }
}

impl CspReportEndpoint {
    async fn handle<B>(&self, request: Request<B>) -> Response<String>
    where
        B: http_body::Body<Data = Bytes>,
        B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        if request.method() != Method::POST {
            return Rejection::new(Reason::MethodNotAllowed).into_response();
        }
        let peer = request
            .extensions()
            .get::<SocketAddr>()
            .map(SocketAddr::ip)
            .or_else(|| connect_info_ip(&request))
            .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
        let key = ClientKey::from(self.proxies.client_ip(peer, request.headers())).to_string();
        let seen = self
            .store
            .try_record(
                &format!("csp-report:{key}"),
                self.clock.now(),
                self.per_minute.get(),
                Duration::from_secs(60),
            )
            .await;
        if !seen.recorded {
            let rejection = Rejection::new(Reason::TooManyReports);
            return match seen.retry_after {
                Some(wait) => rejection.with_retry_after(wait),
                None => rejection,
            }
            .into_response();
        }
        let content_type = request
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(|v| {
                v.split(';')
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .to_ascii_lowercase()
            })
            .unwrap_or_default();
        let body = match Limited::new(request.into_body(), self.max_body)
            .collect()
            .await
        {
            Ok(collected) => collected.to_bytes(),
            Err(error)
                if error
                    .downcast_ref::<http_body_util::LengthLimitError>()
                    .is_some() =>
            {
                return Rejection::new(Reason::BodyTooLarge).into_response();
            }
            Err(_) => return Rejection::new(Reason::UnreadableBody).into_response(),
        };
        let violations = match serde_json::from_slice::<Value>(&body)
            .ok()
            .and_then(|v| parse(&content_type, &v))
        {
            Some(violations) if !violations.is_empty() => violations,
            _ => return Rejection::new(Reason::MalformedJson).into_response(),
        };
        for violation in violations {
            tracing::warn!(
                target: "agent_hardening::csp",
                directive = %violation.directive,
                blocked_uri = %violation.blocked_uri,
                document_uri = %violation.document_uri,
                "csp violation reported"
            );
            self.violations.record(violation);
        }
        let mut accepted = Response::new(String::new());
        *accepted.status_mut() = StatusCode::NO_CONTENT;
        accepted
    }
}

#[cfg(feature = "axum")]
fn connect_info_ip<B>(request: &Request<B>) -> Option<IpAddr> {
    request
        .extensions()
        .get::<axum::extract::ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
}

#[cfg(not(feature = "axum"))]
fn connect_info_ip<B>(_request: &Request<B>) -> Option<IpAddr> {
    None
}

/// The violations in a report body, by its content type. `None` if the
/// body is not a report of that type.
fn parse(content_type: &str, body: &Value) -> Option<Vec<Violation>> {
    let text = |v: &Value, keys: &[&str]| {
        keys.iter()
            .find_map(|k| v.get(*k).and_then(Value::as_str))
            .map(|s| redact(s, 512).into_owned())
    };
    match content_type {
        // report-uri: one object under "csp-report", kebab-case keys.
        "application/csp-report" | "application/json" => {
            let report = body.get("csp-report")?;
            Some(vec![Violation {
                directive: text(report, &["effective-directive", "violated-directive"])?,
                blocked_uri: text(report, &["blocked-uri"]).unwrap_or_default(),
                document_uri: text(report, &["document-uri"]).unwrap_or_default(),
            }])
        }
        // report-to: an array of reports; only csp-violation ones count.
        "application/reports+json" => body
            .as_array()?
            .iter()
            .filter(|r| r.get("type").and_then(Value::as_str) == Some("csp-violation"))
            .map(|r| {
                let report = r.get("body")?;
                Some(Violation {
                    directive: text(report, &["effectiveDirective", "violatedDirective"])?,
                    blocked_uri: text(report, &["blockedURL"]).unwrap_or_default(),
                    document_uri: text(report, &["documentURL"])
                        .or_else(|| text(r, &["url"]))
                        .unwrap_or_default(),
                })
            })
            .collect(),
        _ => None,
    }
}
