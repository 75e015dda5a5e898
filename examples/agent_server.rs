//! A small agent service with every agent-hardening part wired in.
//!
//! Run with `cargo run --example agent_server`. Without `AGENT_TOKEN` it
//! makes up a token and prints it once; then:
//!
//! ```text
//! curl -s http://127.0.0.1:8080/api/health
//! curl -s -X POST http://127.0.0.1:8080/api/tools/lookup_customer \
//!      -H "Authorization: Bearer $TOKEN" -H 'content-type: application/json' -d '{"customer_id":"c_42"}'
//! ```
//!
//! The tool answers with a customer record holding an email, a card number
//! and a Stripe key (all fake). The server logs the call and its result in
//! full, and every log line goes through `RedactingMakeWriter`, so the log
//! shows masks where the secrets were.
//!
//! Requests pass the whole request-safety stack (request ids, security
//! headers, panic catching, a 30 s timeout, a 64 KiB body limit, origin
//! checks). Every route but `/api/health` and the CSP report endpoint needs
//! the bearer token, including the
//! `GET /ws` echo WebSocket (which also takes it as `Sec-WebSocket-Protocol:
//! bearer, <token>`). Ten wrong tokens in five minutes lock the caller out for
//! fifteen.
//!
//! Settings (environment):
//! - `AGENT_BIND`: where to listen (default `127.0.0.1:8080`).
//! - `AGENT_DEV_MODE`: `true`/`1`/`yes`/`on` for development mode; the server
//!   then refuses to start on anything but a loopback address, and serves
//!   `GET /api/debug/panic` to show the sanitised 500.
//! - `AGENT_TOKEN`, `AGENT_TOKEN_PREV`: the current and previous bearer
//!   tokens (see `docs/rotation.md`).
//! - `AGENT_TRUSTED_PROXIES`: comma-separated CIDRs whose forwarding headers
//!   are believed (default: none).
//! - `AGENT_AUTH_MAX_FAILURES`, `AGENT_AUTH_WINDOW_SECS`,
//!   `AGENT_AUTH_LOCKOUT_SECS`: the lockout policy (defaults 10, 300, 900).
//! - `AGENT_CSP_MODE`: `report-only` (default) or `enforce` for the
//!   Content-Security-Policy the server sends with its security headers.
//! - `AGENT_ALLOWED_ORIGINS`: comma-separated origins (besides the server's
//!   own) whose browsers may send state-changing requests and open `/ws`.
//! - `RUST_LOG`: the log level (default `info`).
//!
//! Ctrl-C or SIGTERM stops it after in-flight requests finish.

use std::io::Read;
use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::time::Duration;

use agent_hardening::http::TrustedProxies;
use agent_hardening::http::auth::{AuthLayer, Tokens};
use agent_hardening::http::headers::{
    Csp, CspReportEndpoint, DEFAULT_REPORT_PATH, SecurityHeadersLayer,
};
use agent_hardening::http::health;
use agent_hardening::http::origin::OriginCheckLayer;
use agent_hardening::http::stack::SafetyStack;
use agent_hardening::redact::RedactingMakeWriter;
use agent_hardening::startup;
use agent_hardening::store::LockoutPolicy;
use axum::extract::Path;
use axum::extract::ws::{WebSocket, WebSocketUpgrade};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{Value, json};
use tracing_subscriber::EnvFilter;

const DEFAULT_BIND: &str = "127.0.0.1:8080";

/// Tool calls are small JSON objects: 64 KiB is plenty.
const BODY_LIMIT: usize = 64 * 1024;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(RedactingMakeWriter::new(std::io::stdout))
        .init();
    // Panic messages go through the redacting log writer too, not raw stderr.
    std::panic::set_hook(Box::new(
        |info| tracing::error!(panic = %info, "handler panicked"),
    ));

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

    let auth = auth_layer()?;
    let headers = headers_layer()?;
    let origins = origin_layer()?;

    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!(addr = %listener.local_addr()?, "agent server listening");
    axum::serve(
        listener,
        app(auth, origins, headers, dev_mode).into_make_service_with_connect_info::<SocketAddr>(),
    )
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

/// The auth layer from the environment. Without `AGENT_TOKEN`, a random
/// token is made up and printed once: the only place a token is printed.
fn auth_layer() -> Result<AuthLayer, Box<dyn std::error::Error>> {
    let tokens = match Tokens::from_env() {
        Ok(tokens) => tokens,
        Err(agent_hardening::http::ConfigError::MissingToken { .. }) => {
            let token = random_token()?;
            println!("AGENT_TOKEN is not set; this run accepts the bearer token {token}");
            Tokens::new(token)?
        }
        Err(error) => return Err(error.into()),
    };
    let proxies =
        TrustedProxies::from_list(&std::env::var("AGENT_TRUSTED_PROXIES").unwrap_or_default())?;
    let defaults = LockoutPolicy::default();
    let max_failures = env_number(
        "AGENT_AUTH_MAX_FAILURES",
        u64::from(defaults.max_failures().get()),
    )?;
    let policy = LockoutPolicy::new(
        NonZeroU32::new(u32::try_from(max_failures)?)
            .ok_or("AGENT_AUTH_MAX_FAILURES must be at least 1")?,
        Duration::from_secs(env_number(
            "AGENT_AUTH_WINDOW_SECS",
            defaults.window().as_secs(),
        )?),
        Duration::from_secs(env_number(
            "AGENT_AUTH_LOCKOUT_SECS",
            defaults.lockout().as_secs(),
        )?),
    );
    Ok(AuthLayer::new(tokens)
        .trusted_proxies(proxies)
        .lockout(policy)
        .websocket_subprotocol_token(true))
}

fn env_number(name: &str, default: u64) -> Result<u64, String> {
    match std::env::var(name) {
        Ok(value) => value
            .trim()
            .parse()
            .map_err(|e| format!("{name}={value:?}: {e}")),
        Err(_) => Ok(default),
    }
}

/// 32 random bytes from the OS, hex encoded.
fn random_token() -> std::io::Result<String> {
    let mut bytes = [0u8; 32];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Security headers with a CSP for an API that serves no pages, sent in
/// report-only mode unless `AGENT_CSP_MODE=enforce`. Browsers report
/// violations to the report endpoint.
fn headers_layer() -> Result<SecurityHeadersLayer, Box<dyn std::error::Error>> {
    let policy = Csp::strict()
        .report_to("csp", DEFAULT_REPORT_PATH)
        .build()?;
    match std::env::var("AGENT_CSP_MODE").as_deref().map(str::trim) {
        Err(_) | Ok("report-only") => Ok(SecurityHeadersLayer::new().csp_report_only(policy)),
        Ok("enforce") => Ok(SecurityHeadersLayer::new().csp_enforce(policy)),
        Ok(other) => Err(format!("AGENT_CSP_MODE={other:?}: use report-only or enforce").into()),
    }
}

/// Same-origin browsers, plus `AGENT_ALLOWED_ORIGINS`.
fn origin_layer() -> Result<OriginCheckLayer, Box<dyn std::error::Error>> {
    let allowed = std::env::var("AGENT_ALLOWED_ORIGINS").unwrap_or_default();
    let mut layer = OriginCheckLayer::new();
    for origin in allowed.split(',').map(str::trim).filter(|o| !o.is_empty()) {
        layer = layer
            .trust(origin)
            .map_err(|e| format!("AGENT_ALLOWED_ORIGINS: {e}"))?;
    }
    Ok(layer)
}

fn app(
    auth: AuthLayer,
    origins: OriginCheckLayer,
    headers: SecurityHeadersLayer,
    dev_mode: bool,
) -> Router {
    let mut protected = Router::new()
        .route("/api/tools/{name}", post(call_tool))
        .route("/ws", get(websocket))
        .fallback(not_found);
    if dev_mode {
        // Shows what a panic looks like to a client: a bare 500.
        protected = protected.route(
            "/api/debug/panic",
            get(|| async { panic!("debug panic route") as &str }),
        );
    }
    // Browsers post CSP reports without a token, and health checks need
    // none: both are public, with every other protection of the stack.
    let public = health::routes().route_service(DEFAULT_REPORT_PATH, CspReportEndpoint::new());
    SafetyStack::new()
        .security_headers(Some(headers))
        .origin_check(Some(origins))
        .auth(Some(auth))
        .body_limit(Some(BODY_LIMIT))
        .public(public)
        .apply(protected)
}

async fn not_found() -> (StatusCode, Json<Value>) {
    (StatusCode::NOT_FOUND, Json(json!({ "error": "not_found" })))
}

/// An echo WebSocket, behind the same auth layer as the API.
async fn websocket(upgrade: WebSocketUpgrade) -> Response {
    upgrade.on_upgrade(echo)
}

async fn echo(mut socket: WebSocket) {
    while let Some(Ok(message)) = socket.recv().await {
        if socket.send(message).await.is_err() {
            break;
        }
    }
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
