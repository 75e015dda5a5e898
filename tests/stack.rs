//! The request-safety stack: panics become bare JSON 500s with the request
//! id, oversized bodies JSON 413s, slow requests JSON 408s, and the service
//! goes on; every refusal is one JSON shape a host may replace.

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
        .security_headers(SecurityHeadersLayer::new())
        .timeout(Duration::from_secs(5))
        .body_limit(1024)
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

/// A refusal's body: its error id, a message and the request id, nothing
/// else.
fn assert_refusal(body: &str, error: &str, request_id: &str) {
    let json: serde_json::Value = serde_json::from_str(body).unwrap();
    let message = json["message"].as_str().unwrap_or_default();
    assert!(!message.is_empty(), "{body}");
    assert_eq!(
        json,
        serde_json::json!({ "error": error, "message": message, "request_id": request_id })
    );
}

#[tokio::test]
async fn a_panic_answers_json_500_with_only_the_request_id_and_the_service_goes_on() {
    let app = app();
    let (status, headers, body) =
        call(&app, Request::get("/panic").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    let id = headers["x-request-id"].to_str().unwrap().to_owned();
    assert_refusal(&body, "internal_error", &id);
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
    assert_refusal(&body, "body_too_large", id);
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
    assert_refusal(&body, "request_timeout", id);
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

#[tokio::test(start_paused = true)]
async fn a_host_replaces_the_refusals_it_chooses_and_only_those() {
    use agent_hardening::http::auth::{AuthLayer, Tokens};
    use agent_hardening::rejection::{Reason, Rejection};
    use axum::response::{IntoResponse, Response};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    let seen = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&seen);
    let routes = Router::new().route("/ok", get(|| async { "ok" })).route(
        "/slow",
        get(|| async {
            tokio::time::sleep(Duration::from_secs(60)).await;
            "late"
        }),
    );
    let app = SafetyStack::new()
        .timeout(Duration::from_secs(5))
        .auth(AuthLayer::new(Tokens::new("a-long-random-token").unwrap()))
        .rejection_response(move |rejection: &Rejection, response: Response| {
            counter.fetch_add(1, Ordering::Relaxed);
            match rejection.reason() {
                Reason::Unauthorized => {
                    (response.status(), "<h1>Sign in first</h1>").into_response()
                }
                _ => response,
            }
        })
        .apply(routes);
    let authed = |path: &str| {
        Request::get(path)
            .header("authorization", "Bearer a-long-random-token")
            .body(Body::empty())
            .unwrap()
    };

    // Replaced: the host's body, the crate's status and security headers,
    // and the typed rejection still in the extensions for outer layers.
    let response = app
        .clone()
        .oneshot(Request::get("/ok").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
    assert_eq!(
        response
            .extensions()
            .get::<Rejection>()
            .map(Rejection::reason),
        Some(Reason::Unauthorized)
    );
    let body = to_bytes(response.into_body(), usize::MAX).await.unwrap();
    assert_eq!(&body[..], b"<h1>Sign in first</h1>");

    // Passed on as the crate made it: the timeout's JSON.
    let (status, headers, body) = call(&app, authed("/slow")).await;
    assert_eq!(status, StatusCode::REQUEST_TIMEOUT);
    assert_refusal(
        &body,
        "request_timeout",
        headers["x-request-id"].to_str().unwrap(),
    );
    assert_eq!(seen.load(Ordering::Relaxed), 2);

    // Not a refusal: the hook is not called.
    let (status, _, body) = call(&app, authed("/ok")).await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "ok"));
    assert_eq!(seen.load(Ordering::Relaxed), 2);
}

#[tokio::test]
async fn as_a_layer_it_wraps_any_service_in_a_service_builder() {
    use agent_hardening::http::auth::{AuthLayer, Tokens};
    use tower::{ServiceBuilder, service_fn};

    let service = ServiceBuilder::new()
        .layer(
            SafetyStack::new()
                .body_limit(16)
                .without_origin_check()
                .auth(AuthLayer::new(Tokens::new("a-long-random-token").unwrap())),
        )
        .service(service_fn(|request: Request<Body>| async move {
            let body = to_bytes(request.into_body(), usize::MAX)
                .await
                .map(|b| b.len())
                .unwrap_or_default();
            // Any response axum can send: here a plain `Response<String>`.
            Ok::<_, std::convert::Infallible>(http::Response::new(body.to_string()))
        }));
    let post = |body: &'static str, token: Option<&str>| {
        let mut request = Request::post("/anything").header("content-length", body.len());
        if let Some(token) = token {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        request.body(Body::from(body)).unwrap()
    };
    let response = service.clone().oneshot(post("hello", None)).await.unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(response.headers()["x-frame-options"], "DENY");
    let response = service
        .clone()
        .oneshot(post("hello", Some("a-long-random-token")))
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let body = to_bytes(response.into_body(), usize::MAX).await.unwrap();
    assert_eq!(&body[..], b"5");
    let response = service
        .oneshot(post(
            "a body longer than sixteen bytes",
            Some("a-long-random-token"),
        ))
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
}
