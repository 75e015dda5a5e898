//! The caller's real address, with proxy headers believed only from
//! proxies the operator trusts.
//!
//! **Threat:** per-client limits (auth lockout, rate limits) keyed on a
//! header the client writes. Popular limiters take the leftmost
//! `X-Forwarded-For` entry from anyone, so one spoofed header line gives an
//! attacker a fresh key per request and escapes every limit.
//!
//! # Rules, in order
//!
//! 1. The key starts as the TCP peer address. An IPv4-mapped IPv6 peer
//!    (`::ffff:203.0.113.7`) is unwrapped to IPv4.
//! 2. If the peer is not in the trusted proxies, proxy headers are ignored:
//!    the peer is the client.
//! 3. Otherwise the first of these headers that is present decides:
//!    `CF-Connecting-IP`, `X-Forwarded-For`, `Forwarded`, `X-Real-IP`.
//!    `X-Forwarded-For` and `Forwarded` are read right to left (all lines in
//!    order), skipping trusted hops: the first untrusted address is the
//!    client, and if every hop is trusted the leftmost one is. Entries may
//!    carry a port (`198.51.100.9:443`, `[2001:db8::1]:443`).
//! 4. A malformed header, a `Forwarded` hop that is not an address
//!    (`unknown`, `_hidden`), or a single-value header sent twice makes the
//!    request fall back to the peer, with a warning in the log: a broken
//!    proxy setup must not become a way around the limits.
//!
//! Limits should then count per [`ClientKey`](crate::store::ClientKey): an IPv4 address, or an IPv6
//! /64 (one customer's subnet; keying single IPv6 addresses would let an
//! attacker mint 2^64 keys).
//!
//! # Deployment caveat
//!
//! Trust only proxies that overwrite or append to these headers themselves
//! (your load balancer's addresses, Cloudflare's published ranges). Trusting
//! `0.0.0.0/0` turns every header back into a client-controlled value.
//!
//! # Example
//!
//! ```
//! use std::net::IpAddr;
//! use agent_hardening::http::{ClientKey, TrustedProxies};
//! use http::HeaderMap;
//!
//! let proxies = TrustedProxies::from_list("10.0.0.0/8")?;
//! let mut headers = HeaderMap::new();
//! headers.insert("x-forwarded-for", "6.6.6.6, 198.51.100.9, 10.0.0.3".parse()?);
//!
//! // Behind the trusted proxy: the rightmost untrusted hop.
//! let peer: IpAddr = "10.0.0.2".parse()?;
//! assert_eq!(proxies.client_ip(peer, &headers), "198.51.100.9".parse::<IpAddr>()?);
//!
//! // Straight from the internet: the header is ignored.
//! let peer: IpAddr = "203.0.113.7".parse()?;
//! assert_eq!(proxies.client_ip(peer, &headers), peer);
//!
//! // IPv6 callers are counted per /64.
//! let key = ClientKey::from("2001:db8:0:1:dead:beef:1:2".parse::<IpAddr>()?);
//! assert_eq!(key.to_string(), "2001:db8:0:1::/64");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::str::FromStr;

use ::http::HeaderMap;

use super::ConfigError;

const CF_CONNECTING_IP: &str = "cf-connecting-ip";
const X_FORWARDED_FOR: &str = "x-forwarded-for";
const FORWARDED: &str = "forwarded";
const X_REAL_IP: &str = "x-real-ip";

/// An IP network: an address and a prefix length (`10.0.0.0/8`,
/// `2001:db8::/32`; a bare address is a network of one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    network: IpAddr,
    prefix: u8,
}

impl Cidr {
    /// Whether `ip` is in this network. IPv4-mapped IPv6 addresses count as
    /// the IPv4 address they carry.
    ///
    /// ```
    /// use agent_hardening::http::Cidr;
    /// let cidr: Cidr = "10.0.0.0/8".parse()?;
    /// assert!(cidr.contains("10.1.2.3".parse()?));
    /// assert!(cidr.contains("::ffff:10.1.2.3".parse()?));
    /// assert!(!cidr.contains("11.0.0.1".parse()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn contains(&self, ip: IpAddr) -> bool {
        match (self.network, ip.to_canonical()) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

impl FromStr for Cidr {
    type Err = ConfigError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let invalid = || ConfigError::InvalidCidr {
            value: s.to_owned(),
        };
        let text = s.trim();
        let (addr, prefix) = match text.split_once('/') {
            Some((addr, prefix)) => (addr, Some(prefix)),
            None => (text, None),
        };
        let network = addr
            .parse::<IpAddr>()
            .map_err(|_| invalid())?
            .to_canonical();
        let max = if network.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(p) => p
                .parse::<u8>()
                .ok()
                .filter(|&p| p <= max)
                .ok_or_else(invalid)?,
            None => max,
        };
        Ok(Self { network, prefix })
    }
}

impl fmt::Display for Cidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.network, self.prefix)
    }
}

/// The proxies whose forwarding headers are believed. Empty by default:
/// then every caller is its TCP peer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies {
    cidrs: Vec<Cidr>,
}

impl TrustedProxies {
    /// No trusted proxies: headers are always ignored.
    #[must_use]
    pub fn none() -> Self {
        Self::default()
    }

    /// Trusts the given networks.
    #[must_use]
    pub fn new(cidrs: impl IntoIterator<Item = Cidr>) -> Self {
        Self {
            cidrs: cidrs.into_iter().collect(),
        }
    }

    /// Parses a comma-separated list such as the `AGENT_TRUSTED_PROXIES`
    /// setting (`10.0.0.0/8, 172.16.0.0/12, 2001:db8::/32`). Blank entries
    /// are skipped, so an empty string trusts nothing.
    ///
    /// # Errors
    ///
    /// [`ConfigError::InvalidCidr`] for the first entry that is not a CIDR.
    pub fn from_list(list: &str) -> Result<Self, ConfigError> {
        let cidrs = list
            .split(',')
            .filter(|e| !e.trim().is_empty())
            .map(str::parse)
            .collect::<Result<_, _>>()?;
        Ok(Self { cidrs })
    }

    /// Whether `ip` is one of the trusted proxies.
    #[must_use]
    pub fn contains(&self, ip: IpAddr) -> bool {
        self.cidrs.iter().any(|c| c.contains(ip))
    }

    /// The client address of a request from `peer` carrying `headers`,
    /// by the rules in the [module docs](self).
    #[must_use]
    pub fn client_ip(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = peer.to_canonical();
        if !self.contains(peer) {
            return peer;
        }
        let decided = if headers.contains_key(CF_CONNECTING_IP) {
            single_address(headers, CF_CONNECTING_IP)
        } else if headers.contains_key(X_FORWARDED_FOR) {
            self.rightmost_untrusted(headers, X_FORWARDED_FOR, parse_hop)
        } else if headers.contains_key(FORWARDED) {
            self.rightmost_untrusted(headers, FORWARDED, forwarded_for)
        } else if headers.contains_key(X_REAL_IP) {
            single_address(headers, X_REAL_IP)
        } else {
            return peer;
        };
        match decided {
            Ok(ip) => ip.to_canonical(),
            Err(header) => {
                tracing::warn!(target: "agent_hardening::client_ip", %peer, header, "malformed or repeated proxy header from a trusted proxy; using the peer address");
                peer
            }
        }
    }

    /// Walks every line of a list header right to left, skipping trusted
    /// hops; fails on any entry `parse` rejects.
    fn rightmost_untrusted(
        &self,
        headers: &HeaderMap,
        name: &'static str,
        parse: fn(&str) -> Option<IpAddr>,
    ) -> Result<IpAddr, &'static str> {
        let mut hops = Vec::new();
        for value in headers.get_all(name) {
            let value = value.to_str().map_err(|_| name)?;
            for entry in value.split(',') {
                hops.push(parse(entry.trim()).ok_or(name)?);
            }
        }
        let leftmost = *hops.first().ok_or(name)?;
        Ok(hops
            .into_iter()
            .rev()
            .find(|&hop| !self.contains(hop))
            .unwrap_or(leftmost))
    }
}

/// A header that must hold one address, once.
fn single_address(headers: &HeaderMap, name: &'static str) -> Result<IpAddr, &'static str> {
    let mut values = headers.get_all(name).iter();
    let (Some(value), None) = (values.next(), values.next()) else {
        return Err(name);
    };
    value
        .to_str()
        .ok()
        .and_then(|v| parse_hop(v.trim()))
        .ok_or(name)
}

/// One hop of `X-Forwarded-For`: an address, optionally with a port
/// (`198.51.100.9:443`, `[2001:db8::1]:443`, `[2001:db8::1]`).
fn parse_hop(text: &str) -> Option<IpAddr> {
    if let Ok(ip) = text.parse::<IpAddr>() {
        return Some(ip);
    }
    if let Ok(addr) = text.parse::<SocketAddr>() {
        return Some(addr.ip());
    }
    text.strip_prefix('[')?
        .strip_suffix(']')?
        .parse::<Ipv6Addr>()
        .ok()
        .map(IpAddr::V6)
}

/// The `for=` address of one `Forwarded` element (RFC 7239):
/// `for=192.0.2.60;proto=https`, `for="[2001:db8::1]:4711"`. An element
/// without `for=`, or whose `for=` is not an address (`unknown`,
/// `_hidden`), is rejected.
fn forwarded_for(element: &str) -> Option<IpAddr> {
    let value = element.split(';').find_map(|pair| {
        let (key, value) = pair.trim().split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("for")
            .then_some(value.trim())
    })?;
    let value = value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .unwrap_or(value);
    parse_hop(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn cidr_parsing_and_membership() {
        let v4: Cidr = "192.168.0.0/16".parse().unwrap();
        assert!(v4.contains(ip("192.168.44.1")) && !v4.contains(ip("192.169.0.1")));
        let v6: Cidr = "2001:db8::/32".parse().unwrap();
        assert!(v6.contains(ip("2001:db8:1::1")) && !v6.contains(ip("2001:db9::1")));
        let all: Cidr = "0.0.0.0/0".parse().unwrap();
        assert!(all.contains(ip("8.8.8.8")) && !all.contains(ip("::1")));
        let one: Cidr = "10.0.0.1".parse().unwrap();
        assert!(one.contains(ip("10.0.0.1")) && !one.contains(ip("10.0.0.2")));
        for bad in [
            "10.0.0.0/33",
            "2001:db8::/129",
            "10.0.0/8",
            "abc",
            "10.0.0.0/",
            "/8",
        ] {
            assert!(bad.parse::<Cidr>().is_err(), "{bad}");
        }
        assert_eq!(
            TrustedProxies::from_list("").unwrap(),
            TrustedProxies::none()
        );
        assert!(TrustedProxies::from_list("10.0.0.0/8, nope").is_err());
    }

    #[test]
    fn forwarded_elements() {
        assert_eq!(
            forwarded_for("for=192.0.2.60;proto=http;by=203.0.113.43"),
            Some(ip("192.0.2.60"))
        );
        assert_eq!(
            forwarded_for(r#"For="[2001:db8:cafe::17]:4711""#),
            Some(ip("2001:db8:cafe::17"))
        );
        assert_eq!(forwarded_for("for=unknown"), None);
        assert_eq!(forwarded_for(r#"for="_hidden""#), None);
        assert_eq!(forwarded_for("proto=https"), None);
    }
}
