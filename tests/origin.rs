//! Go's CrossOriginProtection vectors through `OriginCheckLayer`, plus the
//! WebSocket handshake rows it adds.

use std::convert::Infallible;

use agent_hardening::http::origin::OriginCheckLayer;
use http::{Method, Request, Response, StatusCode};
use tower::{ServiceBuilder, ServiceExt};

async fn status(
    layer: OriginCheckLayer,
    method: Method,
    host: &str,
    headers: &[(&str, &str)],
    path: &str,
) -> StatusCode {
    let service = ServiceBuilder::new()
        .layer(layer)
        .service_fn(|_: Request<()>| async {
            Ok::<_, Infallible>(Response::new(String::from("ok")))
        });
    let mut builder = Request::builder()
        .method(method)
        .uri(path)
        .header("host", host);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    service
        .oneshot(builder.body(()).unwrap())
        .await
        .unwrap()
        .status()
}

/// Row number, method, Host, Sec-Fetch-Site, Origin, expected status.
type Row = (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    StatusCode,
);

#[tokio::test]
async fn go_cross_origin_protection_vectors() {
    const OK: StatusCode = StatusCode::OK;
    const NO: StatusCode = StatusCode::FORBIDDEN;
    let rows: &[Row] = &[
        ("1", "POST", "example.com", Some("same-origin"), None, OK),
        ("2", "POST", "example.com", Some("none"), None, OK),
        ("3", "POST", "example.com", Some("cross-site"), None, NO),
        ("4", "POST", "example.com", Some("same-site"), None, NO),
        ("5", "POST", "example.com", None, None, OK),
        (
            "6",
            "POST",
            "example.com",
            None,
            Some("https://example.com"),
            OK,
        ),
        (
            "7",
            "POST",
            "example.com",
            None,
            Some("https://attacker.example"),
            NO,
        ),
        ("8", "POST", "example.com", None, Some("null"), NO),
        ("9", "GET", "example.com", Some("cross-site"), None, OK),
        ("10", "HEAD", "example.com", Some("cross-site"), None, OK),
        ("11", "OPTIONS", "example.com", Some("cross-site"), None, OK),
        ("12", "PUT", "example.com", Some("cross-site"), None, NO),
        (
            "17",
            "POST",
            "localhost:3000",
            None,
            Some("http://localhost:3000"),
            OK,
        ),
        (
            "18",
            "POST",
            "localhost:3000",
            None,
            Some("http://localhost:4000"),
            NO,
        ),
        (
            "19",
            "POST",
            "example.com",
            None,
            Some("http://example.com"),
            OK,
        ),
        (
            "20",
            "POST",
            "example.com",
            Some("cross-site"),
            Some("https://example.com"),
            NO,
        ),
        ("21", "DELETE", "example.com", Some("cross-site"), None, NO),
        ("22", "PATCH", "example.com", Some("same-origin"), None, OK),
        ("23", "TRACE", "example.com", Some("cross-site"), None, NO),
        ("24", "POST", "example.com", Some("SAME-ORIGIN"), None, NO),
    ];
    for (row, method, host, fetch_site, origin, want) in rows {
        let mut headers = Vec::new();
        headers.extend(fetch_site.map(|v| ("sec-fetch-site", v)));
        headers.extend(origin.map(|v| ("origin", v)));
        let got = status(
            OriginCheckLayer::new(),
            method.parse().unwrap(),
            host,
            &headers,
            "/",
        )
        .await;
        assert_eq!(got, *want, "row {row}");
    }
}

#[tokio::test]
async fn trusted_origins_and_the_bypass() {
    let trusted = || {
        OriginCheckLayer::new()
            .trust("https://trusted.example")
            .unwrap()
    };
    let cases: [(&[(&str, &str)], StatusCode); 3] = [
        (&[("origin", "https://trusted.example")], StatusCode::OK),
        (
            &[
                ("sec-fetch-site", "cross-site"),
                ("origin", "https://trusted.example"),
            ],
            StatusCode::OK,
        ),
        (
            &[("origin", "https://attacker.example")],
            StatusCode::FORBIDDEN,
        ),
    ];
    for (headers, want) in cases {
        assert_eq!(
            status(trusted(), Method::POST, "example.com", headers, "/").await,
            want,
            "{headers:?}"
        );
    }
    assert!(
        OriginCheckLayer::new()
            .trust("https://x.example/path")
            .is_err()
    );

    let bypass = || {
        OriginCheckLayer::new().with_insecure_bypass(|_, uri| uri.path().starts_with("/webhooks/"))
    };
    let attacker = [("origin", "https://attacker.example")];
    for (path, want) in [
        ("/webhooks/stripe", StatusCode::OK),
        ("/api/tools/run", StatusCode::FORBIDDEN),
    ] {
        assert_eq!(
            status(bypass(), Method::POST, "example.com", &attacker, path).await,
            want,
            "{path}"
        );
    }
}

#[tokio::test]
async fn websocket_handshakes_check_the_browser_origin() {
    let upgrade = [("upgrade", "websocket"), ("connection", "Upgrade")];
    let with = |origin: &'static str| {
        let mut headers = upgrade.to_vec();
        headers.push(("origin", origin));
        headers
    };
    let layer = || {
        OriginCheckLayer::new()
            .trust("https://console.example")
            .unwrap()
    };
    let get = Method::GET;
    assert_eq!(
        status(
            layer(),
            get.clone(),
            "agent.example",
            &with("https://agent.example"),
            "/ws"
        )
        .await,
        StatusCode::OK
    );
    assert_eq!(
        status(
            layer(),
            get.clone(),
            "agent.example",
            &with("https://console.example"),
            "/ws"
        )
        .await,
        StatusCode::OK
    );
    assert_eq!(
        status(layer(), get.clone(), "agent.example", &upgrade, "/ws").await,
        StatusCode::OK,
        "no Origin: not a browser"
    );
    for foreign in [
        "https://attacker.example",
        "null",
        "https://agent.example.attacker.example",
        "file://x",
    ] {
        assert_eq!(
            status(layer(), get.clone(), "agent.example", &with(foreign), "/ws").await,
            StatusCode::FORBIDDEN,
            "{foreign}"
        );
    }
}
