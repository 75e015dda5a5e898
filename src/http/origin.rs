//! Cross-origin checks on state-changing requests and WebSocket handshakes.
//!
//! **Threat:** cross-site request forgery: a page on another site makes the
//! operator's browser send a state-changing request (run a tool, change a
//! setting) to the agent, with the operator's cookies; and cross-site
//! WebSocket hijacking, where such a page opens the agent's socket.
//!
//! # Rules, in order
//!
//! 1. A WebSocket handshake (`GET` with `Upgrade: websocket`) that carries
//!    an `Origin` passes only if that origin's host is the request's own
//!    host, or the origin is trusted; otherwise `403` (RFC 6455 §10.2). A
//!    handshake without `Origin` (not a browser) passes.
//! 2. Everything else goes through tower-http's
//!    [`tower_http::csrf::CsrfLayer`], Go 1.25's
//!    `CrossOriginProtection` scheme: `GET`, `HEAD` and `OPTIONS` pass;
//!    `Sec-Fetch-Site: same-origin` or `none` passes, any other value is
//!    refused; without `Sec-Fetch-Site`, no `Origin` passes and an `Origin`
//!    whose host is the request's host passes; trusted origins pass.
//!
//! Refusals are `403` [`Rejection`]s with
//! `{"error":"cross_origin_request","message":..}`.
//!
//! # Deployment caveat
//!
//! The host comparison uses the request's `Host` (or URI authority). A proxy
//! that rewrites `Host` must be configured to keep it, or the agent's own
//! origin must be added with [`OriginCheckLayer::trust`]. Requests from
//! non-browser clients (no `Origin`, no `Sec-Fetch-Site`) pass: pair this
//! layer with authentication.
//!
//! # Example
//!
//! ```
//! use std::convert::Infallible;
//! use agent_hardening::http::origin::OriginCheckLayer;
//! use http::{Method, Request, Response, StatusCode};
//! use tower::{ServiceBuilder, ServiceExt};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let service = ServiceBuilder::new()
//!     .layer(OriginCheckLayer::new().trust("https://console.example")?)
//!     .service_fn(|_: Request<()>| async { Ok::<_, Infallible>(Response::new(String::new())) });
//!
//! let forged = Request::builder().method(Method::POST).uri("/api/tools/send_email")
//!     .header("host", "agent.example").header("origin", "https://attacker.example").body(())?;
//! assert_eq!(service.clone().oneshot(forged).await?.status(), StatusCode::FORBIDDEN);
//!
//! let console = Request::builder().method(Method::POST).uri("/api/tools/send_email")
//!     .header("host", "agent.example").header("origin", "https://console.example").body(())?;
//! assert_eq!(service.oneshot(console).await?.status(), StatusCode::OK);
//! # Ok(())
//! # }
//! ```

use std::sync::Arc;
use std::task::{Context, Poll};

use ::http::header::{HOST, ORIGIN};
use ::http::{Method, Request, Response, Uri};
use tower_http::csrf::{Csrf, CsrfLayer, ProtectionError, ResponseForProtectionError};
use tower_layer::Layer;
use tower_service::Service;

use super::auth::ResponseFuture;
use crate::rejection::{Reason, Rejection};

/// Applies [`OriginCheck`]; see the [module docs](self).
#[derive(Debug, Clone)]
#[must_use]
pub struct OriginCheckLayer {
    csrf: CsrfLayer<JsonRejection>,
    trusted: Vec<String>,
}

/// The `403` answer, as JSON.
#[derive(Debug, Clone, Copy, Default)]
pub struct JsonRejection;

impl<B: From<String>> ResponseForProtectionError<B> for JsonRejection {
    fn response_for_protection_error(&mut self, _error: ProtectionError) -> Response<B> {
        tracing::debug!(target: "agent_hardening::origin", "origin check: cross-origin request refused");
        forbidden()
    }
}

fn forbidden<B: From<String>>() -> Response<B> {
    Rejection::new(Reason::CrossOriginRequest).into_response()
}

impl OriginCheckLayer {
    /// The origins trusted besides the server's own (for the self-audit).
    #[must_use]
    pub fn trusted_origins(&self) -> &[String] {
        &self.trusted
    }

    /// Same-origin requests only.
    pub fn new() -> Self {
        Self {
            csrf: CsrfLayer::new().with_rejection_response(JsonRejection),
            trusted: Vec::new(),
        }
    }

    /// Also accepts requests and handshakes from `origin`
    /// (`https://console.example`, exactly as browsers send it).
    ///
    /// # Errors
    ///
    /// tower-http's [`ConfigError`](tower_http::csrf::ConfigError) for an
    /// origin that is not `http(s)://host[:port]`.
    pub fn trust(mut self, origin: &str) -> Result<Self, tower_http::csrf::ConfigError> {
        self.csrf = self.csrf.add_trusted_origin(origin)?;
        self.trusted
            .push(origin.trim_end_matches('/').to_ascii_lowercase());
        Ok(self)
    }

    /// Skips the check for requests `predicate` picks, such as a webhook
    /// receiver that proves its caller another way (a signature). The
    /// endpoints it lets through must protect themselves.
    pub fn with_insecure_bypass<F>(mut self, predicate: F) -> Self
    where
        F: Fn(&Method, &Uri) -> bool + Send + Sync + 'static,
    {
        self.csrf = self.csrf.with_insecure_bypass(predicate);
        self
    }
}

impl Default for OriginCheckLayer {
    fn default() -> Self {
        Self::new()
    }
}

impl<S> Layer<S> for OriginCheckLayer {
    type Service = OriginCheck<Csrf<S, JsonRejection>>;

    fn layer(&self, inner: S) -> Self::Service {
        OriginCheck {
            inner: self.csrf.layer(inner),
            trusted: Arc::from(self.trusted.clone()),
        }
    }
}

/// The origin check: WebSocket handshakes here, the rest through
/// tower-http's `Csrf`. Built by [`OriginCheckLayer`].
#[derive(Debug, Clone)]
pub struct OriginCheck<S> {
    inner: S,
    trusted: Arc<[String]>,
}

impl<S> OriginCheck<S> {
    inner_service_accessors!();
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for OriginCheck<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
    ResBody: From<String>,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = ResponseFuture<S::Future, ResBody>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        if is_websocket_handshake(&request) && !self.handshake_origin_ok(&request) {
            tracing::debug!(target: "agent_hardening::origin", "origin check: cross-origin WebSocket handshake refused");
            return ResponseFuture::rejected(forbidden());
        }
        ResponseFuture::inner(self.inner.call(request), false)
    }
}

impl<S> OriginCheck<S> {
    /// A handshake's `Origin` must be absent, the request's own host, or
    /// trusted.
    fn handshake_origin_ok<B>(&self, request: &Request<B>) -> bool {
        let Some(origin) = request.headers().get(ORIGIN) else {
            return true;
        };
        let Ok(origin) = origin.to_str() else {
            return false;
        };
        let origin = origin.trim().to_ascii_lowercase();
        if self.trusted.contains(&origin) {
            return true;
        }
        let Some(origin_host) = origin
            .strip_prefix("https://")
            .or_else(|| origin.strip_prefix("http://"))
        else {
            return false; // `null`, `file://`, garbage
        };
        let host = request
            .uri()
            .authority()
            .map(|a| a.as_str().to_owned())
            .or_else(|| {
                request
                    .headers()
                    .get(HOST)
                    .and_then(|h| h.to_str().ok())
                    .map(str::to_owned)
            });
        host.is_some_and(|host| host.eq_ignore_ascii_case(origin_host))
    }
}

fn is_websocket_handshake<B>(request: &Request<B>) -> bool {
    request.method() == Method::GET && crate::http::is_websocket_upgrade(request.headers())
}
