//! The HTTP surface: what an agent service's tower stack needs to know
//! about its callers.
//!
//! - [`auth`]: bearer tokens (current + previous) with per-client lockout.
//! - [`client_ip`]: the caller's real address, taking proxy headers only
//!   from proxies the operator trusts.
//! - [`headers`]: security headers and a Content-Security-Policy.
//! - [`origin`]: cross-origin checks on state-changing requests and
//!   WebSocket handshakes.
//! - `health` (feature `axum`): a liveness check that tells nothing.
//! - `stack` (feature `axum`): all of the above with tower-http's request
//!   ids, sensitive headers, body limit, timeout and panic catching, in one
//!   order.

pub mod auth;
pub mod client_ip;
pub mod headers;
#[cfg(feature = "axum")]
pub mod health;
pub mod origin;
#[cfg(feature = "axum")]
pub mod stack;

pub use self::client_ip::{Cidr, TrustedProxies};
/// The key per-client limits count by (defined in [`crate::store`], which
/// counts by it).
pub use crate::store::ClientKey;

/// A configuration value the HTTP layers cannot use.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// A trusted-proxy entry is neither an IP address nor `address/prefix`
    /// with a prefix length that fits the address family.
    #[error(
        "invalid CIDR {value:?}: use an address (10.0.0.1) or address/prefix (10.0.0.0/8, 2001:db8::/32)"
    )]
    InvalidCidr {
        /// The rejected text.
        value: String,
    },
    /// A bearer token was empty or blank: that would accept anyone.
    #[error("the {slot} bearer token is empty; set a long random token")]
    EmptyToken {
        /// `current` or `previous`.
        slot: &'static str,
    },
    /// The operating system gave no random bytes for the key the bearer
    /// tokens are digested under.
    #[error("no random bytes from the operating system for the token digest key")]
    NoRandomSource,
    /// The environment variable holding the current token is not set.
    #[error("{variable} is not set: the service needs a bearer token to accept requests")]
    MissingToken {
        /// The variable's name.
        variable: String,
    },
}

/// Whether a request asks to become a WebSocket (`Upgrade: websocket`, on
/// any of its `Upgrade` lines, any case). The auth layer reads its token
/// from the subprotocol then, and the origin check tests the handshake.
pub(crate) fn is_websocket_upgrade(headers: &::http::HeaderMap) -> bool {
    headers.get_all(::http::header::UPGRADE).iter().any(|v| {
        v.to_str()
            .is_ok_and(|v| v.trim().eq_ignore_ascii_case("websocket"))
    })
}
