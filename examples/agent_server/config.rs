//! Settings from the environment: the bind address, the bearer tokens
//! and lockout policy, the CSP mode, the trusted origins, the approval
//! mode, the caps and the kill switch.

use std::io::Read;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use agent_hardening::approval::{ApprovalMode, ModeSwitch};
use agent_hardening::caps::Caps;
use agent_hardening::guard::ToolGuard;
use agent_hardening::http::TrustedProxies;
use agent_hardening::http::auth::{AuthLayer, Tokens};
use agent_hardening::http::headers::{Csp, DEFAULT_REPORT_PATH, SecurityHeadersLayer};
use agent_hardening::http::origin::OriginCheckLayer;
use agent_hardening::kill_switch::KillSwitch;
use agent_hardening::store::{CallStore, LockoutPolicy, LockoutStore};

/// Where the server listens unless `AGENT_BIND` says otherwise.
pub(crate) const DEFAULT_BIND: &str = "127.0.0.1:8080";

/// Seconds between the shield's scheduled audits (`AGENT_AUDIT_INTERVAL_SECS`,
/// default 300).
pub(crate) fn audit_interval_secs() -> Result<u64, String> {
    env_number("AGENT_AUDIT_INTERVAL_SECS", 300)
}

/// Seconds a request may take before a 408 (`AGENT_REQUEST_TIMEOUT_SECS`,
/// default 120: a model turn with a few tool calls).
pub(crate) fn request_timeout_secs() -> Result<u64, String> {
    env_number("AGENT_REQUEST_TIMEOUT_SECS", 120)
}

/// Tool calls are small JSON objects: 64 KiB is plenty.
pub(crate) const BODY_LIMIT: usize = 64 * 1024;

/// The checks before every tool call: `AGENT_KILL_SWITCH`, the approval
/// mode from `AGENT_APPROVAL_MODE`, the seed caps plus one for `run_shell`,
/// counted in `calls` when the replicas share a store.
pub(crate) fn tool_guard(
    calls: Option<Arc<dyn CallStore>>,
) -> Result<ToolGuard, Box<dyn std::error::Error>> {
    let mode = ModeSwitch::from_env("AGENT_APPROVAL_MODE", ApprovalMode::Smart)?;
    tracing::info!(mode = %mode.get(), "approval mode");
    let per_hour = NonZeroU32::new(60).ok_or("a cap is at least 1")?;
    let mut caps = Caps::recommended().cap("run_shell", per_hour, Duration::from_secs(3600));
    if let Some(calls) = calls {
        caps = caps.store(calls);
    }
    Ok(ToolGuard::new()
        .kill_switch(KillSwitch::new("AGENT").agent_name("The demo agent"))
        .approval(mode)
        .caps(caps)
        .command_tool("run_shell", "command"))
}

/// The auth layer from the environment, counting failures in `lockouts`
/// when the replicas share a store. Without `AGENT_TOKEN`, a random token
/// is made up and printed once: the only place a token is printed.
pub(crate) fn auth_layer(
    lockouts: Option<Arc<dyn LockoutStore>>,
) -> Result<AuthLayer, Box<dyn std::error::Error>> {
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
    let mut layer = AuthLayer::new(tokens)
        .trusted_proxies(proxies)
        .lockout(policy)
        .websocket_subprotocol_token(true);
    if let Some(lockouts) = lockouts {
        layer = layer.store(lockouts);
    }
    Ok(layer)
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
pub(crate) fn headers_layer() -> Result<SecurityHeadersLayer, Box<dyn std::error::Error>> {
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
pub(crate) fn origin_layer() -> Result<OriginCheckLayer, Box<dyn std::error::Error>> {
    let allowed = std::env::var("AGENT_ALLOWED_ORIGINS").unwrap_or_default();
    let mut layer = OriginCheckLayer::new();
    for origin in allowed.split(',').map(str::trim).filter(|o| !o.is_empty()) {
        layer = layer
            .trust(origin)
            .map_err(|e| format!("AGENT_ALLOWED_ORIGINS: {e}"))?;
    }
    Ok(layer)
}
