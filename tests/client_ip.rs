//! Client addresses behind proxies: headers count only from trusted
//! proxies, lists are read right to left, and anything malformed falls back
//! to the TCP peer.

use std::net::IpAddr;

use agent_hardening::http::{ClientKey, TrustedProxies};
use http::{HeaderMap, HeaderName, HeaderValue};

fn ip(s: &str) -> IpAddr {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (name, value) in pairs {
        let value = HeaderValue::from_str(value).unwrap_or_else(|e| panic!("{value}: {e}"));
        map.append(HeaderName::from_static(name), value);
    }
    map
}

/// A case: name, configuration, TCP peer, headers, expected client.
type Row<'a> = (
    &'a str,
    &'a TrustedProxies,
    &'a str,
    Vec<(&'static str, &'a str)>,
    &'a str,
);

/// One Cloudflare edge range, as an operator would configure it.
const CLOUDFLARE: &str = "173.245.48.0/20";
const EDGE: &str = "173.245.48.5";

#[test]
fn proxy_headers_by_trust_and_position() {
    let none = TrustedProxies::none();
    let cf = TrustedProxies::from_list(CLOUDFLARE).unwrap();
    let lan = TrustedProxies::from_list("10.0.0.0/8").unwrap();
    let rows: [Row<'_>; 13] = [
        (
            "spoofed XFF, no trust",
            &none,
            "203.0.113.7",
            vec![("x-forwarded-for", "1.2.3.4")],
            "203.0.113.7",
        ),
        (
            "spoofed CF header, no trust",
            &none,
            "203.0.113.7",
            vec![("cf-connecting-ip", "1.2.3.4")],
            "203.0.113.7",
        ),
        (
            "CF header from the CF edge",
            &cf,
            EDGE,
            vec![("cf-connecting-ip", "198.51.100.9")],
            "198.51.100.9",
        ),
        (
            "CF header from outside CF",
            &cf,
            "203.0.113.7",
            vec![("cf-connecting-ip", "1.2.3.4")],
            "203.0.113.7",
        ),
        (
            "rightmost hop, not leftmost",
            &lan,
            "10.0.0.2",
            vec![("x-forwarded-for", "6.6.6.6, 198.51.100.9")],
            "198.51.100.9",
        ),
        (
            "trusted hops skipped",
            &lan,
            "10.0.0.2",
            vec![("x-forwarded-for", "6.6.6.6, 198.51.100.9, 10.0.0.3")],
            "198.51.100.9",
        ),
        (
            "several XFF lines in order",
            &lan,
            "10.0.0.2",
            vec![
                ("x-forwarded-for", "1.1.1.1, 2.2.2.2"),
                ("x-forwarded-for", "3.3.3.3, 4.4.4.4"),
            ],
            "4.4.4.4",
        ),
        (
            "CF header sent twice",
            &cf,
            EDGE,
            vec![
                ("cf-connecting-ip", "1.1.1.1"),
                ("cf-connecting-ip", "2.2.2.2"),
            ],
            EDGE,
        ),
        (
            "XFF with an empty entry",
            &lan,
            "10.0.0.2",
            vec![("x-forwarded-for", "1.1.1.1, ")],
            "10.0.0.2",
        ),
        (
            "XFF entry with a port",
            &lan,
            "10.0.0.2",
            vec![("x-forwarded-for", "[2001:db8::1]:443")],
            "2001:db8::1",
        ),
        (
            "every hop trusted: leftmost",
            &lan,
            "10.0.0.2",
            vec![("x-forwarded-for", "10.0.0.9, 10.0.0.3")],
            "10.0.0.9",
        ),
        (
            "Forwarded with a hidden hop",
            &lan,
            "10.0.0.2",
            vec![("forwarded", r#"for="1.2.3.4", for="_hidden""#)],
            "10.0.0.2",
        ),
        (
            "Forwarded, right to left",
            &lan,
            "10.0.0.2",
            vec![(
                "forwarded",
                r#"for=192.0.2.60;proto=https, for="[2001:db8:cafe::17]:4711""#,
            )],
            "2001:db8:cafe::17",
        ),
    ];
    for (name, proxies, peer, pairs, want) in rows {
        assert_eq!(
            proxies.client_ip(ip(peer), &headers(&pairs)),
            ip(want),
            "{name}"
        );
    }
}

#[test]
fn x_real_ip_is_last_and_single() {
    let lan = TrustedProxies::from_list("10.0.0.0/8").unwrap();
    let peer = ip("10.0.0.2");
    assert_eq!(
        lan.client_ip(peer, &headers(&[("x-real-ip", "198.51.100.4")])),
        ip("198.51.100.4")
    );
    assert_eq!(
        lan.client_ip(
            peer,
            &headers(&[("x-real-ip", "1.1.1.1"), ("x-real-ip", "2.2.2.2")])
        ),
        peer
    );
    assert_eq!(
        lan.client_ip(peer, &headers(&[("x-real-ip", "not an ip")])),
        peer
    );
    // X-Forwarded-For wins when both are present.
    let both = headers(&[("x-real-ip", "1.1.1.1"), ("x-forwarded-for", "2.2.2.2")]);
    assert_eq!(lan.client_ip(peer, &both), ip("2.2.2.2"));
}

#[test]
fn spoofed_headers_cannot_mint_new_keys() {
    let proxies = TrustedProxies::from_list("10.0.0.0/8").unwrap();
    let attacker = ip("203.0.113.66");
    let keys: std::collections::HashSet<ClientKey> = (0..100)
        .map(|i| {
            let spoof = format!("198.51.100.{i}");
            let h = headers(&[
                ("x-forwarded-for", &spoof),
                ("cf-connecting-ip", &spoof),
                ("x-real-ip", &spoof),
            ]);
            ClientKey::from(proxies.client_ip(attacker, &h))
        })
        .collect();
    assert_eq!(keys.len(), 1);
}

#[test]
fn mapped_addresses_unwrap_and_ipv6_counts_per_64() {
    let none = TrustedProxies::none();
    assert_eq!(
        none.client_ip(ip("::ffff:203.0.113.7"), &HeaderMap::new()),
        ip("203.0.113.7")
    );
    let trusted = TrustedProxies::from_list("10.0.0.0/8").unwrap();
    // A mapped peer inside a trusted IPv4 range is trusted.
    assert_eq!(
        trusted.client_ip(
            ip("::ffff:10.0.0.2"),
            &headers(&[("x-forwarded-for", "198.51.100.1")])
        ),
        ip("198.51.100.1")
    );

    let a = ClientKey::from(ip("2001:db8:0:1:dead:beef:1:2"));
    assert_eq!(a, ClientKey::from(ip("2001:db8:0:1::9")));
    assert_ne!(a, ClientKey::from(ip("2001:db8:0:2::9")));
    assert_eq!(a.to_string(), "2001:db8:0:1::/64");
    assert_eq!(
        ClientKey::from(ip("203.0.113.7")).to_string(),
        "203.0.113.7"
    );
}
