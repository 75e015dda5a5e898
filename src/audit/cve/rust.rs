//! The in-process scan: a `Cargo.lock` against a local checkout of the
//! RustSec advisory database, with `rustsec` (no git, no network).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::str::FromStr;

use rustsec::advisory::Informational;
use rustsec::report::{Report, Settings};
use rustsec::{Database, Lockfile};
use sha2::{Digest, Sha256};

use super::record::{AdvisoryWarning, Finding};

/// What the Rust scan found, or why it could not run.
pub(super) struct RustScan {
    pub(super) findings: Vec<Finding>,
    pub(super) warnings: Vec<AdvisoryWarning>,
    pub(super) newest_advisory: Option<String>,
    pub(super) lockfile_digest: Option<String>,
    pub(super) error: Option<String>,
}

impl RustScan {
    /// A scan that could not start (no lockfile to read).
    pub(super) fn failed(error: String) -> Self {
        Self {
            findings: Vec::new(),
            warnings: Vec::new(),
            newest_advisory: None,
            lockfile_digest: None,
            error: Some(error),
        }
    }
}

/// `sha256:<hex>` of the lockfile's bytes.
pub(super) fn digest(lockfile: &str) -> String {
    let hash = Sha256::digest(lockfile.as_bytes());
    let mut text = String::with_capacity(7 + 64);
    text.push_str("sha256:");
    for byte in hash {
        text.push_str(&format!("{byte:02x}"));
    }
    text
}

/// Scans `lockfile` (its text) against the database at `database`.
pub(super) fn scan(database: Option<&Path>, lockfile: &str) -> RustScan {
    let mut scan = RustScan::failed(String::new());
    scan.lockfile_digest = Some(digest(lockfile));
    let Some(database) = database else {
        scan.error = Some("no advisory database is configured".to_owned());
        return scan;
    };
    scan.error = None;
    let lockfile = match Lockfile::from_str(lockfile) {
        Ok(lockfile) => lockfile,
        Err(error) => {
            scan.error = Some(format!("the lockfile does not parse: {error}"));
            return scan;
        }
    };
    let db = match open(database) {
        Ok(db) => db,
        Err(error) => {
            scan.error = Some(error);
            return scan;
        }
    };
    scan.newest_advisory = db
        .iter()
        .map(|advisory| advisory.metadata.date.as_str())
        .max()
        .map(str::to_owned);
    let settings = Settings {
        informational_warnings: vec![
            Informational::Unmaintained,
            Informational::Unsound,
            Informational::Notice,
        ],
        ..Settings::default()
    };
    // The report's queries are plain lookups, but a panic in a dependency
    // must not take the caller's thread with it.
    let report = match catch_unwind(AssertUnwindSafe(|| {
        Report::generate(&db, &lockfile, &settings)
    })) {
        Ok(report) => report,
        Err(_) => {
            scan.error = Some("the advisory scan panicked".to_owned());
            return scan;
        }
    };
    scan.findings = report
        .vulnerabilities
        .list
        .iter()
        .map(|vulnerability| {
            let advisory = &vulnerability.advisory;
            Finding {
                ecosystem: "crates.io".to_owned(),
                advisory_id: advisory.id.to_string(),
                aliases: advisory.aliases.iter().map(ToString::to_string).collect(),
                package: vulnerability.package.name.to_string(),
                version: Some(vulnerability.package.version.to_string()),
                patched_versions: vulnerability
                    .versions
                    .patched()
                    .iter()
                    .map(ToString::to_string)
                    .collect(),
                severity: advisory
                    .cvss
                    .as_ref()
                    .map(|cvss| cvss.severity().as_str().to_owned()),
                cvss_score: advisory.cvss.as_ref().map(|cvss| cvss.score()),
                title: advisory.title.clone(),
                url: advisory.url.as_ref().map(ToString::to_string),
            }
        })
        .collect();
    scan.warnings = report
        .warnings
        .values()
        .flatten()
        .map(|warning| AdvisoryWarning {
            kind: warning.kind.as_str().to_owned(),
            advisory_id: warning
                .advisory
                .as_ref()
                .map(|a| a.id.to_string())
                .unwrap_or_default(),
            package: warning.package.name.to_string(),
            version: warning.package.version.to_string(),
            title: warning
                .advisory
                .as_ref()
                .map(|a| a.title.clone())
                .unwrap_or_default(),
        })
        .collect();
    scan
}

/// Opens the database, turning a missing path, an unreadable or malformed
/// advisory and a panic inside the loader into a message.
fn open(path: &Path) -> Result<Database, String> {
    if !path.join("crates").is_dir() {
        return Err(format!(
            "no advisory database at {}: expected a checkout of the RustSec advisory database (a `crates` folder)",
            path.display()
        ));
    }
    match catch_unwind(|| Database::open(path)) {
        Ok(Ok(db)) => Ok(db),
        Ok(Err(error)) => Err(format!(
            "the advisory database at {} could not be read: {error}",
            path.display()
        )),
        Err(_) => Err(format!(
            "the advisory database at {} could not be read: the loader panicked",
            path.display()
        )),
    }
}
