//! Hostile input to the HTTP parsers: forwarding headers, CIDRs and CSP
//! report bodies never panic, and always end in a defined answer.

use std::net::{IpAddr, SocketAddr};

use agent_hardening::http::headers::CspReportEndpoint;
use agent_hardening::http::{Cidr, TrustedProxies};
use axum::body::Body;
use http::{HeaderMap, HeaderName, HeaderValue, Method, Request, StatusCode};
use proptest::prelude::*;
use tower::ServiceExt;

/// Bytes a header value may hold (visible ASCII, space, tab, obs-text).
fn header_value() -> impl Strategy<Value = HeaderValue> {
    proptest::collection::vec(prop_oneof![0x20u8..0x7f, Just(b'\t'), 0x80u8..=0xff], 0..80)
        .prop_map(|bytes| HeaderValue::from_bytes(&bytes).unwrap_or(HeaderValue::from_static("")))
}

fn forwarding_headers() -> impl Strategy<Value = HeaderMap> {
    let names = [
        "x-forwarded-for",
        "forwarded",
        "cf-connecting-ip",
        "x-real-ip",
    ];
    proptest::collection::vec((0..names.len(), header_value()), 0..6).prop_map(move |pairs| {
        let mut map = HeaderMap::new();
        for (i, value) in pairs {
            map.append(HeaderName::from_static(names[i]), value);
        }
        map
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn client_ip_is_the_peer_or_an_address_from_the_headers(peer in any::<IpAddr>(), headers in forwarding_headers()) {
        let proxies = TrustedProxies::from_list("0.0.0.0/0, ::/0").unwrap();
        let ip = proxies.client_ip(peer, &headers);
        let text: String = headers.values().map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned()).collect::<Vec<_>>().join(",");
        let unmapped = |ip: IpAddr| match ip { IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4), v4 => v4 };
        prop_assert!(ip == unmapped(peer) || text.contains(&ip.to_string()) || text.to_lowercase().contains(&ip.to_string()),
            "{ip} is neither the peer {peer} nor in {text:?}");
    }

    #[test]
    fn cidr_parsing_never_panics(text in "\\PC{0,40}") {
        let _ = text.parse::<Cidr>();
        let _ = TrustedProxies::from_list(&text);
    }

    #[test]
    fn report_bodies_never_panic(body in proptest::collection::vec(any::<u8>(), 0..2048), kind in 0usize..4) {
        let content_type = ["application/csp-report", "application/reports+json", "application/json", "text/plain"][kind];
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
        let status = runtime.block_on(async {
            let mut request = Request::builder().method(Method::POST).header("content-type", content_type).body(Body::from(body)).unwrap();
            request.extensions_mut().insert(SocketAddr::from(([198, 51, 100, 1], 1)));
            CspReportEndpoint::new().max_body(1024).oneshot(request).await.unwrap().status()
        });
        prop_assert!([StatusCode::NO_CONTENT, StatusCode::BAD_REQUEST, StatusCode::PAYLOAD_TOO_LARGE].contains(&status), "{status}");
    }
}
