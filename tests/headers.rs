//! Security headers on every kind of response, the CSP modes, and the
//! builder's refusals.

use std::convert::Infallible;
use std::pin::Pin;
use std::task::{Context, Poll};

use agent_hardening::http::headers::{Csp, CspError, SecurityHeadersLayer};
use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use bytes::Bytes;
use http_body::Frame;
use tower::ServiceExt;

/// A body sent in two chunks, as a streamed response is.
struct TwoChunks(u8);

impl http_body::Body for TwoChunks {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        self.0 += 1;
        Poll::Ready((self.0 <= 2).then(|| Ok(Frame::data(Bytes::from_static(b"chunk ")))))
    }
}

fn app(layer: SecurityHeadersLayer) -> Router {
    Router::new()
        .route("/", get(|| async { "ok" }))
        .route("/401", get(|| async { StatusCode::UNAUTHORIZED }))
        .route("/413", get(|| async { StatusCode::PAYLOAD_TOO_LARGE }))
        .route("/500", get(|| async { StatusCode::INTERNAL_SERVER_ERROR }))
        .route("/stream", get(|| async { Body::new(TwoChunks(0)) }))
        .route(
            "/widget",
            get(|| async { ([("x-frame-options", "SAMEORIGIN")], "embeddable").into_response() }),
        )
        .layer(layer)
}

async fn get_headers(app: &Router, path: &str) -> (StatusCode, HeaderMap) {
    let response: Response = app
        .clone()
        .oneshot(Request::get(path).body(Body::empty()).unwrap())
        .await
        .unwrap();
    (response.status(), response.headers().clone())
}

#[tokio::test]
async fn every_response_gets_the_headers_and_handler_choices_win() {
    let app = app(SecurityHeadersLayer::new().csp_enforce(Csp::strict().build().unwrap()));
    for (path, status) in [
        ("/", StatusCode::OK),
        ("/401", StatusCode::UNAUTHORIZED),
        ("/413", StatusCode::PAYLOAD_TOO_LARGE),
        ("/500", StatusCode::INTERNAL_SERVER_ERROR),
        ("/stream", StatusCode::OK),
        ("/missing", StatusCode::NOT_FOUND),
    ] {
        let (got, headers) = get_headers(&app, path).await;
        assert_eq!(got, status, "{path}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(
            headers["referrer-policy"], "strict-origin-when-cross-origin",
            "{path}"
        );
        assert_eq!(headers["x-frame-options"], "DENY", "{path}");
        assert_eq!(
            headers["cross-origin-opener-policy"], "same-origin",
            "{path}"
        );
        assert_eq!(
            headers["cross-origin-resource-policy"], "same-origin",
            "{path}"
        );
        assert!(
            headers["permissions-policy"]
                .to_str()
                .unwrap()
                .contains("camera=()"),
            "{path}"
        );
        assert!(headers.contains_key("content-security-policy"), "{path}");
        assert!(
            !headers.contains_key("strict-transport-security"),
            "HSTS is never on by default ({path})"
        );
    }
    let (_, headers) = get_headers(&app, "/widget").await;
    assert_eq!(headers["x-frame-options"], "SAMEORIGIN");
}

#[tokio::test]
async fn report_only_enforce_and_both() {
    let endpoint = "https://agent.example/api/security/csp-report";
    let report_only = app(SecurityHeadersLayer::new()
        .csp_report_only(Csp::starter().report_to("csp", endpoint).build().unwrap()));
    let (_, headers) = get_headers(&report_only, "/").await;
    assert!(!headers.contains_key("content-security-policy"));
    let policy = headers["content-security-policy-report-only"]
        .to_str()
        .unwrap();
    assert!(
        policy.contains("report-to csp") && policy.contains(&format!("report-uri {endpoint}")),
        "{policy}"
    );
    assert_eq!(
        headers["reporting-endpoints"],
        format!("csp=\"{endpoint}\"").as_str()
    );

    let enforce = app(SecurityHeadersLayer::new().csp_enforce(Csp::starter().build().unwrap()));
    let (_, headers) = get_headers(&enforce, "/").await;
    assert!(
        headers["content-security-policy"]
            .to_str()
            .unwrap()
            .starts_with("default-src 'self'")
    );
    assert!(
        !headers.contains_key("content-security-policy-report-only")
            && !headers.contains_key("reporting-endpoints")
    );

    let both = app(SecurityHeadersLayer::new().csp_both(
        Csp::starter().build().unwrap(),
        Csp::strict()
            .report_to("csp-trial", "/api/security/csp-report")
            .build()
            .unwrap(),
    ));
    let (_, headers) = get_headers(&both, "/").await;
    assert!(
        headers["content-security-policy"]
            .to_str()
            .unwrap()
            .starts_with("default-src 'self'")
    );
    assert!(
        headers["content-security-policy-report-only"]
            .to_str()
            .unwrap()
            .starts_with("default-src 'none'")
    );
    assert_eq!(
        headers["reporting-endpoints"],
        "csp-trial=\"/api/security/csp-report\""
    );
}

#[test]
fn unsafe_eval_needs_the_escape_hatch_and_bad_sources_are_refused() {
    let with_eval = Csp::starter().script_src(["'self'", "'unsafe-eval'"]);
    assert_eq!(
        with_eval.clone().build().unwrap_err(),
        CspError::UnsafeEval {
            directive: "script-src"
        }
    );
    assert!(
        with_eval
            .allow_unsafe_eval_despite_xss_risk()
            .build()
            .is_ok()
    );

    for bad in [
        "'self",
        "self'",
        "'unsafe-everything'",
        "https://a.example; script-src *",
        "a b",
        "\"x\"",
        "",
        // Non-ASCII: a host must be punycode, and the header could not be
        // read back as text (found by fuzzing: the policy came out empty).
        "https://bücher.example",
        "\u{a0}",
    ] {
        assert!(Csp::new().img_src([bad]).build().is_err(), "{bad:?}");
    }
    assert!(Csp::new().report_uri("/csp-rép").build().is_err());
    assert!(matches!(
        Csp::new().img_src(Vec::<String>::new()).build(),
        Err(CspError::EmptyDirective { .. })
    ));
    assert!(Csp::new().report_to("bad group", "/r").build().is_err());
    assert!(
        Csp::new()
            .report_uri("http://insecure.example/r")
            .build()
            .is_err()
    );
    assert!(
        Csp::new()
            .script_src(["'sha256-abc='", "'nonce-r4nd0m'", "https://cdn.example.com"])
            .build()
            .is_ok()
    );
}

#[tokio::test]
async fn hsts_is_an_explicit_opt_in() {
    let app =
        app(SecurityHeadersLayer::new().hsts(std::time::Duration::from_secs(31_536_000), true));
    let (_, headers) = get_headers(&app, "/").await;
    assert_eq!(
        headers["strict-transport-security"],
        "max-age=31536000; includeSubDomains"
    );
}
