//! A liveness check that tells nothing.
//!
//! **Threat:** health endpoints that report versions, dependency states,
//! configuration or hostnames to anyone, which fingerprints the service for
//! an attacker. This one answers `{"status":"ok"}` and nothing else, needs
//! no token, and is meant to be mounted as a public route.
//!
//! ```
//! use agent_hardening::http::health::{HEALTH_PATH, routes};
//! use axum::Router;
//!
//! let app: Router = Router::new().merge(routes());
//! assert_eq!(HEALTH_PATH, "/api/health");
//! ```

use ::http::header::CONTENT_TYPE;
use axum::Router;
use axum::response::IntoResponse;
use axum::routing::get;

/// Where [`routes`] serves the check.
pub const HEALTH_PATH: &str = "/api/health";

/// `GET /api/health` -> `200 {"status":"ok"}`.
pub fn routes() -> Router {
    Router::new().route(HEALTH_PATH, get(liveness))
}

/// The handler: liveness only, no versions, no configuration, no secrets.
pub async fn liveness() -> impl IntoResponse {
    ([(CONTENT_TYPE, "application/json")], r#"{"status":"ok"}"#)
}
