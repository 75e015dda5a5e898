//! A small agent service with every agent-hardening part wired in.
//!
//! Run with `cargo run --example agent_server`, then:
//!
//! ```text
//! curl -s http://127.0.0.1:8080/api/health
//! curl -s -X POST http://127.0.0.1:8080/api/tools/lookup_customer -d '{"customer_id":"c_42"}'
//! ```
//!
//! The tool answers with a customer record holding an email, a card number
//! and a Stripe key (all fake). The server logs the call and its result in
//! full, and every log line goes through `RedactingMakeWriter`, so the log
//! shows masks where the secrets were.
//!
//! Settings (environment):
//! - `AGENT_BIND`: where to listen (default `127.0.0.1:8080`).
//! - `AGENT_DEV_MODE`: `true`/`1`/`yes`/`on` for development mode; the server
//!   then refuses to start on anything but a loopback address.
//! - `RUST_LOG`: the log level (default `info`).
//!
//! Ctrl-C or SIGTERM stops it after in-flight requests finish.

use std::net::SocketAddr;

use agent_hardening::redact::RedactingMakeWriter;
use agent_hardening::startup;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{Value, json};
use tracing_subscriber::EnvFilter;

const DEFAULT_BIND: &str = "127.0.0.1:8080";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(RedactingMakeWriter::new(std::io::stdout))
        .init();

    let bind = std::env::var("AGENT_BIND").unwrap_or_else(|_| DEFAULT_BIND.to_owned());
    let dev_mode = std::env::var("AGENT_DEV_MODE").is_ok_and(|v| is_truthy(&v));
    // Before binding: dev mode on a public address never opens a socket.
    if let Err(refusal) = startup::guard(dev_mode, &bind) {
        tracing::error!("{refusal}");
        std::process::exit(1);
    }
    let addr: SocketAddr = bind
        .parse()
        .map_err(|e| format!("AGENT_BIND={bind:?} is not an address: {e}"))?;

    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!(addr = %listener.local_addr()?, "agent server listening");
    axum::serve(listener, app())
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    tracing::info!("agent server stopped");
    Ok(())
}

/// `true`, `1`, `yes` or `on`, in any case.
fn is_truthy(value: &str) -> bool {
    ["true", "1", "yes", "on"]
        .iter()
        .any(|t| value.trim().eq_ignore_ascii_case(t))
}

fn app() -> Router {
    Router::new()
        .route("/api/health", get(health))
        .route("/api/tools/{name}", post(call_tool))
}

/// Liveness only: no version, no configuration, nothing secret.
async fn health() -> Json<Value> {
    Json(json!({ "status": "ok" }))
}

async fn call_tool(Path(name): Path<String>, body: Option<Json<Value>>) -> Response {
    let args = body.map_or(Value::Null, |Json(v)| v);
    tracing::info!(tool = %name, args = %args, "tool call");
    match name.as_str() {
        "lookup_customer" => {
            let record = lookup_customer(&args);
            // Logged verbatim on purpose: the writer masks the secrets.
            tracing::info!(tool = %name, result = %record, "tool result");
            Json(record).into_response()
        }
        _ => {
            tracing::warn!(tool = %name, "unknown tool");
            (
                StatusCode::NOT_FOUND,
                Json(json!({ "error": "unknown_tool" })),
            )
                .into_response()
        }
    }
}

/// A fake CRM lookup whose record holds the kind of data that must never
/// reach a log: an email, a card number and a live payment key.
fn lookup_customer(args: &Value) -> Value {
    let id = args
        .get("customer_id")
        .and_then(Value::as_str)
        .unwrap_or("c_42");
    json!({
        "customer_id": id,
        "name": "Ana Example",
        "email": "ana.example@example.com",
        "card_number": "4242 4242 4242 4242",
        "billing_api_key": "sk_live_51DemoOnlyNotARealKey0000000000",
    })
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutdown requested, draining in-flight requests");
}
