//! The shield over HTTP: the report as JSON or SARIF, an audit on demand,
//! the recent alerts, and a small page that shows them.
//!
//! [`routes`] are the data: mount them behind the auth layer and the
//! origin check. [`page_routes`] are a public shell (the page and its
//! script and stylesheet) that shows nothing until the operator types the
//! token into it; they send their own enforcing CSP ([`Csp::starter`]:
//! same-origin script, style and fetches, nothing inline).

use axum::Router;
use axum::extract::State;
use axum::http::header::{CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE};
use axum::http::{HeaderValue, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::json;

use super::Shield;
use super::sarif::to_sarif;
use crate::http::headers::Csp;
use crate::rejection::{Reason, Rejection};

/// The page, its script and its stylesheet.
const PAGE: &str = include_str!("page/shield.html");
const SCRIPT: &str = include_str!("page/shield.js");
const STYLE: &str = include_str!("page/shield.css");

/// `GET /api/security/status` (the signals read now; `?format=json`, the
/// default, or `?format=sarif`; another format is a 400), `POST
/// /api/security/audit` (runs the audit now: the report is kept in the
/// history and alerts fire on drift; answers with the report) and `GET
/// /api/security/alerts` (the kept alerts, newest first).
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// use axum::body::Body;
/// use axum::http::{Request, StatusCode};
/// use tower::ServiceExt;
/// use agent_hardening::audit::{routes, Shield};
///
/// let app = routes(Shield::builder().build());
/// let response = app
///     .oneshot(Request::get("/api/security/status?format=yaml").body(Body::empty()).unwrap())
///     .await
///     .unwrap();
/// assert_eq!(response.status(), StatusCode::BAD_REQUEST);
/// # }
/// ```
pub fn routes<S>(shield: Shield) -> Router<S> {
    Router::new()
        .route("/api/security/status", get(status))
        .route("/api/security/audit", post(audit))
        .route("/api/security/alerts", get(alerts))
        .with_state(shield)
}

/// `GET /security`, `/security/shield.js` and `/security/shield.css`: the
/// shield page. It holds no data; it asks the routes above for it with the
/// token the operator types in (kept in the tab's `sessionStorage`).
pub fn page_routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new()
        .route(
            "/security",
            get(|| async { asset(PAGE, "text/html; charset=utf-8") }),
        )
        .route(
            "/security/shield.js",
            get(|| async { asset(SCRIPT, "text/javascript; charset=utf-8") }),
        )
        .route(
            "/security/shield.css",
            get(|| async { asset(STYLE, "text/css; charset=utf-8") }),
        )
}

fn asset(body: &'static str, content_type: &'static str) -> Response {
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(policy) = Csp::starter().build()
        && let Ok(value) = HeaderValue::from_str(policy.header_value())
    {
        headers.insert(CONTENT_SECURITY_POLICY, value);
    }
    response
}

/// The query's `format`, if any.
fn format(uri: &Uri) -> Option<&str> {
    uri.query()?
        .split('&')
        .find_map(|pair| pair.strip_prefix("format="))
}

async fn status(State(shield): State<Shield>, uri: Uri) -> Response {
    let report = shield.read();
    match format(&uri) {
        None | Some("json") => axum::Json(report).into_response(),
        Some("sarif") => axum::Json(to_sarif(&report)).into_response(),
        Some(_) => Rejection::new(Reason::UnknownFormat).into_response(),
    }
}

async fn audit(State(shield): State<Shield>) -> Response {
    axum::Json(shield.audit()).into_response()
}

async fn alerts(State(shield): State<Shield>) -> Response {
    axum::Json(json!({ "alerts": shield.alerts() })).into_response()
}
