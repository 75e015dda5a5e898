//! Dependency advisory scanning: the `cve-scan` signal's source.
//!
//! **Threat:** a vulnerable or malicious dependency, direct or transitive,
//! is one of the ways an agent service gets owned, and nobody looks at
//! advisories after the build. The service scans what it was built from
//! against an advisory database, keeps the records, and shows the latest
//! (and its age) in the shield and over HTTP.
//!
//! With the `cve` feature, [`CveScanner`] scans the service's `Cargo.lock`
//! in process against a local checkout of the RustSec advisory database
//! (`rustsec`, no git, no network), and a Node or Python side with
//! [`ExternalScanner`]s (`npm audit`, `pip-audit`), into one
//! [`ScanRecord`] per scan, kept in a state folder. Without the feature,
//! any scanner can feed the shield through [`CveSource`].
//!
//! ```no_run
//! # #[cfg(feature = "cve")] {
//! use std::sync::Arc;
//! use agent_hardening::audit::Shield;
//! use agent_hardening::audit::cve::{CveScanner, ExternalScanner};
//!
//! let scanner = CveScanner::builder()
//!     .advisory_db("/var/lib/advisory-db")
//!     .cargo_lock(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock")))
//!     .external(ExternalScanner::npm_audit("/srv/agent/ui"))
//!     .state_dir("/var/lib/my-agent")
//!     .build();
//! // The shield's scheduled audit scans weekly; the routes scan on demand.
//! let shield = Shield::builder().cve(Arc::new(scanner.clone())).build();
//! # }
//! ```
//!
//! See `docs/cve-scanning.md` for fetching and refreshing the database and
//! for what each status means.

use std::time::Duration;

#[cfg(feature = "cve")]
mod external;
#[cfg(feature = "cve")]
mod history;
#[cfg(feature = "cve")]
mod record;
#[cfg(all(feature = "cve", feature = "axum", feature = "tokio"))]
mod routes;
#[cfg(feature = "cve")]
mod rust;
#[cfg(feature = "cve")]
mod scanner;

#[cfg(feature = "cve")]
pub use external::{DEFAULT_SCANNER_TIMEOUT, ExternalScanner};
#[cfg(feature = "cve")]
pub use history::KEEP_SCANS;
#[cfg(feature = "cve")]
pub use record::{AdvisoryWarning, Finding, ScanRecord, ScanStatus, ScannerRun};
#[cfg(all(feature = "cve", feature = "axum", feature = "tokio"))]
pub use routes::cve_routes;
#[cfg(feature = "cve")]
pub use scanner::{CveScanner, CveScannerBuilder, DEFAULT_SCAN_EVERY, ScanInProgress};

/// The in-process scanner and its version, as records name it
/// (`rustsec 0.34.1`).
#[cfg(feature = "cve")]
fn scanner_version() -> String {
    format!("rustsec {}", rustsec::VERSION)
}

/// The state of the latest dependency scan, as the shield reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CveStatus {
    /// No scan has run yet.
    NeverRun,
    /// The latest scan found no known advisory.
    Clean {
        /// How long ago it ran.
        age: Duration,
    },
    /// The latest scan found advisories.
    Vulnerable {
        /// Packages with at least one advisory.
        packages: u32,
        /// Advisories found.
        advisories: u32,
        /// How long ago it ran.
        age: Duration,
    },
    /// The latest scan could not run (no database, a lockfile that does not
    /// parse, a scanner that failed).
    Error {
        /// What went wrong.
        message: String,
    },
}

/// Scans older than this are stale.
pub const STALE_AFTER: Duration = Duration::from_secs(14 * 24 * 3600);

/// A source of the latest scan's state, read on every audit.
///
/// ```
/// use agent_hardening::audit::{CveSource, CveStatus};
///
/// #[derive(Debug)]
/// struct NoScanner;
/// impl CveSource for NoScanner {
///     fn latest(&self) -> CveStatus {
///         CveStatus::NeverRun
///     }
/// }
/// assert_eq!(NoScanner.latest(), CveStatus::NeverRun);
/// ```
pub trait CveSource: Send + Sync + std::fmt::Debug {
    /// The state of the latest scan.
    fn latest(&self) -> CveStatus;

    /// Scans if a scan is due; the shield's scheduled task calls it before
    /// each audit. Sources that scan elsewhere keep the default, which does
    /// nothing.
    fn run_if_due(&self) {}
}
