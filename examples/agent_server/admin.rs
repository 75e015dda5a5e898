//! The operator's switches, flipped at run time: the approval mode and
//! the kill switch. The next tool call sees them; with a shared store
//! (`AGENT_REDIS_URL`) every replica sees them within a second.

use agent_hardening::approval::ApprovalMode;
use agent_hardening::guard::ToolGuard;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::replicas::Replicas;

/// `PUT /api/admin/approval-mode` with `{"mode": "off" | "smart" | "manual"}`.
pub(crate) async fn set_approval_mode(
    State(guard): State<ToolGuard>,
    State(replicas): State<Replicas>,
    Json(body): Json<Value>,
) -> Response {
    let requested = body.get("mode").and_then(Value::as_str).unwrap_or_default();
    let mode = match requested.parse::<ApprovalMode>() {
        Ok(mode) => mode,
        Err(error) => {
            return (
                StatusCode::UNPROCESSABLE_ENTITY,
                Json(json!({ "error": error.to_string() })),
            )
                .into_response();
        }
    };
    if let Some(Err(error)) = replicas.set_approval_mode(mode).await {
        // The other replicas cannot be told: nothing changes anywhere.
        return shared_store_unavailable(&error, "the approval mode is unchanged");
    }
    guard.mode().set(mode);
    tracing::warn!(%mode, "approval mode changed");
    Json(json!({ "mode": mode })).into_response()
}

/// `PUT /api/admin/kill-switch` with `{"active": true | false}`; `null`
/// clears this replica's override. With a shared store, `true` and `false`
/// pause and resume every replica.
pub(crate) async fn set_kill_switch(
    State(guard): State<ToolGuard>,
    State(replicas): State<Replicas>,
    Json(body): Json<Value>,
) -> Response {
    let Some(switch) = guard.kill_switch_handle() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let requested = match body.get("active") {
        Some(Value::Bool(on)) => Some(*on),
        Some(Value::Null) => None,
        _ => {
            return (
                StatusCode::UNPROCESSABLE_ENTITY,
                Json(json!({ "error": "expected {\"active\": true, false or null}" })),
            )
                .into_response();
        }
    };
    match requested {
        Some(on) => match replicas.set_kill_switch(on).await {
            None if on => switch.activate(),
            None => switch.deactivate(),
            Some(Ok(())) => {}
            Some(Err(error)) => {
                if on {
                    // A pause that cannot reach the others still pauses here.
                    switch.activate();
                    tracing::warn!("kill switch on for this replica only");
                }
                return shared_store_unavailable(
                    &error,
                    if on {
                        "paused this replica only"
                    } else {
                        "nothing was resumed"
                    },
                );
            }
        },
        None => switch.clear_override(),
    }
    tracing::warn!(active = switch.is_active(), "kill switch changed");
    Json(json!({ "active": switch.is_active() })).into_response()
}

fn shared_store_unavailable(error: &str, applied: &str) -> Response {
    tracing::warn!(error, applied, "admin change: shared store unavailable");
    (
        StatusCode::SERVICE_UNAVAILABLE,
        Json(json!({ "error": "shared_store_unavailable", "detail": error, "applied": applied })),
    )
        .into_response()
}
