//! The scanner the host builds once: what to scan, where the advisory
//! database and the records live, and how often to scan. It runs one scan
//! at a time, keeps the records, and is the shield's `cve-scan` source.

use std::collections::HashSet;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant, SystemTime};

use super::external::ExternalScanner;
use super::history::History;
use super::record::{ScanRecord, ScanStatus, ScannerRun};
use super::{CveSource, CveStatus};
use crate::audit::time::rfc3339;

/// How often a scan runs by default: weekly.
pub const DEFAULT_SCAN_EVERY: Duration = Duration::from_secs(7 * 24 * 3600);

/// A second scan asked for while one runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a dependency scan is already running")]
pub struct ScanInProgress;

#[derive(Debug, Clone)]
enum LockfileSource {
    /// The text, embedded in the binary (`include_str!`).
    Text(Arc<str>),
    /// A path read at each scan.
    Path(PathBuf),
}

/// Builds a [`CveScanner`].
#[derive(Debug, Clone, Default)]
#[must_use]
pub struct CveScannerBuilder {
    database: Option<PathBuf>,
    lockfile: Option<LockfileSource>,
    state_dir: Option<PathBuf>,
    externals: Vec<ExternalScanner>,
    every: Option<Duration>,
}

impl CveScannerBuilder {
    /// The local checkout of the RustSec advisory database
    /// (`git clone https://github.com/rustsec/advisory-db`). Without one,
    /// a scan of the lockfile is an error record saying so.
    pub fn advisory_db(mut self, path: impl Into<PathBuf>) -> Self {
        self.database = Some(path.into());
        self
    }

    /// The `Cargo.lock` the service was built from, as text. A deployed
    /// binary has no lockfile on disk: embed it with
    /// `include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock"))`.
    pub fn cargo_lock(mut self, text: impl Into<Arc<str>>) -> Self {
        self.lockfile = Some(LockfileSource::Text(text.into()));
        self
    }

    /// A `Cargo.lock` read from `path` at each scan.
    pub fn cargo_lock_path(mut self, path: impl Into<PathBuf>) -> Self {
        self.lockfile = Some(LockfileSource::Path(path.into()));
        self
    }

    /// The folder that keeps the last [`KEEP_SCANS`](super::KEEP_SCANS)
    /// records, so a restart serves the last scan. Without one, records
    /// live in memory only.
    pub fn state_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.state_dir = Some(dir.into());
        self
    }

    /// One more scanner for another ecosystem, run after the Rust scan.
    pub fn external(mut self, scanner: ExternalScanner) -> Self {
        self.externals.push(scanner);
        self
    }

    /// How old the last scan may get before the scheduled task scans again
    /// (default [`DEFAULT_SCAN_EVERY`], weekly).
    pub fn every(mut self, every: Duration) -> Self {
        self.every = Some(every);
        self
    }

    /// The scanner, with the records found in the state folder. A file
    /// there that cannot be read shows as an error record until the next
    /// scan replaces it.
    pub fn build(self) -> CveScanner {
        CveScanner {
            inner: Arc::new(Inner {
                history: Mutex::new(History::open(self.state_dir)),
                database: self.database,
                lockfile: self.lockfile,
                externals: self.externals,
                every: self.every.unwrap_or(DEFAULT_SCAN_EVERY),
                running: AtomicBool::new(false),
            }),
        }
    }
}

/// Scans the service's dependencies against advisory databases and keeps
/// the records. Cheap to clone: clones share the records.
///
/// Register it with [`ShieldBuilder::cve`](crate::audit::ShieldBuilder::cve)
/// for the `cve-scan` signal and the scheduled scan, and serve it with
/// [`cve_routes`](super::cve_routes).
///
/// ```no_run
/// use std::sync::Arc;
/// use agent_hardening::audit::Shield;
/// use agent_hardening::audit::cve::{CveScanner, ScanStatus};
///
/// let scanner = CveScanner::builder()
///     .advisory_db("/var/lib/advisory-db")
///     .cargo_lock(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock")))
///     .state_dir("/var/lib/my-agent")
///     .build();
/// let record = scanner.scan().expect("no other scan is running");
/// if record.status == ScanStatus::Vulnerable {
///     for finding in &record.findings {
///         println!("{} in {}", finding.advisory_id, finding.package);
///     }
/// }
/// let shield = Shield::builder().cve(Arc::new(scanner)).build();
/// ```
#[derive(Clone)]
pub struct CveScanner {
    inner: Arc<Inner>,
}

struct Inner {
    database: Option<PathBuf>,
    lockfile: Option<LockfileSource>,
    externals: Vec<ExternalScanner>,
    every: Duration,
    history: Mutex<History>,
    running: AtomicBool,
}

impl std::fmt::Debug for CveScanner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let lockfile = match &self.inner.lockfile {
            None => "none".to_owned(),
            Some(LockfileSource::Text(text)) => format!("embedded ({} bytes)", text.len()),
            Some(LockfileSource::Path(path)) => path.display().to_string(),
        };
        f.debug_struct("CveScanner")
            .field("database", &self.inner.database)
            .field("lockfile", &lockfile)
            .field("externals", &self.inner.externals)
            .field("every", &self.inner.every)
            .finish_non_exhaustive()
    }
}

/// Clears the running flag however the scan ends.
struct Running<'a>(&'a AtomicBool);

impl Drop for Running<'_> {
    fn drop(&mut self) {
        self.0.store(false, Ordering::Release);
    }
}

impl CveScanner {
    /// A builder with nothing configured.
    pub fn builder() -> CveScannerBuilder {
        CveScannerBuilder::default()
    }

    /// Runs a scan now, keeps its record and returns it. It blocks for the
    /// length of the scan (tens of milliseconds for a lockfile; external
    /// scanners up to their timeout): call it off the async runtime's
    /// worker threads (`spawn_blocking`). Every failure is an error record,
    /// never a panic.
    ///
    /// # Errors
    ///
    /// [`ScanInProgress`] while another scan runs.
    pub fn scan(&self) -> Result<ScanRecord, ScanInProgress> {
        let running = &self.inner.running;
        if running
            .compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            return Err(ScanInProgress);
        }
        let _running = Running(running);
        let mut record = catch_unwind(AssertUnwindSafe(|| self.run()))
            .unwrap_or_else(|_| ScanRecord::failed("the scan panicked", SystemTime::now()));
        log(&record);
        let mut history = self.history();
        if let Err(error) = history.push(record.clone()) {
            tracing::warn!(target: "agent_hardening::cve", %error, "dependency scan not persisted");
            record.error_message = Some(join([record.error_message.take(), Some(error)]));
            history.replace_newest(record.clone());
        }
        Ok(record)
    }

    /// Scans if something is configured to scan and the newest kept scan
    /// is older than the schedule (or there is none); what the shield's
    /// scheduled task calls.
    pub fn scan_if_due(&self) -> Option<ScanRecord> {
        if !self.is_configured() {
            return None;
        }
        let due = self
            .history()
            .newest_scan_age(SystemTime::now())
            .is_none_or(|age| age >= self.inner.every);
        if due { self.scan().ok() } else { None }
    }

    /// The newest record: [`ScanRecord::never_run`] before any scan.
    pub fn latest_record(&self) -> ScanRecord {
        self.history()
            .latest()
            .unwrap_or_else(ScanRecord::never_run)
    }

    /// The kept records, newest first.
    pub fn history_records(&self) -> Vec<ScanRecord> {
        self.history().newest_first()
    }

    /// Whether a scan is running now.
    pub fn is_scanning(&self) -> bool {
        self.inner.running.load(Ordering::Acquire)
    }

    /// Whether an advisory database or an external scanner is configured;
    /// the schedule does not scan without one.
    pub fn is_configured(&self) -> bool {
        self.inner.database.is_some() || !self.inner.externals.is_empty()
    }

    fn history(&self) -> MutexGuard<'_, History> {
        self.inner
            .history
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Every configured scanner, one after the other, in one record.
    fn run(&self) -> ScanRecord {
        let started = Instant::now();
        let mut record = ScanRecord::never_run();
        if self.inner.lockfile.is_some() || self.inner.database.is_some() {
            let begun = Instant::now();
            let scan = match self.lockfile_text() {
                Ok(text) => super::rust::scan(self.inner.database.as_deref(), &text),
                Err(error) => super::rust::RustScan::failed(error),
            };
            record.database_newest_advisory = scan.newest_advisory;
            record.lockfile_digest = scan.lockfile_digest;
            record.warnings = scan.warnings;
            record.scanners.push(run_row(
                "rustsec",
                Some(super::scanner_version()),
                scan.findings.len(),
                scan.error,
                begun,
            ));
            record.findings.extend(scan.findings);
        }
        for external in &self.inner.externals {
            let begun = Instant::now();
            let scan = external.run();
            record.scanners.push(run_row(
                external.name(),
                scan.version,
                scan.findings.len(),
                scan.error,
                begun,
            ));
            record.findings.extend(scan.findings);
        }
        let errors = record.scanners.iter().filter_map(|run| {
            run.error_message
                .as_ref()
                .map(|error| Some(format!("{}: {error}", run.scanner)))
        });
        record.error_message = Some(join(errors)).filter(|m| !m.is_empty());
        if record.scanners.is_empty() {
            record.error_message = Some(
                "nothing to scan: configure an advisory database and a lockfile, or an external scanner"
                    .to_owned(),
            );
        }
        let packages: HashSet<(&str, &str)> = record
            .findings
            .iter()
            .map(|f| (f.ecosystem.as_str(), f.package.as_str()))
            .collect();
        record.affected_packages = count(packages.len());
        record.cve_count = count(record.findings.len());
        record.status = if !record.findings.is_empty() {
            ScanStatus::Vulnerable
        } else if record.error_message.is_some() {
            ScanStatus::Error
        } else {
            ScanStatus::Clean
        };
        record.duration_ms = millis(started.elapsed());
        record.generated_at = rfc3339(SystemTime::now());
        record
    }

    fn lockfile_text(&self) -> Result<Arc<str>, String> {
        match &self.inner.lockfile {
            None => Err("no lockfile is configured".to_owned()),
            Some(LockfileSource::Text(text)) => Ok(Arc::clone(text)),
            Some(LockfileSource::Path(path)) => std::fs::read_to_string(path)
                .map(Arc::from)
                .map_err(|error| {
                    format!("the lockfile {} could not be read: {error}", path.display())
                }),
        }
    }
}

impl CveSource for CveScanner {
    fn latest(&self) -> CveStatus {
        self.latest_record().to_status(SystemTime::now())
    }

    fn run_if_due(&self) {
        let _ = self.scan_if_due();
    }
}

/// One log line per scan: what an operator tailing the log needs.
fn log(record: &ScanRecord) {
    let advisories: Vec<String> = record
        .findings
        .iter()
        .map(|f| format!("{} in {}", f.advisory_id, f.package))
        .collect();
    match record.status {
        ScanStatus::Vulnerable => tracing::warn!(
            target: "agent_hardening::cve",
            cve_count = record.cve_count,
            advisories = %advisories.join(", "),
            "dependency scan found advisories"
        ),
        ScanStatus::Error => tracing::warn!(
            target: "agent_hardening::cve",
            error = record.error_message.as_deref().unwrap_or_default(),
            "dependency scan failed"
        ),
        _ => tracing::info!(
            target: "agent_hardening::cve",
            warnings = record.warnings.len(),
            duration_ms = record.duration_ms,
            "dependency scan clean"
        ),
    }
}

fn run_row(
    scanner: &str,
    scanner_version: Option<String>,
    findings: usize,
    error_message: Option<String>,
    begun: Instant,
) -> ScannerRun {
    let status = if findings > 0 {
        ScanStatus::Vulnerable
    } else if error_message.is_some() {
        ScanStatus::Error
    } else {
        ScanStatus::Clean
    };
    ScannerRun {
        scanner: scanner.to_owned(),
        scanner_version,
        status,
        findings: count(findings),
        duration_ms: millis(begun.elapsed()),
        error_message,
    }
}

/// The messages present, joined with `; `.
fn join(messages: impl IntoIterator<Item = Option<String>>) -> String {
    messages
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("; ")
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn millis(elapsed: Duration) -> u64 {
    u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX)
}
