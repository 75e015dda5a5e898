//! The dependency scanner: this server's own `Cargo.lock` (embedded at
//! build time) against the advisory database in `AGENT_ADVISORY_DB`, with
//! the records kept in `AGENT_STATE_DIR`.

use std::path::PathBuf;

use agent_hardening::audit::cve::CveScanner;

/// The scanner from the environment. Without `AGENT_ADVISORY_DB` nothing is
/// scanned on schedule and a scan on demand is an error record saying no
/// database is configured.
pub(crate) fn scanner() -> CveScanner {
    let state_dir = std::env::var_os("AGENT_STATE_DIR")
        .filter(|dir| !dir.is_empty())
        .map_or_else(
            || std::env::temp_dir().join("agent-hardening-demo"),
            PathBuf::from,
        );
    tracing::info!(state_dir = %state_dir.display(), "dependency scan records kept here");
    let mut builder = CveScanner::builder()
        .cargo_lock(include_str!("../../Cargo.lock"))
        .state_dir(state_dir);
    match std::env::var_os("AGENT_ADVISORY_DB").filter(|path| !path.is_empty()) {
        Some(path) => {
            tracing::info!(database = %PathBuf::from(&path).display(), "advisory database");
            builder = builder.advisory_db(path);
        }
        None => tracing::info!("AGENT_ADVISORY_DB is not set: dependency scans are off"),
    }
    builder.build()
}
