//! The operator's switches, flipped at run time: the approval mode and
//! the kill switch. The next tool call sees them.

use agent_hardening::approval::ApprovalMode;
use agent_hardening::guard::ToolGuard;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

/// `PUT /api/admin/approval-mode` with `{"mode": "off" | "smart" | "manual"}`.
pub(crate) async fn set_approval_mode(
    State(guard): State<ToolGuard>,
    Json(body): Json<Value>,
) -> Response {
    let requested = body.get("mode").and_then(Value::as_str).unwrap_or_default();
    match requested.parse::<ApprovalMode>() {
        Ok(mode) => {
            guard.mode().set(mode);
            tracing::warn!(%mode, "approval mode changed");
            Json(json!({ "mode": mode })).into_response()
        }
        Err(error) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            Json(json!({ "error": error.to_string() })),
        )
            .into_response(),
    }
}

/// `PUT /api/admin/kill-switch` with `{"active": true | false}`; `null`
/// follows `AGENT_KILL_SWITCH` again.
pub(crate) async fn set_kill_switch(
    State(guard): State<ToolGuard>,
    Json(body): Json<Value>,
) -> Response {
    let Some(switch) = guard.kill_switch_handle() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match body.get("active") {
        Some(Value::Bool(true)) => switch.activate(),
        Some(Value::Bool(false)) => switch.deactivate(),
        Some(Value::Null) => switch.clear_override(),
        _ => {
            return (
                StatusCode::UNPROCESSABLE_ENTITY,
                Json(json!({ "error": "expected {\"active\": true, false or null}" })),
            )
                .into_response();
        }
    }
    tracing::warn!(active = switch.is_active(), "kill switch changed");
    Json(json!({ "active": switch.is_active() })).into_response()
}
