use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use ::http::header::{AUTHORIZATION, HeaderValue, SEC_WEBSOCKET_PROTOCOL};
use ::http::{HeaderMap, Request, Response};
use tower_service::Service;

use super::future::ResponseFuture;
use super::layer::{AuthConfig, AuthLayer};
use super::refusals::{ambiguous_authorization, too_many_attempts, unauthorized};
use super::tokens::{TokenSlot, Tokens};

/// The target of the auth layer's events (see `docs/events.md`).
const TARGET: &str = "agent_hardening::auth";
use crate::http::{ClientKey, is_websocket_upgrade};

/// Bearer-token authentication with per-client lockout; see the
/// [module docs](super) for the rules. Built by [`AuthLayer`].
///
/// The service is always ready when its inner service is: a locked-out or
/// unauthenticated request is answered in `call`, never held back with
/// backpressure.
#[derive(Clone)]
pub struct Auth<S> {
    pub(crate) inner: S,
    pub(crate) config: Arc<AuthConfig>,
}

impl<S> Auth<S> {
    /// A layer checking `tokens` with the default settings.
    pub fn layer(tokens: Tokens) -> AuthLayer {
        AuthLayer::new(tokens)
    }

    inner_service_accessors!();
}

impl<S: std::fmt::Debug> std::fmt::Debug for Auth<S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Auth")
            .field("inner", &self.inner)
            .field("config", &self.config)
            .finish()
    }
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for Auth<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>> + Clone + Send + 'static,
    S::Future: Send + 'static,
    ReqBody: Send + 'static,
    ResBody: From<String> + Send + 'static,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = ResponseFuture<S::Future, ResBody>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        let config = Arc::clone(&self.config);
        let now = config.clock.now();
        let client = config
            .proxies
            .client_ip(peer_ip(&request), request.headers());
        let key = ClientKey::from(client);
        // Never-locked networks skip the lock and count no failure; the
        // token is checked all the same.
        let never_locked = config.never_locked.iter().any(|net| net.contains(client));
        let lock = if never_locked {
            Ok(None)
        } else {
            config.store.lock_remaining(key, now).into_ready()
        };
        // The lock is checked before the token: a locked client learns
        // nothing, not even whether a guess was right.
        match lock {
            Ok(Some(remaining)) => ResponseFuture::rejected(locked_out(key, remaining)),
            Ok(None) => match check_token(&config, request, key) {
                Ok((request, via_subprotocol)) => {
                    ResponseFuture::inner(self.inner.call(request), via_subprotocol)
                }
                Err(Refused::Ambiguous) => ResponseFuture::rejected(ambiguous(key)),
                Err(Refused::Unauthorized) if never_locked => {
                    tracing::warn!(target: TARGET, client = %client, "auth: wrong or missing token from a never-locked network; not counted");
                    ResponseFuture::rejected(unauthorized())
                }
                Err(Refused::Unauthorized) => match config
                    .store
                    .record_failure(key, now, &config.policy)
                    .into_ready()
                {
                    Ok(locked) => {
                        log_lock(key, locked);
                        ResponseFuture::rejected(unauthorized())
                    }
                    Err(recording) => ResponseFuture::deciding(async move {
                        log_lock(key, recording.await);
                        Err(unauthorized())
                    }),
                },
            },
            // A shared store answers over a round trip: the whole decision
            // waits for it, on a clone of the inner service (which is ready
            // now: the clone takes its place for the next call).
            Err(checking) => {
                let clone = self.inner.clone();
                let mut inner = std::mem::replace(&mut self.inner, clone);
                ResponseFuture::deciding(async move {
                    if let Some(remaining) = checking.await {
                        return Err(locked_out(key, remaining));
                    }
                    match check_token(&config, request, key) {
                        Ok((request, via_subprotocol)) => {
                            Ok((inner.call(request), via_subprotocol))
                        }
                        Err(Refused::Ambiguous) => Err(ambiguous(key)),
                        Err(Refused::Unauthorized) => {
                            log_lock(
                                key,
                                config.store.record_failure(key, now, &config.policy).await,
                            );
                            Err(unauthorized())
                        }
                    }
                })
            }
        }
    }
}

/// The 429 of a locked client, decided at once or after a round trip.
fn locked_out<B: From<String>>(key: ClientKey, remaining: Duration) -> Response<B> {
    tracing::debug!(
        target: TARGET,
        client = %key,
        retry_after_seconds = crate::rejection::retry_after_seconds(remaining),
        "auth: refused, client locked out"
    );
    too_many_attempts(remaining)
}

fn log_lock(key: ClientKey, locked: Option<Duration>) {
    if let Some(lockout) = locked {
        tracing::warn!(
            target: TARGET,
            client = %key,
            lockout_seconds = lockout.as_secs(),
            "auth: client locked out after repeated failures"
        );
    }
}

/// Why a request's credentials were refused.
enum Refused {
    /// Missing or wrong: a failure that counts towards a lockout.
    Unauthorized,
    /// More than one `Authorization` header: malformed, answered with 400
    /// and not counted (no token was tried).
    Ambiguous,
}

/// The 400 of a request with several `Authorization` headers.
fn ambiguous<B: From<String>>(key: ClientKey) -> Response<B> {
    tracing::debug!(target: TARGET, client = %key, "auth: refused, more than one Authorization header");
    ambiguous_authorization()
}

/// The request with its token checked (and a subprotocol token stripped),
/// and whether the token came as a WebSocket subprotocol.
fn check_token<B>(
    config: &AuthConfig,
    mut request: Request<B>,
    key: ClientKey,
) -> Result<(Request<B>, bool), Refused> {
    if request
        .headers()
        .get_all(AUTHORIZATION)
        .iter()
        .nth(1)
        .is_some()
    {
        return Err(Refused::Ambiguous);
    }
    let (verdict, via_subprotocol) = match bearer_token(request.headers()) {
        Some(token) => (config.tokens.verify(token.as_bytes()), false),
        None if config.websocket_subprotocol && is_websocket_upgrade(request.headers()) => (
            subprotocol_token(request.headers()).and_then(|t| config.tokens.verify(t.as_bytes())),
            true,
        ),
        None => (None, false),
    };
    let Some(slot) = verdict else {
        tracing::debug!(target: TARGET, client = %key, "auth: refused, wrong or missing token");
        return Err(Refused::Unauthorized);
    };
    match slot {
        // Who still sends the previous token, while a rotation lasts.
        TokenSlot::Previous => {
            tracing::info!(target: TARGET, client = %key, slot = "previous", "auth: accepted");
        }
        TokenSlot::Current => {
            tracing::debug!(target: TARGET, client = %key, slot = "current", "auth: accepted");
        }
    }
    if via_subprotocol {
        strip_subprotocol_token(request.headers_mut());
    }
    Ok((request, via_subprotocol))
}

/// The TCP peer: axum's `ConnectInfo<SocketAddr>` or a plain `SocketAddr`
/// extension (hyper users insert it when accepting). Without either every
/// caller would share one lockout key, so that is logged once.
fn peer_ip<B>(request: &Request<B>) -> IpAddr {
    #[cfg(feature = "axum")]
    if let Some(axum::extract::ConnectInfo(addr)) = request
        .extensions()
        .get::<axum::extract::ConnectInfo<SocketAddr>>()
    {
        return addr.ip();
    }
    if let Some(addr) = request.extensions().get::<SocketAddr>() {
        return addr.ip();
    }
    static WARNED: AtomicBool = AtomicBool::new(false);
    if !WARNED.swap(true, Ordering::Relaxed) {
        tracing::warn!(
            target: TARGET,
            "auth: request without a peer address; serve with `into_make_service_with_connect_info::<SocketAddr>()` \
             or insert the SocketAddr extension, or every client shares one lockout"
        );
    }
    IpAddr::V4(Ipv4Addr::UNSPECIFIED)
}

/// The token of an `Authorization: Bearer <token>` header (scheme in any
/// case).
fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

/// The offered subprotocols, in order, over all header lines.
fn subprotocols(headers: &HeaderMap) -> impl Iterator<Item = &str> {
    headers
        .get_all(SEC_WEBSOCKET_PROTOCOL)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|p| !p.is_empty())
}

/// The entry after `bearer` in `Sec-WebSocket-Protocol: bearer, <token>`.
fn subprotocol_token(headers: &HeaderMap) -> Option<&str> {
    let mut offered = subprotocols(headers);
    offered.find(|p| p.eq_ignore_ascii_case("bearer"))?;
    offered.next()
}

/// Rewrites `Sec-WebSocket-Protocol` without the token, so the handler,
/// its logs and its echo of the chosen protocol never see it.
fn strip_subprotocol_token(headers: &mut HeaderMap) {
    let mut kept: Vec<String> = Vec::new();
    let mut after_bearer = false;
    for protocol in subprotocols(headers) {
        if after_bearer {
            after_bearer = false;
            continue;
        }
        after_bearer = protocol.eq_ignore_ascii_case("bearer");
        kept.push(protocol.to_owned());
    }
    headers.remove(SEC_WEBSOCKET_PROTOCOL);
    if let Ok(value) = HeaderValue::from_str(&kept.join(", ")) {
        headers.insert(SEC_WEBSOCKET_PROTOCOL, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn bearer_scheme_is_case_insensitive() {
        assert_eq!(
            bearer_token(&headers(&[("authorization", "Bearer abc")])),
            Some("abc")
        );
        assert_eq!(
            bearer_token(&headers(&[("authorization", "bearer abc")])),
            Some("abc")
        );
        assert_eq!(
            bearer_token(&headers(&[("authorization", "BEARER  abc ")])),
            Some("abc")
        );
        assert_eq!(
            bearer_token(&headers(&[("authorization", "Basic abc")])),
            None
        );
        assert_eq!(bearer_token(&headers(&[("authorization", "Bearer")])), None);
    }

    #[test]
    fn subprotocol_token_is_read_and_stripped() {
        let mut h = headers(&[
            ("upgrade", "websocket"),
            ("sec-websocket-protocol", "chat, bearer, s3cr3t"),
        ]);
        assert!(is_websocket_upgrade(&h));
        assert_eq!(subprotocol_token(&h), Some("s3cr3t"));
        strip_subprotocol_token(&mut h);
        assert_eq!(
            h.get(SEC_WEBSOCKET_PROTOCOL).map(|v| v.as_bytes()),
            Some(&b"chat, bearer"[..])
        );
    }
}
