//! The scanner over HTTP: the latest record with its age, and a scan on
//! demand. Mount behind the auth layer: the records name every vulnerable
//! dependency of the service.

use std::time::SystemTime;

use axum::Router;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::json;

use super::scanner::{CveScanner, ScanInProgress};
use crate::rejection::{Reason, Rejection};

/// `GET /api/security/cve-status` (the newest record, `age_seconds`, and
/// `stale` when it is older than 14 days) and `POST
/// /api/security/cve-scan` (scans now on a blocking thread, keeps the
/// record and answers with it; 409 while another scan runs). A scan that
/// fails is an `error` record with a 200: the route reports, it does not
/// fail.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// use axum::body::Body;
/// use axum::http::{Request, StatusCode};
/// use tower::ServiceExt;
/// use agent_hardening::audit::cve::{cve_routes, CveScanner};
///
/// let app = cve_routes(CveScanner::builder().build());
/// let response = app
///     .oneshot(Request::get("/api/security/cve-status").body(Body::empty()).unwrap())
///     .await
///     .unwrap();
/// assert_eq!(response.status(), StatusCode::OK);
/// # }
/// ```
pub fn cve_routes<S>(scanner: CveScanner) -> Router<S> {
    Router::new()
        .route("/api/security/cve-status", get(status))
        .route("/api/security/cve-scan", post(scan))
        .with_state(scanner)
}

async fn status(State(scanner): State<CveScanner>) -> Response {
    let record = scanner.latest_record();
    let now = SystemTime::now();
    axum::Json(json!({
        "age_seconds": record.age_at(now).map(|age| age.as_secs()),
        "stale": record.is_stale_at(now),
        "scanning": scanner.is_scanning(),
        "record": record,
    }))
    .into_response()
}

async fn scan(State(scanner): State<CveScanner>) -> Response {
    // Answer a second request at once rather than queue a blocking thread.
    if scanner.is_scanning() {
        return busy();
    }
    match tokio::task::spawn_blocking(move || scanner.scan()).await {
        Ok(Ok(record)) => axum::Json(record).into_response(),
        Ok(Err(ScanInProgress)) => busy(),
        Err(_) => Rejection::new(Reason::ScanInterrupted).into_response(),
    }
}

fn busy() -> Response {
    Rejection::new(Reason::ScanRunning).into_response()
}
