//! The key per-client limits count by. It belongs to the store, which
//! counts by it; the HTTP layers derive it from the caller's address.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// What per-client limits should count by: an IPv4 address, or the /64
/// network of an IPv6 address.
///
/// ```
/// use std::net::IpAddr;
/// use agent_hardening::store::ClientKey;
///
/// let a = ClientKey::from("2001:db8::1".parse::<IpAddr>()?);
/// let b = ClientKey::from("2001:db8::ffff:2".parse::<IpAddr>()?);
/// assert_eq!(a, b);
/// assert_eq!(ClientKey::from("::ffff:203.0.113.7".parse::<IpAddr>()?).to_string(), "203.0.113.7");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClientKey {
    /// One IPv4 address.
    V4(Ipv4Addr),
    /// An IPv6 /64 network, by its first 64 bits.
    V6Net(u64),
}

impl From<IpAddr> for ClientKey {
    fn from(ip: IpAddr) -> Self {
        match ip.to_canonical() {
            IpAddr::V4(v4) => Self::V4(v4),
            // The upper half of the address: the shift leaves 64 bits.
            IpAddr::V6(v6) => Self::V6Net(u64::try_from(u128::from(v6) >> 64).unwrap_or(u64::MAX)),
        }
    }
}

impl fmt::Display for ClientKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::V4(v4) => v4.fmt(f),
            Self::V6Net(net) => write!(f, "{}/64", Ipv6Addr::from(u128::from(*net) << 64)),
        }
    }
}
