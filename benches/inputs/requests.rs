//! Requests for the auth benches.

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::ConnectInfo;
use http::Request;

/// The token the benched `AuthLayer`s accept.
pub(crate) const TOKEN: &str = "bench-token-0123456789abcdef0123456789";

/// A request from `peer` with the accepted bearer token, as axum would
/// hand it over (`ConnectInfo` set).
pub(crate) fn bearer_request(peer: SocketAddr) -> Request<Body> {
    let mut request = Request::builder()
        .uri("/api/chat")
        .header("authorization", format!("Bearer {TOKEN}"))
        .body(Body::empty())
        .unwrap_or_default();
    request.extensions_mut().insert(ConnectInfo(peer));
    request
}
