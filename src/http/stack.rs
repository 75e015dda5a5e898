//! The request-safety stack: the crate's layers and tower-http's, composed
//! in one order that works, for an axum router.
//!
//! **Threat:** the small things that each leak or stall a service: a 500
//! page with a panic message and a backtrace, an unbounded request body, a
//! request that never ends, a bearer token printed in a trace, a response
//! without security headers because it came from an error path.
//!
//! # Order, outermost first, and why
//!
//! 1. **Request id** (`x-request-id`, set if absent, copied to the response):
//!    first, so every later layer, log line and error carries it; a
//!    `tracing` span named `request` with a `request_id` field is entered
//!    around the rest, so every event the layers and the handler record
//!    while serving the request carries the id. (A host's own
//!    `tower_http::trace::TraceLayer` goes on the router it passes to
//!    [`SafetyStack::apply`]: inside this span.)
//! 2. **Sensitive headers** (`Authorization`, `Cookie`, `Proxy-Authorization`,
//!    `Sec-WebSocket-Protocol`, `X-Api-Key`, and `Set-Cookie` on responses)
//!    marked before anything traces them.
//! 3. **Security headers**: outside everything that can answer early, so
//!    413s, 408s, 401s, 429s, 403s and 500s carry them too.
//! 4. **Panic catching**: a handler that panics gets a JSON 500 carrying only
//!    the request id (no message, no backtrace, nothing from the request),
//!    and the service goes on.
//! 5. **Timeout** (`408` after 120 s by default; see
//!    [`SafetyStack::timeout`] for what to choose).
//! 6. **Body limit** (`413` over 1 MiB by default).
//! 7. **Origin check**: before auth, so a forged cross-site request is
//!    refused without counting toward its victim's lockout.
//! 8. **Auth**.
//!
//! Every refusal inside the stack is a [`Rejection`] carrying the request
//! id: the crate's layers' and the stack's own (`internal_error`,
//! `request_timeout`, `body_too_large`), as
//! `{"error":..,"message":..,"request_id":..}`.
//! [`rejection_response`](SafetyStack::rejection_response) lets the host
//! answer any of them its own way.
//!
//! Each part can be replaced with your own configuration of it
//! (`.auth(layer)`, `.timeout(duration)`) or left out (`.without_origin_check()`).
//!
//! # Any tower service
//!
//! [`apply`](SafetyStack::apply) wraps an axum `Router` and keeps its
//! public routes apart. As a [`Layer`](tower_layer::Layer), the stack wraps
//! any service that takes requests with axum's body and answers with
//! anything axum can send (an `http::Response` of any body whose data is
//! `Bytes`, a `String`, a `tower::service_fn`'s answer), in a
//! `ServiceBuilder` too; the result is a `Router` that serves any body type
//! hyper gives it.
//!
//! ```
//! use agent_hardening::http::stack::SafetyStack;
//! use axum::body::Body;
//! use axum::http::{Request, Response};
//! use tower::{ServiceBuilder, ServiceExt, service_fn};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let service = ServiceBuilder::new()
//!     .layer(SafetyStack::new().body_limit(64 * 1024))
//!     .service(service_fn(|_: Request<Body>| async {
//!         Ok::<_, std::convert::Infallible>(Response::new(Body::from("hi")))
//!     }));
//! let response = service.oneshot(Request::new(Body::empty())).await?;
//! assert_eq!(response.headers()["x-content-type-options"], "nosniff");
//! assert!(response.headers().contains_key("x-request-id"));
//! # Ok(())
//! # }
//! ```
//!
//! # Example
//!
//! ```
//! use agent_hardening::http::auth::{AuthLayer, Tokens};
//! use agent_hardening::http::headers::{Csp, SecurityHeadersLayer};
//! use agent_hardening::http::stack::SafetyStack;
//! use axum::{Router, routing::post};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let api = Router::new().route("/api/chat", post(|| async { "hi" }));
//! let app = SafetyStack::new()
//!     .security_headers(SecurityHeadersLayer::new().csp_report_only(Csp::strict().build()?))
//!     .auth(AuthLayer::new(Tokens::new("a-long-random-token")?))
//!     .apply(api);
//! # let _: Router = app;
//! # Ok(())
//! # }
//! ```

use std::sync::Arc;
use std::time::Duration;

use ::http::header::{
    AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, COOKIE, HeaderName, PROXY_AUTHORIZATION,
    SEC_WEBSOCKET_PROTOCOL, SET_COOKIE,
};
use ::http::{Request, StatusCode};
use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::sensitive_headers::{
    SetSensitiveRequestHeadersLayer, SetSensitiveResponseHeadersLayer,
};
use tower_http::timeout::TimeoutLayer;

use super::auth::AuthLayer;
use super::headers::SecurityHeadersLayer;
use super::origin::OriginCheckLayer;
use crate::rejection::{Reason, Rejection};

const X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");
const X_API_KEY: HeaderName = HeaderName::from_static("x-api-key");

/// The default body limit: 1 MiB.
pub const DEFAULT_BODY_LIMIT: usize = 1024 * 1024;

/// The default request timeout: 120 seconds, longer than most model turns
/// with a few tool calls (see [`SafetyStack::timeout`]).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(120);

/// The request-safety stack; see the [module docs](self) for the order.
#[derive(Debug, Clone)]
#[must_use]
pub struct SafetyStack {
    request_id: bool,
    sensitive_headers: bool,
    security_headers: Option<SecurityHeadersLayer>,
    catch_panic: bool,
    timeout: Option<Duration>,
    body_limit: Option<usize>,
    origin_check: Option<OriginCheckLayer>,
    auth: Option<AuthLayer>,
    rejection_response: Option<RejectionHook>,
    public: Router,
}

/// The host's hook, shown in `Debug` only as present.
#[derive(Clone)]
struct RejectionHook(Hook);

impl std::fmt::Debug for RejectionHook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RejectionHook")
    }
}

impl SafetyStack {
    /// Request ids, sensitive headers, the default security headers (no
    /// CSP), panic catching, a 120 s timeout, a 1 MiB body limit and
    /// same-origin checks; no auth until [`auth`](Self::auth) is given.
    pub fn new() -> Self {
        Self {
            request_id: true,
            sensitive_headers: true,
            security_headers: Some(SecurityHeadersLayer::new()),
            catch_panic: true,
            timeout: Some(DEFAULT_TIMEOUT),
            body_limit: Some(DEFAULT_BODY_LIMIT),
            origin_check: Some(OriginCheckLayer::new()),
            auth: None,
            rejection_response: None,
            public: Router::new(),
        }
    }

    /// Routes that skip the origin check and auth but get everything else:
    /// a health check, the CSP report endpoint (browsers send no token).
    pub fn public(mut self, routes: Router) -> Self {
        self.public = self.public.merge(routes);
        self
    }

    /// Leaves out the request-id layers and the `request` span (on by
    /// default).
    pub fn without_request_id(mut self) -> Self {
        self.request_id = false;
        self
    }

    /// Leaves out the marking of credential headers as sensitive for
    /// traces (on by default).
    pub fn without_sensitive_headers(mut self) -> Self {
        self.sensitive_headers = false;
        self
    }

    /// The security headers layer (the default one has no CSP).
    pub fn security_headers(mut self, layer: SecurityHeadersLayer) -> Self {
        self.security_headers = Some(layer);
        self
    }

    /// Leaves out the security headers.
    pub fn without_security_headers(mut self) -> Self {
        self.security_headers = None;
        self
    }

    /// Leaves out panic catching: a panicking handler then drops the
    /// connection (on by default).
    pub fn without_catch_panic(mut self) -> Self {
        self.catch_panic = false;
        self
    }

    /// The request timeout (answered `408`; 120 s by default).
    ///
    /// It bounds the time until the handler returns its response head,
    /// reading the request body included; a body streamed after the head
    /// (server-sent events, a chunked model answer) and a WebSocket after
    /// its `101` are not cut by it. So choose:
    ///
    /// - for routes that answer when the model turn is done: above the
    ///   longest turn you accept, tool calls included (the default 120 s
    ///   fits a turn with a few tool calls; an agent that browses or runs
    ///   builds may need 300 s or more);
    /// - for streaming routes: the time to the first byte (10-30 s), since
    ///   the stream itself is not timed; bound it in the handler.
    ///
    /// Keep it below your proxy's and your load balancer's idle timeouts,
    /// or the client gets their error instead of this one.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Leaves out the timeout.
    pub fn without_timeout(mut self) -> Self {
        self.timeout = None;
        self
    }

    /// The request body limit in bytes (answered `413`; 1 MiB by default).
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.body_limit = Some(bytes);
        self
    }

    /// Leaves out the body limit.
    pub fn without_body_limit(mut self) -> Self {
        self.body_limit = None;
        self
    }

    /// The origin check (same-origin only by default).
    pub fn origin_check(mut self, layer: OriginCheckLayer) -> Self {
        self.origin_check = Some(layer);
        self
    }

    /// Leaves out the origin check (an API no browser calls).
    pub fn without_origin_check(mut self) -> Self {
        self.origin_check = None;
        self
    }

    /// The auth layer (none by default).
    pub fn auth(mut self, layer: AuthLayer) -> Self {
        self.auth = Some(layer);
        self
    }

    /// Replaces the response of any refusal inside the stack (auth, origin
    /// check, body limit, timeout, panic, and any handler answering a
    /// [`Rejection`]) with what `hook` makes of it and the response the
    /// crate made. The replaced response still gets the security headers
    /// and keeps the rejection in its extensions.
    ///
    /// ```
    /// use agent_hardening::http::stack::SafetyStack;
    /// use agent_hardening::rejection::{Reason, Rejection};
    /// use axum::response::{IntoResponse, Response};
    /// use axum::Router;
    ///
    /// let stack = SafetyStack::new().rejection_response(|rejection: &Rejection, response: Response| {
    ///     match rejection.reason() {
    ///         Reason::RequestTimeout => (response.status(), "the model is slow today").into_response(),
    ///         _ => response,
    ///     }
    /// });
    /// let _app: Router = stack.apply(Router::new());
    /// ```
    pub fn rejection_response(
        mut self,
        hook: impl Fn(&Rejection, Response) -> Response + Send + Sync + 'static,
    ) -> Self {
        self.rejection_response = Some(RejectionHook(Arc::new(hook)));
        self
    }

    /// Wraps the routes of `protected` in the whole stack, and the
    /// [`public`](Self::public) routes in all of it but origin check and
    /// auth. Unknown paths fall to `protected`'s fallback, behind auth.
    pub fn apply(self, protected: Router) -> Router {
        // `Router::layer` wraps what is there, so the innermost layer goes first.
        let mut router = protected;
        if let Some(auth) = self.auth {
            router = router.layer(auth);
        }
        if let Some(origin) = self.origin_check {
            router = router.layer(origin);
        }
        router = self.public.merge(router);
        if let Some(limit) = self.body_limit {
            router = router.layer(RequestBodyLimitLayer::new(limit));
        }
        if let Some(timeout) = self.timeout {
            router = router.layer(TimeoutLayer::with_status_code(
                StatusCode::REQUEST_TIMEOUT,
                timeout,
            ));
        }
        if self.catch_panic {
            router = router.layer(CatchPanicLayer::custom(
                |_panic: Box<dyn std::any::Any + Send>| {
                    // The payload may hold request data: it is neither sent nor logged.
                    tracing::error!(target: "agent_hardening::http", "handler panicked; answered 500");
                    let mut response = StatusCode::INTERNAL_SERVER_ERROR.into_response();
                    response.extensions_mut().insert(Panicked);
                    response
                },
            ));
        }
        router = router.layer(axum::middleware::from_fn_with_state(
            self.rejection_response.map(|hook| hook.0),
            refusals,
        ));
        if let Some(headers) = self.security_headers {
            router = router.layer(headers);
        }
        if self.sensitive_headers {
            router = router
                .layer(SetSensitiveResponseHeadersLayer::new([SET_COOKIE]))
                .layer(SetSensitiveRequestHeadersLayer::new([
                    AUTHORIZATION,
                    PROXY_AUTHORIZATION,
                    COOKIE,
                    SEC_WEBSOCKET_PROTOCOL,
                    X_API_KEY,
                ]));
        }
        if self.request_id {
            router = router
                .layer(axum::middleware::from_fn(request_span))
                .layer(PropagateRequestIdLayer::new(X_REQUEST_ID))
                .layer(SetRequestIdLayer::new(X_REQUEST_ID, MakeRequestUuid));
        }
        router
    }
}

impl<S> tower_layer::Layer<S> for SafetyStack
where
    S: tower_service::Service<Request<Body>, Error = std::convert::Infallible>
        + Clone
        + Send
        + Sync
        + 'static,
    S::Response: IntoResponse + 'static,
    S::Future: Send + 'static,
{
    type Service = Router;

    /// Wraps `inner` in the whole stack, as the fallback of a router with
    /// no routes of its own (the [`public`](SafetyStack::public) routes,
    /// if any, stay in front of it, outside origin check and auth).
    fn layer(&self, inner: S) -> Router {
        self.clone().apply(Router::new().fallback_service(inner))
    }
}

impl Default for SafetyStack {
    fn default() -> Self {
        Self::new()
    }
}

/// Serves the request inside a `request` span carrying its id, so every
/// event recorded while serving it names the request. (Only the id: a
/// path or a query may hold what the log should not.)
async fn request_span(request: Request<Body>, next: Next) -> Response {
    let span = tracing::info_span!("request", request_id = %request_id(&request).unwrap_or("-"));
    tracing::Instrument::instrument(next.run(request), span).await
}

/// The request id the request-id layer set (or the client sent).
fn request_id(request: &Request<Body>) -> Option<&str> {
    request
        .headers()
        .get(X_REQUEST_ID)
        .and_then(|v| v.to_str().ok())
}

/// Marks the 500 the panic handler made, so [`refusals`] can answer it
/// with a rejection carrying the request id it alone knows.
#[derive(Debug, Clone, Copy)]
struct Panicked;

/// The host's replacement for the crate's refusals
/// ([`SafetyStack::rejection_response`]).
type Hook = Arc<dyn Fn(&Rejection, Response) -> Response + Send + Sync>;

/// Makes every refusal inside the stack one [`Rejection`] carrying the
/// request id: those of the crate's layers (found in the response's
/// extensions), a panic's 500 (`internal_error`), a body over the limit's
/// 413 (`body_too_large`, also when axum's extractor hit the limit while
/// reading) and a timeout's 408 (`request_timeout`); then lets the host's
/// hook replace it. A 413 or 408 that is JSON already is the handler's own
/// and left alone.
async fn refusals(
    State(hook): State<Option<Hook>>,
    request: Request<Body>,
    next: Next,
) -> Response {
    let request_id = request_id(&request).map(str::to_owned);
    let response = next.run(request).await;
    let rejection = if let Some(rejection) = response.extensions().get::<Rejection>() {
        rejection.clone()
    } else if response.extensions().get::<Panicked>().is_some() {
        Rejection::new(Reason::InternalError)
    } else {
        let json = response
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        match response.status() {
            StatusCode::PAYLOAD_TOO_LARGE if !json => Rejection::new(Reason::BodyTooLarge),
            StatusCode::REQUEST_TIMEOUT if !json => Rejection::new(Reason::RequestTimeout),
            _ => return response,
        }
    };
    tracing::debug!(
        target: "agent_hardening::http",
        error = rejection.reason().id(),
        status = rejection.reason().status().as_u16(),
        "request refused"
    );
    let rejection = match request_id {
        Some(id) => rejection.with_field("request_id", id),
        None => rejection,
    };
    // The headers the inner layers set (security headers, Retry-After)
    // and the extensions stay; the body, its type and the rejection are new.
    let (mut parts, _) = response.into_parts();
    let (answer, body) = rejection.into_response::<Body>().into_parts();
    parts.headers.remove(CONTENT_LENGTH);
    parts.headers.extend(answer.headers);
    parts.extensions.extend(answer.extensions);
    let response = Response::from_parts(parts, body);
    match hook {
        Some(hook) => crate::rejection::replace_rejected(&*hook, response),
        None => response,
    }
}
