//! Where the `cve-scan` signal comes from: the latest scan of the
//! dependencies against an advisory database. The scanner itself plugs in
//! behind [`CveSource`].

use std::time::Duration;

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
}
