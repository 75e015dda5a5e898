//! The HTTP surface: what an agent service's tower stack needs to know
//! about its callers.
//!
//! Today this holds [`client_ip`]: the caller's real address, taking proxy
//! headers only from proxies the operator trusts. The auth layer with
//! per-client lockout, security headers and origin checks build on it.

pub mod client_ip;

pub use self::client_ip::{Cidr, ClientKey, TrustedProxies};

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
}
