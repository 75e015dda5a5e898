//! The trusted-proxy list and the forwarding headers, from any bytes: no
//! panic; a peer that is not a trusted proxy is always the client, whatever
//! its headers say; and a client taken from a header is an address that the
//! header's text holds.
#![no_main]

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use agent_hardening::http::TrustedProxies;
use http::{HeaderMap, HeaderName, HeaderValue};
use libfuzzer_sys::fuzz_target;

const HEADERS: [&str; 3] = ["x-forwarded-for", "forwarded", "x-real-ip"];

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // `list|peer-selector|header values...`
    let mut parts = text.split('|');
    let list = parts.next().unwrap_or_default();
    let selector = parts.next().and_then(|s| s.bytes().next()).unwrap_or(0);
    let proxies = match TrustedProxies::from_list(list) {
        Ok(proxies) => proxies,
        Err(_) => TrustedProxies::from_list("10.0.0.0/8, 2001:db8::/32").unwrap(),
    };
    let peer = match selector % 4 {
        0 => IpAddr::V4(Ipv4Addr::new(10, 1, 2, 3)),
        1 => IpAddr::V4(Ipv4Addr::new(203, 0, 113, 9)),
        2 => IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1)),
        _ => IpAddr::V4(Ipv4Addr::LOCALHOST),
    };
    let mut headers = HeaderMap::new();
    for (i, value) in parts.enumerate() {
        if let Ok(value) = HeaderValue::from_str(value) {
            headers.append(HeaderName::from_static(HEADERS[i % HEADERS.len()]), value);
        }
    }
    let client = proxies.client_ip(peer, &headers);
    assert_eq!(TrustedProxies::none().client_ip(peer, &headers), peer);
    if !proxies.contains(peer) {
        assert_eq!(client, peer, "an untrusted peer's headers were believed");
    }
    if client != peer {
        let named = headers
            .values()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split([',', ';', '=', ' ', '\t']))
            .filter_map(address)
            .any(|ip| ip == client || ip.to_canonical() == client);
        assert!(named, "{client} is in no header: {headers:?}");
    }
});

/// The address a header token names: `1.2.3.4`, `1.2.3.4:80`, `"[::1]:80"`,
/// an IPv6 address with a zone (`fe80::1%eth0`, read without the zone).
fn address(token: &str) -> Option<IpAddr> {
    let token = token.trim().trim_matches('"');
    if let Ok(ip) = token.parse() {
        return Some(ip);
    }
    if let Some(rest) = token.strip_prefix('[') {
        let inside = rest.split(']').next()?;
        return inside.split('%').next()?.parse().ok();
    }
    if let Some((ip, _zone)) = token.split_once('%') {
        return ip.parse().ok();
    }
    token.rsplit_once(':').and_then(|(host, _)| host.parse().ok())
}
