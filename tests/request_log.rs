//! The log of one request: every line the handler and the stack's layers
//! write while serving it carries its `request_id`, so an operator can
//! pull one request's story out of a busy log. (Its own test binary: the
//! log sink is the process's global subscriber.)

mod log_support;

use agent_hardening::http::auth::{AuthLayer, Tokens};
use agent_hardening::http::headers::SecurityHeadersLayer;
use agent_hardening::http::stack::SafetyStack;
use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::routing::get;
use log_support::Captured;
use tower::ServiceExt;

fn app() -> Router {
    let routes = Router::new()
        .route(
            "/order",
            get(|| async {
                tracing::info!("handler: looking up the order");
                tracing::warn!("handler: the upstream answered slowly");
                "order"
            }),
        )
        .route("/panic", get(|| async { panic!("handler bug") as &str }));
    SafetyStack::new()
        .security_headers(SecurityHeadersLayer::new())
        .auth(AuthLayer::new(
            Tokens::new("a-long-random-token-for-tests").unwrap(),
        ))
        .apply(routes)
}

async fn status_and_id(app: &Router, request: Request<Body>) -> (StatusCode, String) {
    let response = app.clone().oneshot(request).await.unwrap();
    let id = response.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    (response.status(), id)
}

#[tokio::test]
async fn every_log_line_of_a_request_carries_its_id() {
    let captured = Captured::default();
    let sink = captured.clone();
    tracing::subscriber::set_global_default(
        tracing_subscriber::fmt()
            .with_writer(move || sink.clone())
            .with_max_level(tracing::Level::TRACE)
            .with_ansi(false)
            .finish(),
    )
    .unwrap();

    let app = app();
    let bearer = "Bearer a-long-random-token-for-tests";
    let (status, id) = status_and_id(
        &app,
        Request::get("/order")
            .header("authorization", bearer)
            .header("x-request-id", "req-order-314")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!((status, id.as_str()), (StatusCode::OK, "req-order-314"));
    // A request without an id is given one, and its lines carry that one:
    // the auth layer's warning (no peer address) and the panic handler's.
    let (status, made) = status_and_id(
        &app,
        Request::get("/panic")
            .header("authorization", bearer)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);

    let log = captured.text();
    let lines: Vec<&str> = log.lines().filter(|l| !l.trim().is_empty()).collect();
    let of = |needle: &str| -> Vec<&str> {
        lines
            .iter()
            .copied()
            .filter(|l| l.contains(needle))
            .collect()
    };
    let handler = of("handler: ");
    assert_eq!(handler.len(), 2, "{log}");
    assert!(
        handler
            .iter()
            .all(|l| l.contains("request_id=req-order-314")),
        "{log}"
    );
    let panicked = of("handler panicked");
    assert_eq!(panicked.len(), 1, "{log}");
    assert!(panicked[0].contains(&format!("request_id={made}")), "{log}");
    let auth = of("auth: ");
    assert!(!auth.is_empty(), "the auth layer wrote nothing: {log}");
    // Every line of the log belongs to one of the two requests, by its id.
    let theirs = |l: &&str| {
        l.contains("request_id=req-order-314") || l.contains(&format!("request_id={made}"))
    };
    assert!(lines.iter().all(theirs), "{log}");
}
