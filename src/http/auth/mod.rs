//! Bearer-token authentication with per-client lockout, as a tower layer.
//!
//! **Threat:** an agent endpoint guarded by one bearer token, where nothing
//! stops a caller from guessing tokens forever, a rotation cuts every client
//! off at once, and the usual check (`==` on strings) leaks timing.
//!
//! # Rules, in order
//!
//! 1. The client is keyed by its address: the TCP peer, or what trusted
//!    proxies say ([`TrustedProxies`](crate::http::TrustedProxies)), IPv6
//!    counted per /64 ([`ClientKey`](crate::http::ClientKey)).
//! 2. A client that is locked out gets `429 Too Many Requests` with
//!    `Retry-After` (whole seconds, rounded up, never 0) before its token is
//!    looked at; a right token changes nothing until the lock ends.
//! 3. `Authorization: Bearer <token>` (scheme in any case) must match the
//!    current or the previous token ([`Tokens`]), compared in constant time.
//!    With [`AuthLayer::websocket_subprotocol_token`], a WebSocket handshake
//!    may carry the token as `Sec-WebSocket-Protocol: bearer, <token>`.
//! 4. A missing or wrong token gets `401` with `WWW-Authenticate: Bearer`
//!    and counts as a failure. `max_failures` failures within `window` lock
//!    the client for `lockout` ([`LockoutPolicy`](crate::store::LockoutPolicy):
//!    10 in 300 s lock for 900 s by default). Success counts nothing and
//!    clears nothing.
//! 5. A request with more than one `Authorization` header gets `400`
//!    (`{"error":"ambiguous_authorization"}`) whatever they hold: a proxy in
//!    front may have read another one than this layer would. No token was
//!    tried, so it counts as no failure.
//! 6. Clients in the networks given to [`AuthLayer::never_lock_out`] (an
//!    operator's VPN or office) are never locked out: their failures get
//!    `401` and a `warn` log line, and count toward nothing.
//!
//! Refusals are [`Rejection`](crate::rejection::Rejection)s: JSON bodies
//! with a stable `error` id and a `message` (`unauthorized`,
//! `too_many_failed_attempts` with `retry_after_seconds`,
//! `ambiguous_authorization`), the typed reason in the response's
//! extensions.
//!
//! # Token rotation
//!
//! Set the new token as current and the old one as previous
//! ([`Tokens::with_previous`]), redeploy, move the clients over, then drop
//! the previous token. Once dropped, a client still sending it gets a 401
//! that counts toward its lockout. The procedure is in `docs/rotation.md`.
//!
//! # WebSocket handshakes
//!
//! Upgrades pass through the same check, so a locked client gets its 429
//! before any handshake. Browsers cannot set `Authorization` on a WebSocket,
//! which is why the subprotocol form exists. A token in the query string
//! (`/ws?token=...`) would work too, but URLs end up in access logs, proxy
//! logs, browser history and `Referer` headers; a header does not.
//!
//! # A general rate limit beside it
//!
//! The lockout counts failures only. To bound all requests per client, put
//! a rate limiter such as `tower_governor` outside this layer and key it by
//! the same address: [`TrustedProxies::client_ip`](crate::http::TrustedProxies::client_ip)
//! into a [`ClientKey`](crate::http::ClientKey), so the limiter and the
//! lockout agree on who the caller is (and a forged `X-Forwarded-For` fools
//! neither).
//!
//! ```
//! use std::net::SocketAddr;
//! use agent_hardening::http::auth::{AuthLayer, Tokens};
//! use agent_hardening::http::{ClientKey, TrustedProxies};
//! use axum::{Router, body::Body, extract::ConnectInfo, http::Request, routing::get};
//! use tower::ServiceExt;
//! use tower_governor::{GovernorError, GovernorLayer, governor::GovernorConfigBuilder, key_extractor::KeyExtractor};
//!
//! /// The client as the auth layer sees it.
//! #[derive(Clone)]
//! struct Client(TrustedProxies);
//!
//! impl KeyExtractor for Client {
//!     type Key = ClientKey;
//!     fn extract<T>(&self, request: &Request<T>) -> Result<ClientKey, GovernorError> {
//!         let ConnectInfo(peer) = request
//!             .extensions()
//!             .get::<ConnectInfo<SocketAddr>>()
//!             .ok_or(GovernorError::UnableToExtractKey)?;
//!         Ok(ClientKey::from(self.0.client_ip(peer.ip(), request.headers())))
//!     }
//! }
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let proxies = TrustedProxies::from_list("10.0.0.0/8")?;
//! let limit = GovernorConfigBuilder::default()
//!     .per_second(1)
//!     .burst_size(20)
//!     .key_extractor(Client(proxies.clone()))
//!     .finish()
//!     .ok_or("a rate of zero")?;
//! let app = Router::new()
//!     .route("/api/chat", get(|| async { "hi" }))
//!     .layer(AuthLayer::new(Tokens::new("a-long-random-token")?).trusted_proxies(proxies))
//!     .layer(GovernorLayer::new(limit));
//!
//! let mut request = Request::get("/api/chat")
//!     .header("authorization", "Bearer a-long-random-token")
//!     .body(Body::empty())?;
//! request.extensions_mut().insert(ConnectInfo(SocketAddr::from(([198, 51, 100, 7], 4711))));
//! assert_eq!(app.oneshot(request).await?.status(), 200);
//! # Ok(())
//! # }
//! ```
//!
//! # Deployment caveat
//!
//! The peer address comes from axum's `ConnectInfo<SocketAddr>` (serve with
//! `into_make_service_with_connect_info::<SocketAddr>()`) or a `SocketAddr`
//! request extension. Without either, every caller shares one key, so one
//! attacker could lock everyone out; the layer logs a warning once.
//!
//! # Example
//!
//! ```
//! use std::convert::Infallible;
//! use std::net::SocketAddr;
//!
//! use agent_hardening::http::auth::{AuthLayer, Tokens};
//! use http::{Request, Response, StatusCode};
//! use tower::{ServiceBuilder, ServiceExt};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let service = ServiceBuilder::new()
//!     .layer(AuthLayer::new(Tokens::new("a-long-random-token")?))
//!     .service_fn(|_: Request<()>| async { Ok::<_, Infallible>(Response::new(String::from("hello"))) });
//!
//! let peer: SocketAddr = "203.0.113.7:51000".parse()?;
//! let mut request = Request::new(());
//! request.extensions_mut().insert(peer);
//! let response = service.clone().oneshot(request).await?;
//! assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
//!
//! let mut request = Request::builder().header("authorization", "Bearer a-long-random-token").body(())?;
//! request.extensions_mut().insert(peer);
//! assert_eq!(service.oneshot(request).await?.status(), StatusCode::OK);
//! # Ok(())
//! # }
//! ```

mod future;
mod layer;
mod refusals;
mod service;
mod tokens;

pub use self::future::ResponseFuture;
pub use self::layer::AuthLayer;
pub use self::service::Auth;
pub use self::tokens::{TokenSlot, Tokens};
