//! The request-safety stack: panics become bare JSON 500s with the request
//! id, oversized bodies JSON 413s, slow requests JSON 408s, and the service
//! goes on.

use std::time::Duration;

use agent_hardening::http::headers::SecurityHeadersLayer;
use agent_hardening::http::stack::SafetyStack;
use axum::Router;
use axum::body::{Body, to_bytes};
use axum::http::{Method, Request, StatusCode};
use axum::routing::{get, post};
use tower::ServiceExt;

fn app() -> Router {
    let routes = Router::new()
        .route("/ok", get(|| async { "ok" }))
        .route(
            "/panic",
            get(|| async {
                panic!("secret internals: db password hunter2 at /srv/app.rs:42") as &str
            }),
        )
        .route(
            "/echo",
            post(|body: String| async move { body.len().to_string() }),
        )
        .route(
            "/slow",
            get(|| async {
                tokio::time::sleep(Duration::from_secs(60)).await;
                "late"
            }),
        );
    SafetyStack::new()
        .security_headers(Some(SecurityHeadersLayer::new()))
        .timeout(Some(Duration::from_secs(5)))
        .body_limit(Some(1024))
        .apply(routes)
}

async fn call(app: &Router, request: Request<Body>) -> (StatusCode, axum::http::HeaderMap, String) {
    let response = app.clone().oneshot(request).await.unwrap();
    let (parts, body) = response.into_parts();
    let body = to_bytes(body, usize::MAX).await.unwrap();
    (
        parts.status,
        parts.headers,
        String::from_utf8_lossy(&body).into_owned(),
    )
}

#[tokio::test]
async fn a_panic_answers_json_500_with_only_the_request_id_and_the_service_goes_on() {
    let app = app();
    let (status, headers, body) =
        call(&app, Request::get("/panic").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    let id = headers["x-request-id"].to_str().unwrap().to_owned();
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        json,
        serde_json::json!({ "error": "internal_error", "request_id": id })
    );
    assert!(
        !body.contains("hunter2") && !body.contains("app.rs"),
        "{body}"
    );
    assert_eq!(headers["x-content-type-options"], "nosniff");

    let (status, _, body) = call(&app, Request::get("/ok").body(Body::empty()).unwrap()).await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "ok"));
}

#[tokio::test]
async fn request_ids_are_set_or_propagated() {
    let app = app();
    let (_, headers, _) = call(
        &app,
        Request::get("/ok")
            .header("x-request-id", "req-123")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(headers["x-request-id"], "req-123");
    let (_, headers, _) = call(&app, Request::get("/ok").body(Body::empty()).unwrap()).await;
    assert_eq!(headers["x-request-id"].len(), 36);
}

/// A body of `chunks` pieces of 512 bytes, sent without a length.
struct Chunks(usize);

impl http_body::Body for Chunks {
    type Data = bytes::Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<bytes::Bytes>, Self::Error>>> {
        if self.0 == 0 {
            return std::task::Poll::Ready(None);
        }
        self.0 -= 1;
        std::task::Poll::Ready(Some(Ok(http_body::Frame::data(bytes::Bytes::from(
            vec![b'x'; 512],
        )))))
    }
}

#[tokio::test]
async fn bodies_over_the_limit_get_413_with_headers() {
    let app = app();
    let big = Request::builder()
        .method(Method::POST)
        .uri("/echo")
        .header("content-length", "4096")
        .body(Body::from("x".repeat(4096)))
        .unwrap();
    let (status, headers, body) = call(&app, big).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(headers["x-frame-options"], "DENY");
    assert_eq!(headers["content-type"], "application/json");
    let id = headers["x-request-id"].to_str().unwrap();
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&body).unwrap(),
        serde_json::json!({ "error": "body_too_large", "request_id": id })
    );
    // A streamed body without Content-Length is cut at the limit too.
    let streamed = Request::builder()
        .method(Method::POST)
        .uri("/echo")
        .body(Body::new(Chunks(4)))
        .unwrap();
    let (status, _, body) = call(&app, streamed).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(body.contains(r#""error":"body_too_large""#), "{body}");
    // Within the limit, the handler reads it.
    let small = Request::builder()
        .method(Method::POST)
        .uri("/echo")
        .body(Body::new(Chunks(1)))
        .unwrap();
    let (status, _, body) = call(&app, small).await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "512"));
}

#[tokio::test(start_paused = true)]
async fn slow_requests_get_408() {
    let app = app();
    let (status, headers, body) =
        call(&app, Request::get("/slow").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::REQUEST_TIMEOUT);
    let id = headers["x-request-id"].to_str().unwrap();
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&body).unwrap(),
        serde_json::json!({ "error": "request_timeout", "request_id": id })
    );
}

#[tokio::test]
async fn health_tells_liveness_only() {
    let app = SafetyStack::new()
        .public(agent_hardening::http::health::routes())
        .apply(Router::new());
    let (status, headers, body) = call(
        &app,
        Request::get("/api/health").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(
        (status, body.as_str()),
        (StatusCode::OK, r#"{"status":"ok"}"#)
    );
    assert_eq!(headers["content-type"], "application/json");
}
