//! The record one scan leaves: what was scanned, with what, what was
//! found, and what went wrong. It is what the routes serve and what the
//! state file keeps.

use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

use super::CveStatus;
use crate::audit::time::{parse_rfc3339, rfc3339, unix_seconds};

/// The outcome of a scan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ScanStatus {
    /// Every configured scanner ran and none found an advisory.
    Clean,
    /// At least one scanner found an advisory (other scanners may have
    /// failed: see [`ScanRecord::error_message`]).
    Vulnerable,
    /// A scanner could not run and nothing was found by the others.
    Error,
    /// No scan has run.
    NeverRun,
}

/// One advisory that affects one package.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Finding {
    /// Where the package comes from: `crates.io`, `npm` or `PyPI`.
    pub ecosystem: String,
    /// The advisory's id (`RUSTSEC-2024-0001`, `GHSA-...`, `PYSEC-...`).
    pub advisory_id: String,
    /// Other ids of the same advisory (CVE, GHSA).
    pub aliases: Vec<String>,
    /// The affected package.
    pub package: String,
    /// The version in use, when the scanner says it.
    pub version: Option<String>,
    /// Version requirements that are not affected by the advisory.
    pub patched_versions: Vec<String>,
    /// `low`, `medium`, `high` or `critical`, when the advisory says.
    pub severity: Option<String>,
    /// The CVSS base score, when the advisory has a vector.
    pub cvss_score: Option<f64>,
    /// The advisory's title.
    pub title: String,
    /// Where to read more.
    pub url: Option<String>,
}

/// An informational advisory (unmaintained, unsound, a notice): worth
/// reading, not a vulnerability, and not counted in [`ScanRecord::cve_count`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AdvisoryWarning {
    /// `unmaintained`, `unsound` or `notice`.
    pub kind: String,
    /// The advisory's id.
    pub advisory_id: String,
    /// The package it is about.
    pub package: String,
    /// The version in use.
    pub version: String,
    /// The advisory's title.
    pub title: String,
}

/// What one scanner did in a scan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ScannerRun {
    /// `rustsec`, `npm audit` or `pip-audit`.
    pub scanner: String,
    /// The scanner's version, when it could be read.
    pub scanner_version: Option<String>,
    /// `clean`, `vulnerable` or `error`.
    pub status: ScanStatus,
    /// Advisories it found.
    pub findings: u32,
    /// How long it ran.
    pub duration_ms: u64,
    /// Why it could not run, if it could not.
    pub error_message: Option<String>,
}

/// One scan of the dependencies: what the cve routes serve and the state
/// file keeps.
///
/// ```
/// use agent_hardening::audit::cve::{ScanRecord, ScanStatus};
///
/// let record = ScanRecord::never_run();
/// assert_eq!(record.status, ScanStatus::NeverRun);
/// assert_eq!(record.cve_count, 0);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ScanRecord {
    /// The outcome.
    pub status: ScanStatus,
    /// Vulnerabilities found (one per advisory and package).
    pub cve_count: u32,
    /// Packages with at least one vulnerability.
    pub affected_packages: u32,
    /// The vulnerabilities.
    pub findings: Vec<Finding>,
    /// Informational advisories, kept apart from the vulnerabilities.
    pub warnings: Vec<AdvisoryWarning>,
    /// The in-process scanner and its version (`rustsec 0.34.1`).
    pub scanner_version: String,
    /// The newest advisory date in the database (`YYYY-MM-DD`): how fresh
    /// the database is, since a local checkout carries no fetch date.
    pub database_newest_advisory: Option<String>,
    /// `sha256:<hex>` of the lockfile scanned.
    pub lockfile_digest: Option<String>,
    /// Each scanner's part, in the order they ran.
    pub scanners: Vec<ScannerRun>,
    /// How long the whole scan took.
    pub duration_ms: u64,
    /// What went wrong, when something did (scanners' errors joined).
    pub error_message: Option<String>,
    /// When the scan finished, RFC 3339 UTC.
    pub generated_at: String,
}

impl ScanRecord {
    /// The record served before any scan has run.
    pub fn never_run() -> Self {
        Self {
            status: ScanStatus::NeverRun,
            cve_count: 0,
            affected_packages: 0,
            findings: Vec::new(),
            warnings: Vec::new(),
            scanner_version: super::scanner_version(),
            database_newest_advisory: None,
            lockfile_digest: None,
            scanners: Vec::new(),
            duration_ms: 0,
            error_message: None,
            generated_at: String::new(),
        }
    }

    /// A record of a scan that could not run at all.
    pub(crate) fn failed(message: impl Into<String>, at: SystemTime) -> Self {
        Self {
            status: ScanStatus::Error,
            error_message: Some(message.into()),
            generated_at: rfc3339(at),
            ..Self::never_run()
        }
    }

    /// How long ago the scan finished, at `now`; `None` before any scan or
    /// when the stamp does not read as a time.
    pub fn age_at(&self, now: SystemTime) -> Option<Duration> {
        let at = parse_rfc3339(&self.generated_at)?;
        Some(Duration::from_secs(unix_seconds(now).saturating_sub(at)))
    }

    /// Whether the scan is older than [`super::STALE_AFTER`] at `now` (a
    /// record that was never run is not stale: it is absent).
    pub fn is_stale_at(&self, now: SystemTime) -> bool {
        self.age_at(now).is_some_and(|age| age > super::STALE_AFTER)
    }

    /// The record as the shield reads it.
    pub fn to_status(&self, now: SystemTime) -> CveStatus {
        let age = self.age_at(now).unwrap_or(Duration::ZERO);
        match self.status {
            ScanStatus::NeverRun => CveStatus::NeverRun,
            ScanStatus::Clean => CveStatus::Clean { age },
            ScanStatus::Vulnerable => CveStatus::Vulnerable {
                packages: self.affected_packages,
                advisories: self.cve_count,
                age,
            },
            ScanStatus::Error => CveStatus::Error {
                message: self
                    .error_message
                    .clone()
                    .unwrap_or_else(|| "the scan failed".to_owned()),
            },
        }
    }
}
