use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll, ready};
use std::time::Duration;

use ::http::header::{
    CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_REPORT_ONLY, HeaderName, HeaderValue,
    REFERRER_POLICY, STRICT_TRANSPORT_SECURITY, X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS,
};
use ::http::{Request, Response};
use pin_project_lite::pin_project;
use tower_layer::Layer;
use tower_service::Service;

use super::csp::CspPolicy;

const PERMISSIONS_POLICY: HeaderName = HeaderName::from_static("permissions-policy");
const CROSS_ORIGIN_OPENER_POLICY: HeaderName =
    HeaderName::from_static("cross-origin-opener-policy");
const CROSS_ORIGIN_RESOURCE_POLICY: HeaderName =
    HeaderName::from_static("cross-origin-resource-policy");
const REPORTING_ENDPOINTS: HeaderName = HeaderName::from_static("reporting-endpoints");

/// The default `Permissions-Policy`: microphone and autoplay for the page
/// itself, no camera, no geolocation, no FLoC cohort.
pub const DEFAULT_PERMISSIONS_POLICY: &str =
    "microphone=(self), autoplay=(self), camera=(), geolocation=(), interest-cohort=()";

/// How the Content-Security-Policy is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CspStatus {
    /// No CSP header.
    Disabled,
    /// `Content-Security-Policy-Report-Only`: violations are reported, not
    /// blocked.
    ReportOnly,
    /// `Content-Security-Policy`: violations are blocked.
    Enforcing,
    /// Both headers: a baseline enforced, a stricter policy on trial.
    EnforcingWithTrial,
}

/// Adds security headers to every response. See the
/// [module docs](super) for the headers, the defaults and the policy on
/// headers a handler already set.
///
/// ```
/// use agent_hardening::http::headers::{Csp, CspStatus, SecurityHeadersLayer};
///
/// let layer = SecurityHeadersLayer::new().csp_report_only(Csp::starter().build()?);
/// assert_eq!(layer.csp_status(), CspStatus::ReportOnly);
/// # Ok::<(), agent_hardening::http::headers::CspError>(())
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct SecurityHeadersLayer {
    headers: Vec<(HeaderName, HeaderValue)>,
    csp_status: CspStatus,
}

impl SecurityHeadersLayer {
    /// The base headers, no CSP and no HSTS.
    pub fn new() -> Self {
        Self {
            headers: vec![
                (X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")),
                (
                    REFERRER_POLICY,
                    HeaderValue::from_static("strict-origin-when-cross-origin"),
                ),
                (X_FRAME_OPTIONS, HeaderValue::from_static("DENY")),
                (
                    PERMISSIONS_POLICY,
                    HeaderValue::from_static(DEFAULT_PERMISSIONS_POLICY),
                ),
                (
                    CROSS_ORIGIN_OPENER_POLICY,
                    HeaderValue::from_static("same-origin"),
                ),
                (
                    CROSS_ORIGIN_RESOURCE_POLICY,
                    HeaderValue::from_static("same-origin"),
                ),
            ],
            csp_status: CspStatus::Disabled,
        }
    }

    fn set(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.headers.retain(|(n, _)| *n != name);
        self.headers.push((name, value));
        self
    }

    fn remove(mut self, name: &HeaderName) -> Self {
        self.headers.retain(|(n, _)| n != name);
        self
    }

    /// Replaces the `Permissions-Policy` value.
    pub fn permissions_policy(self, value: HeaderValue) -> Self {
        self.set(PERMISSIONS_POLICY, value)
    }

    /// Sends `policy` as `Content-Security-Policy-Report-Only`: the starting
    /// mode, to learn what a policy would block before enforcing it.
    pub fn csp_report_only(self, policy: CspPolicy) -> Self {
        let mut layer = self
            .without_csp()
            .set(CONTENT_SECURITY_POLICY_REPORT_ONLY, policy.value);
        layer.csp_status = CspStatus::ReportOnly;
        layer.reporting(policy.reporting_endpoints)
    }

    /// Sends `policy` as `Content-Security-Policy`: browsers block what it
    /// does not allow.
    pub fn csp_enforce(self, policy: CspPolicy) -> Self {
        let mut layer = self
            .without_csp()
            .set(CONTENT_SECURITY_POLICY, policy.value);
        layer.csp_status = CspStatus::Enforcing;
        layer.reporting(policy.reporting_endpoints)
    }

    /// Enforces `enforce` and trials `trial` in report-only mode at once.
    pub fn csp_both(self, enforce: CspPolicy, trial: CspPolicy) -> Self {
        let endpoints = trial.reporting_endpoints.or(enforce.reporting_endpoints);
        let mut layer = self
            .without_csp()
            .set(CONTENT_SECURITY_POLICY, enforce.value)
            .set(CONTENT_SECURITY_POLICY_REPORT_ONLY, trial.value);
        layer.csp_status = CspStatus::EnforcingWithTrial;
        layer.reporting(endpoints)
    }

    /// Sends no CSP header.
    pub fn without_csp(self) -> Self {
        let mut layer = self
            .remove(&CONTENT_SECURITY_POLICY)
            .remove(&CONTENT_SECURITY_POLICY_REPORT_ONLY)
            .remove(&REPORTING_ENDPOINTS);
        layer.csp_status = CspStatus::Disabled;
        layer
    }

    fn reporting(self, endpoints: Option<HeaderValue>) -> Self {
        match endpoints {
            Some(value) => self.set(REPORTING_ENDPOINTS, value),
            None => self.remove(&REPORTING_ENDPOINTS),
        }
    }

    /// Sends `Strict-Transport-Security`. Only call this when every request
    /// reaches users over TLS (at this service or a proxy in front of it):
    /// browsers then refuse plain HTTP to the host for `max_age`. Never on
    /// by default.
    pub fn hsts(self, max_age: Duration, include_subdomains: bool) -> Self {
        let mut value = format!("max-age={}", max_age.as_secs());
        if include_subdomains {
            value.push_str("; includeSubDomains");
        }
        match HeaderValue::from_str(&value) {
            Ok(value) => self.set(STRICT_TRANSPORT_SECURITY, value),
            Err(_) => self,
        }
    }

    /// How the CSP is sent (for the self-audit).
    #[must_use]
    pub fn csp_status(&self) -> CspStatus {
        self.csp_status
    }
}

impl Default for SecurityHeadersLayer {
    fn default() -> Self {
        Self::new()
    }
}

impl<S> Layer<S> for SecurityHeadersLayer {
    type Service = SecurityHeaders<S>;

    fn layer(&self, inner: S) -> Self::Service {
        SecurityHeaders {
            inner,
            headers: Arc::new(HeaderSet::new(&self.headers)),
        }
    }
}

/// Adds security headers to the responses of `S`; built by
/// [`SecurityHeadersLayer`].
#[derive(Debug, Clone)]
pub struct SecurityHeaders<S> {
    inner: S,
    headers: Arc<HeaderSet>,
}

impl<S> SecurityHeaders<S> {
    inner_service_accessors!();
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for SecurityHeaders<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = ResponseFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        ResponseFuture {
            future: self.inner.call(request),
            headers: Arc::clone(&self.headers),
        }
    }
}

/// The headers to add, as a ready-made map.
#[derive(Debug)]
struct HeaderSet {
    template: ::http::HeaderMap,
}

impl HeaderSet {
    fn new(list: &[(HeaderName, HeaderValue)]) -> Self {
        Self {
            template: list.iter().cloned().collect(),
        }
    }

    /// Adds every header `headers` does not have yet: a header the handler
    /// set on purpose wins, with all its values.
    fn add_to(&self, headers: &mut ::http::HeaderMap) {
        // Start from the ready-made map and lay the handler's headers over
        // it (`extend` replaces a name's values): one clone and a few
        // inserts instead of a lookup and an insert per security header.
        let from_handler = std::mem::replace(headers, self.template.clone());
        if !from_handler.is_empty() {
            headers.extend(from_handler);
        }
    }
}

pin_project! {
    /// Response future of [`SecurityHeaders`].
    pub struct ResponseFuture<F> {
        #[pin]
        future: F,
        headers: Arc<HeaderSet>,
    }
}

impl<F, B, E> Future for ResponseFuture<F>
where
    F: Future<Output = Result<Response<B>, E>>,
{
    type Output = Result<Response<B>, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let mut response = ready!(this.future.poll(cx))?;
        this.headers.add_to(response.headers_mut());
        Poll::Ready(Ok(response))
    }
}

impl<F> std::fmt::Debug for ResponseFuture<F> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResponseFuture").finish_non_exhaustive()
    }
}
