//! Outside text through the untrusted-content gate: the ingest route and
//! the gate's coverage.

use std::sync::Arc;

use agent_hardening::gate::Gate;
use agent_hardening::rejection::{Reason, Rejection};
use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::tools::TOOLS;

/// Where outside text enters this agent. Coverage reports which of them
/// have passed text through the gate.
const INGEST_SOURCES: &[&str] = &["email_body", "web_fetch", "customer_row"];

/// A gate that also knows this agent's tool names, so that text asking to
/// call one of them is flagged.
pub(crate) fn ingest_gate() -> Gate {
    let gate = Gate::new().tool_names(TOOLS);
    gate.declare_sources(INGEST_SOURCES);
    gate
}

/// `POST /api/ingest/{source}` with outside text as the body: the gate's
/// verdict and the block to paste into the prompt.
pub(crate) async fn ingest(
    State(gate): State<Arc<Gate>>,
    Path(source): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let body = match body {
        Ok(body) => body,
        // Over the body limit (413), or the connection failed mid-body.
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return Rejection::new(Reason::BodyTooLarge).into_response();
        }
        Err(_) => return Rejection::new(Reason::UnreadableBody).into_response(),
    };
    let Ok(text) = std::str::from_utf8(&body) else {
        return Rejection::new(Reason::UnreadableBody)
            .with_message("The body is not UTF-8 text.")
            .into_response();
    };
    let gated = gate.gate(text, &source);
    if gated.flagged {
        let reasons: Vec<&str> = gated.flag_reasons.iter().map(|r| r.id()).collect();
        tracing::warn!(source = %gated.source, reasons = %reasons.join(","), "untrusted text flagged");
    }
    Json(json!({
        "source": gated.source,
        "flagged": gated.flagged,
        "flag_reasons": gated.flag_reasons,
        "prompt": gated.to_prompt(),
    }))
    .into_response()
}

/// `GET /api/gate/coverage`: the declared ingest sources, which of them
/// have passed text through the gate, and which have not.
pub(crate) async fn gate_coverage(State(gate): State<Arc<Gate>>) -> Json<Value> {
    let report = gate.coverage();
    Json(json!({
        "coverage": report.to_string(),
        "declared": report.declared,
        "seen": report.seen,
        "missing": report.missing,
    }))
}
