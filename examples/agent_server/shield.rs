//! The self-audit shield, wired to this server's real parts: it reads the
//! kill switch, the approval mode, the auth layer, the gate, the log
//! writer, the dependency scanner and the rest live, and serves the report under
//! `/api/security/*` and the page at `/security`.

use std::sync::Arc;

use agent_hardening::audit::cve::CveScanner;
use agent_hardening::audit::{Attestation, DEFAULT_LLM_KEY_VARS, Shield, ShieldBuilder};
use agent_hardening::gate::Gate;
use agent_hardening::guard::ToolGuard;
use agent_hardening::http::auth::AuthLayer;
use agent_hardening::http::headers::SecurityHeadersLayer;
use agent_hardening::http::origin::OriginCheckLayer;
use agent_hardening::redact::RedactionStats;
use agent_hardening::store::SharedStoreHealth;

/// The parts the shield reads.
pub(crate) struct Parts<'a> {
    pub(crate) guard: &'a ToolGuard,
    pub(crate) auth: &'a AuthLayer,
    pub(crate) headers: &'a SecurityHeadersLayer,
    pub(crate) origins: &'a OriginCheckLayer,
    pub(crate) gate: &'a Gate,
    pub(crate) log: RedactionStats,
    pub(crate) cve: &'a CveScanner,
    pub(crate) dev_mode: bool,
    pub(crate) bind: &'a str,
    pub(crate) shared_store: Option<SharedStoreHealth>,
}

/// The shield over `parts`, with the LLM key variables from
/// `AGENT_LLM_KEY_VARS` and the attestations from
/// `AGENT_ATTEST_TOKEN_SCOPES` and `AGENT_ATTEST_DB_READONLY`
/// (`who;why;YYYY-MM-DD`). With `DATABASE_URL_READONLY` set (and the
/// `postgres` feature), the database role is checked at start-up instead.
pub(crate) async fn shield(parts: Parts<'_>) -> Result<Shield, Box<dyn std::error::Error>> {
    let key_vars = std::env::var("AGENT_LLM_KEY_VARS").unwrap_or_default();
    let mut key_vars: Vec<&str> = key_vars
        .split(',')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .collect();
    if key_vars.is_empty() {
        key_vars = DEFAULT_LLM_KEY_VARS.to_vec();
    }
    let mut builder = Shield::builder()
        .approval_mode(parts.guard.mode().clone())
        .hardline_blocklist()
        .llm_key_vars(&key_vars)
        .auth(parts.auth)
        .dev_mode(parts.dev_mode, parts.bind)
        .gate(parts.gate)
        .log_redaction(parts.log)
        .subprocess_envs()
        .security_headers(parts.headers)
        .origin_check(parts.origins)
        .cve(Arc::new(parts.cve.clone()));
    if let Some(switch) = parts.guard.kill_switch_handle() {
        builder = builder.kill_switch(switch.clone());
    }
    if let Some(health) = parts.shared_store {
        builder = builder.shared_store(health);
    }
    if let Some(attestation) = attestation("AGENT_ATTEST_TOKEN_SCOPES")? {
        builder = builder.token_scopes(attestation);
    }
    if let Some(attestation) = attestation("AGENT_ATTEST_DB_READONLY")? {
        builder = builder.db_readonly_role(attestation);
    }
    builder = verify_database_role(builder).await?;
    Ok(builder.build())
}

/// Proves the role of `DATABASE_URL_READONLY` cannot write, if it is set.
async fn verify_database_role(
    builder: ShieldBuilder,
) -> Result<ShieldBuilder, Box<dyn std::error::Error>> {
    let Some(dsn) = std::env::var("DATABASE_URL_READONLY")
        .ok()
        .filter(|d| !d.trim().is_empty())
    else {
        return Ok(builder);
    };
    #[cfg(feature = "postgres")]
    {
        match agent_hardening::audit::db_role::verify_readonly(&dsn).await {
            Ok(verdict) => {
                if verdict.is_read_only() {
                    tracing::info!(%verdict, "database role verified read-only");
                } else {
                    tracing::error!(%verdict, "the agent's database role can write");
                }
                Ok(builder.db_readonly_verified(verdict))
            }
            Err(error) => {
                tracing::warn!(%error, "DATABASE_URL_READONLY could not be checked");
                Ok(builder)
            }
        }
    }
    #[cfg(not(feature = "postgres"))]
    {
        let _ = dsn;
        Err("DATABASE_URL_READONLY is set but this build cannot check it: run with --features postgres".into())
    }
}

/// The attestation in `variable`, if it is set.
fn attestation(variable: &str) -> Result<Option<Attestation>, String> {
    match std::env::var(variable) {
        Ok(value) if !value.trim().is_empty() => value
            .parse()
            .map(Some)
            .map_err(|e| format!("{variable}: {e}")),
        _ => Ok(None),
    }
}
