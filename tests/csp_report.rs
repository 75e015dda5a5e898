//! The CSP report endpoint as browsers and attackers use it.

use std::net::SocketAddr;
use std::num::NonZeroU32;

use agent_hardening::http::auth::{AuthLayer, Tokens};
use agent_hardening::http::headers::{CspReportEndpoint, DEFAULT_REPORT_PATH};
use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use axum::routing::post;
use tower::ServiceExt;

const REPORT_URI_BODY: &str = r#"{"csp-report":{"document-uri":"https://agent.example/console","violated-directive":"script-src-elem","effective-directive":"script-src-elem","blocked-uri":"https://cdn.evil.example/x.js?token=ghp_0123456789abcdefghijABCDEFGHIJ012345","original-policy":"default-src 'self'"}}"#;
const REPORT_TO_BODY: &str = r#"[{"type":"csp-violation","age":10,"url":"https://agent.example/console","body":{"documentURL":"https://agent.example/console","effectiveDirective":"img-src","blockedURL":"https://tracker.example/p.gif","disposition":"report"}},{"type":"deprecation","body":{}}]"#;

/// The report route outside auth, a tool route inside it.
fn app(reports: CspReportEndpoint) -> Router {
    let protected = Router::new()
        .route("/api/tools/run", post(|| async { "ran" }))
        .layer(AuthLayer::new(Tokens::new("secret-token-123456").unwrap()));
    Router::new()
        .route_service(DEFAULT_REPORT_PATH, reports)
        .merge(protected)
}

async fn send(
    app: &Router,
    method: Method,
    content_type: &str,
    body: impl Into<Body>,
) -> StatusCode {
    let mut request = Request::builder()
        .method(method)
        .uri(DEFAULT_REPORT_PATH)
        .header("content-type", content_type)
        .body(body.into())
        .unwrap();
    request
        .extensions_mut()
        .insert(SocketAddr::from(([203, 0, 113, 5], 4000)));
    app.clone().oneshot(request).await.unwrap().status()
}

#[tokio::test]
async fn both_report_formats_are_accepted_without_a_token_and_counted() {
    let reports = CspReportEndpoint::new();
    let violations = reports.violations();
    let app = app(reports);
    assert_eq!(
        send(
            &app,
            Method::POST,
            "application/csp-report",
            REPORT_URI_BODY
        )
        .await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        send(
            &app,
            Method::POST,
            "application/reports+json",
            REPORT_TO_BODY
        )
        .await,
        StatusCode::NO_CONTENT
    );

    let seen = violations.snapshot();
    assert_eq!(seen.total, 2);
    assert_eq!(seen.recent[0].directive, "script-src-elem");
    assert!(
        seen.recent[0].blocked_uri.contains("<redacted:github_pat>"),
        "{:?}",
        seen.recent[0]
    );
    assert_eq!(seen.recent[1].directive, "img-src");
    assert_eq!(seen.recent[1].blocked_uri, "https://tracker.example/p.gif");
    assert_eq!(seen.recent[1].document_uri, "https://agent.example/console");

    // The protected route still needs the token.
    let mut request = Request::builder()
        .method(Method::POST)
        .uri("/api/tools/run")
        .body(Body::empty())
        .unwrap();
    request
        .extensions_mut()
        .insert(SocketAddr::from(([203, 0, 113, 5], 4000)));
    assert_eq!(
        app.clone().oneshot(request).await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn garbage_gets_400_oversize_413_floods_429_and_other_methods_405() {
    let reports = CspReportEndpoint::new()
        .max_body(1024)
        .per_minute(NonZeroU32::new(5).unwrap());
    let violations = reports.violations();
    let app = app(reports);
    let oversize = "x".repeat(4096);
    // In order: five reports a minute are allowed from this client, so the
    // sixth POST is refused however good it is.
    let steps: [(Method, &str, &str, StatusCode); 7] = [
        (
            Method::POST,
            "application/csp-report",
            "not json",
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::POST,
            "application/csp-report",
            r#"{"nope":1}"#,
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::POST,
            "text/plain",
            REPORT_URI_BODY,
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::POST,
            "application/reports+json",
            &oversize,
            StatusCode::PAYLOAD_TOO_LARGE,
        ),
        (
            Method::POST,
            "application/csp-report",
            REPORT_URI_BODY,
            StatusCode::NO_CONTENT,
        ),
        (
            Method::POST,
            "application/csp-report",
            REPORT_URI_BODY,
            StatusCode::TOO_MANY_REQUESTS,
        ),
        (
            Method::GET,
            "application/csp-report",
            "",
            StatusCode::METHOD_NOT_ALLOWED,
        ),
    ];
    for (step, (method, content_type, body, want)) in steps.into_iter().enumerate() {
        assert_eq!(
            send(&app, method, content_type, body.to_owned()).await,
            want,
            "step {step}"
        );
    }
    assert_eq!(violations.snapshot().total, 1);
}
