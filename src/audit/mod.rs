//! The self-audit shield: reads the live state of the crate's own parts,
//! scores it, keeps the reports, and alerts when it gets worse.
//!
//! **Threat:** drift. Hardening is switched off one setting at a time: the
//! approval mode set to `off` during an incident and never set back, the
//! CSP left in report-only mode, a new ingest path that skips the gate, a
//! kill switch forgotten on. Nothing fails, so nobody notices. The shield
//! reads each part as it is now (never a copy taken at start-up), so an
//! operator, a dashboard or a CI job sees the drift the moment it happens.
//!
//! The host registers the parts it has; a part that is not registered
//! shows as absent, with its penalty. Every signal has a stable id (see
//! `docs/shield.md` for the ids, their states, deltas and fixes).
//!
//! ```
//! use agent_hardening::audit::{Color, Shield};
//! use agent_hardening::kill_switch::KillSwitch;
//!
//! let switch = KillSwitch::with_lookup("DEMO", |_| None);
//! let shield = Shield::builder().kill_switch(switch.clone()).build();
//! let report = shield.audit();
//! assert_eq!(report.signal("kill-switch").map(|s| s.value.as_str()), Some("off"));
//!
//! switch.activate();
//! let report = shield.audit();
//! assert_eq!(report.signal("kill-switch").map(|s| s.delta), Some(-100));
//! assert_eq!(report.color, Color::Red);
//! // The newest alert names the signal that turned critical.
//! assert_eq!(shield.alerts()[0].new_critical, ["kill-switch"]);
//! ```
//!
//! # Score and colour
//!
//! Start at 100, add every signal's delta, clamp to 0..=100. Green from 85,
//! amber from 60, red below 60 or with any failing critical signal. A signal
//! whose source fails or panics is reported with its penalty and the error.
//!
//! # Alerts
//!
//! An audit whose colour is worse than the last one's, or that has a
//! critical signal the last one did not, fires one [`Alert`] to the
//! [`AlertSink`] (a `tracing` event by default) and keeps it for
//! [`Shield::alerts`]. An unchanged state fires nothing.

mod alerts;
mod attest;
pub mod cve;
#[cfg(feature = "postgres")]
pub mod db_role;
mod probes;
#[cfg(feature = "tokio")]
mod refresh;
#[cfg(feature = "axum")]
mod routes;
mod sarif;
mod score;
mod signal;
mod time;

use std::collections::VecDeque;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::SystemTime;

pub use alerts::{Alert, AlertKind, AlertSink, TracingAlertSink};
pub use attest::{Attestation, AttestationError};
#[cfg(feature = "cve")]
pub use cve::CveScanner;
pub use cve::{CveSource, CveStatus, STALE_AFTER};
#[cfg(feature = "tokio")]
pub use refresh::DEFAULT_REFRESH;
#[cfg(feature = "axum")]
pub use routes::{page_routes, routes};
pub use sarif::to_sarif;
pub use score::{Color, Report, SCORING_VERSION};
pub use signal::{Severity, Signal};

use probes::Probe;

/// Work the scheduled task runs before each audit (a scan that is due).
type Job = Arc<dyn Fn() + Send + Sync>;

/// The default variables that hold the model provider's key.
pub const DEFAULT_LLM_KEY_VARS: &[&str] = &["ANTHROPIC_API_KEY", "OPENAI_API_KEY"];

/// Reports kept by default.
const KEEP_REPORTS: usize = 288;
/// Alerts kept by default.
const KEEP_ALERTS: usize = 50;

/// Collects the parts the host has; [`build`](Self::build) makes the
/// [`Shield`]. Every method registers one signal's source.
#[must_use]
pub struct ShieldBuilder {
    probes: Vec<(&'static str, Probe)>,
    jobs: Vec<(&'static str, Job)>,
    sink: Arc<dyn AlertSink>,
    keep_reports: usize,
    keep_alerts: usize,
}

impl std::fmt::Debug for ShieldBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ids: Vec<&str> = self.probes.iter().map(|(id, _)| *id).collect();
        f.debug_struct("ShieldBuilder")
            .field("registered", &ids)
            .field("sink", &self.sink)
            .finish_non_exhaustive()
    }
}

impl ShieldBuilder {
    fn probe(
        mut self,
        id: &'static str,
        probe: impl Fn() -> Result<Signal, String> + Send + Sync + 'static,
    ) -> Self {
        self.probes.retain(|(existing, _)| *existing != id);
        self.probes.push((id, Arc::new(probe)));
        self
    }

    /// `kill-switch`: read live from `switch` (its variable or its
    /// in-process override).
    pub fn kill_switch(self, switch: crate::kill_switch::KillSwitch) -> Self {
        self.probe("kill-switch", move || {
            Ok(probes::kill_switch(switch.is_active(), switch.variable()))
        })
    }

    /// `approval-mode`: read live from `mode`.
    #[cfg(feature = "approval")]
    pub fn approval_mode(self, mode: crate::approval::ModeSwitch) -> Self {
        self.probe("approval-mode", move || {
            Ok(probes::approval(mode.get().as_str()))
        })
    }

    /// `hardline-blocklist`: the hardline rules of [`crate::approval`].
    #[cfg(feature = "approval")]
    pub fn hardline_blocklist(self) -> Self {
        self.probe("hardline-blocklist", || {
            Ok(probes::hardline(crate::approval::HARDLINE_RULES.len()))
        })
    }

    /// `llm-api-key`: whether any of `names` is set in the process
    /// environment, read on every audit (the values are never read out).
    pub fn llm_key_vars(self, names: &[&str]) -> Self {
        self.llm_key_vars_with(names, |name| std::env::var(name).ok())
    }

    /// [`llm_key_vars`](Self::llm_key_vars) with `lookup` in place of the
    /// process environment (a secret store, or a map in tests).
    pub fn llm_key_vars_with(
        self,
        names: &[&str],
        lookup: impl Fn(&str) -> Option<String> + Send + Sync + 'static,
    ) -> Self {
        let names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
        self.probe("llm-api-key", move || Ok(probes::llm_key(&names, &lookup)))
    }

    /// `bearer-token`: the tokens `layer` checks.
    pub fn auth(self, layer: &crate::http::auth::AuthLayer) -> Self {
        let layer = layer.clone();
        self.probe("bearer-token", move || {
            Ok(probes::bearer(layer.config.tokens.has_previous()))
        })
    }

    /// `dev-mode-bind`: the service's dev-mode setting and bind address.
    pub fn dev_mode(self, on: bool, bind: &str) -> Self {
        let bind = bind.to_owned();
        self.probe("dev-mode-bind", move || Ok(probes::dev_mode(on, &bind)))
    }

    /// `gate-coverage`: which of `gate`'s declared ingest sources have
    /// passed text through it, read live.
    pub fn gate(self, gate: &crate::gate::Gate) -> Self {
        let gate = gate.clone();
        self.probe("gate-coverage", move || {
            let report = gate.coverage();
            Ok(probes::gate_coverage(
                report.declared.len(),
                report.covered(),
                &report.missing,
            ))
        })
    }

    /// `log-redaction`: the events the redacting writer has written.
    #[cfg(feature = "tracing")]
    pub fn log_redaction(self, stats: crate::redact::RedactionStats) -> Self {
        self.probe("log-redaction", move || {
            Ok(probes::log_redaction(stats.events()))
        })
    }

    /// `subprocess-envs`: the process's ledger of child-process
    /// environments ([`crate::subprocess_env::ledger`]).
    pub fn subprocess_envs(self) -> Self {
        self.probe("subprocess-envs", || {
            Ok(probes::subprocess_envs(&crate::subprocess_env::ledger()))
        })
    }

    /// `csp-status`: how `layer` sends the Content-Security-Policy.
    pub fn security_headers(self, layer: &crate::http::headers::SecurityHeadersLayer) -> Self {
        let status = layer.csp_status();
        self.probe("csp-status", move || Ok(probes::csp(status)))
    }

    /// `csrf-origin-gate`: the origin check is in the stack.
    pub fn origin_check(self, layer: &crate::http::origin::OriginCheckLayer) -> Self {
        let trusted = layer.trusted_origins().len();
        self.probe("csrf-origin-gate", move || Ok(probes::origin(trusted)))
    }

    /// `shared-store`: whether the store the replicas share answers
    /// (`RedisStore::health`, feature
    /// `redis`), read live.
    pub fn shared_store(self, health: crate::store::SharedStoreHealth) -> Self {
        self.probe("shared-store", move || Ok(probes::shared_store(&health)))
    }

    /// `token-scope-audit`: someone reviewed the scopes of the agent's
    /// tokens.
    pub fn token_scopes(self, attestation: Attestation) -> Self {
        self.probe("token-scope-audit", move || {
            Ok(probes::attestation("token-scope-audit", &attestation))
        })
    }

    /// `db-readonly-role`: someone checked that the agent's database role
    /// is read-only.
    pub fn db_readonly_role(self, attestation: Attestation) -> Self {
        self.probe("db-readonly-role", move || {
            Ok(probes::attestation("db-readonly-role", &attestation))
        })
    }

    /// `db-readonly-role` from the database itself: `verified` when
    /// [`db_role::verify_readonly`] found every write refused, `WRITABLE`
    /// (critical) otherwise. Replaces an attestation.
    #[cfg(feature = "postgres")]
    pub fn db_readonly_verified(self, verdict: db_role::ReadonlyVerdict) -> Self {
        self.probe("db-readonly-role", move || {
            Ok(probes::db_verified(&verdict))
        })
    }

    /// `cve-scan`: the latest dependency scan, read from `source`; the
    /// scheduled task ([`Shield::run_scheduled`]) also lets it scan when
    /// a scan is due.
    pub fn cve(mut self, source: Arc<dyn CveSource>) -> Self {
        let scheduled = Arc::clone(&source);
        self.jobs.retain(|(existing, _)| *existing != "cve-scan");
        self.jobs
            .push(("cve-scan", Arc::new(move || scheduled.run_if_due())));
        self.probe("cve-scan", move || Ok(probes::cve(source.as_ref())))
    }

    /// Where alerts go (default: [`TracingAlertSink`]).
    pub fn alert_sink(mut self, sink: Arc<dyn AlertSink>) -> Self {
        self.sink = sink;
        self
    }

    /// How many alerts [`Shield::alerts`] keeps (default 50).
    pub fn keep_alerts(mut self, count: usize) -> Self {
        self.keep_alerts = count.max(1);
        self
    }

    /// How many reports [`Shield::history`] keeps (default 288: a day at
    /// one audit every five minutes).
    pub fn keep_reports(mut self, count: usize) -> Self {
        self.keep_reports = count.max(1);
        self
    }

    /// The shield, with no report yet.
    pub fn build(self) -> Shield {
        Shield {
            inner: Arc::new(Inner {
                probes: self.probes,
                jobs: self.jobs,
                sink: self.sink,
                keep_reports: self.keep_reports,
                keep_alerts: self.keep_alerts,
                state: Mutex::new(State::default()),
            }),
        }
    }
}

/// The self-audit. Cheap to clone: clones share the parts, the reports and
/// the alerts.
#[derive(Clone)]
pub struct Shield {
    inner: Arc<Inner>,
}

struct Inner {
    probes: Vec<(&'static str, Probe)>,
    jobs: Vec<(&'static str, Job)>,
    sink: Arc<dyn AlertSink>,
    keep_reports: usize,
    keep_alerts: usize,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    /// Newest last.
    reports: VecDeque<Report>,
    /// Newest last.
    alerts: VecDeque<Alert>,
}

impl std::fmt::Debug for Shield {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ids: Vec<&str> = self.inner.probes.iter().map(|(id, _)| *id).collect();
        f.debug_struct("Shield")
            .field("registered", &ids)
            .finish_non_exhaustive()
    }
}

impl Shield {
    /// A builder with nothing registered.
    pub fn builder() -> ShieldBuilder {
        ShieldBuilder {
            probes: Vec::new(),
            jobs: Vec::new(),
            sink: Arc::new(TracingAlertSink),
            keep_reports: KEEP_REPORTS,
            keep_alerts: KEEP_ALERTS,
        }
    }

    /// Every signal, read now. A source that fails or panics is reported
    /// as its id's absent state, with the error.
    pub fn signals(&self) -> Vec<Signal> {
        probes::IDS
            .iter()
            .filter_map(|(id, ..)| {
                let Some((_, probe)) = self.inner.probes.iter().find(|(p, _)| p == id) else {
                    return probes::absent(id);
                };
                let read = catch_unwind(AssertUnwindSafe(|| probe()))
                    .unwrap_or_else(|panic| Err(panic_message(panic.as_ref())));
                Some(read.unwrap_or_else(|error| {
                    let failed = probes::absent(id).unwrap_or_else(|| {
                        Signal::new(id, probes::label(id), "error", -10, Severity::Warning)
                    });
                    let detail = format!("the source failed: {error}");
                    Signal {
                        value: "source failed".to_owned(),
                        ..failed
                    }
                    .detail(detail)
                }))
            })
            .collect()
    }

    /// Runs the scheduled work of the registered sources (a dependency scan
    /// when one is due), each on this thread, a panic in one caught and
    /// logged. [`spawn_refresh`](Self::spawn_refresh) calls it before each
    /// audit; a host with its own scheduler calls it itself, off the async
    /// runtime's worker threads.
    ///
    /// ```
    /// use std::sync::Arc;
    /// use std::sync::atomic::{AtomicUsize, Ordering};
    /// use agent_hardening::audit::{CveSource, CveStatus, Shield};
    ///
    /// #[derive(Debug, Default)]
    /// struct Counting(AtomicUsize);
    /// impl CveSource for Counting {
    ///     fn latest(&self) -> CveStatus {
    ///         CveStatus::NeverRun
    ///     }
    ///     fn run_if_due(&self) {
    ///         self.0.fetch_add(1, Ordering::Relaxed);
    ///     }
    /// }
    ///
    /// let source = Arc::new(Counting::default());
    /// let shield = Shield::builder().cve(source.clone()).build();
    /// shield.run_scheduled();
    /// assert_eq!(source.0.load(Ordering::Relaxed), 1);
    /// ```
    pub fn run_scheduled(&self) {
        for (id, job) in &self.inner.jobs {
            if let Err(panic) = catch_unwind(AssertUnwindSafe(|| job())) {
                let message = panic_message(panic.as_ref());
                tracing::error!(target: "agent_hardening::audit", signal = id, panic = %message, "scheduled work panicked");
            }
        }
    }

    /// A report of every signal read now, without keeping it or alerting
    /// (what the status route serves: cheap enough for every request).
    pub fn read(&self) -> Report {
        Report::new(self.signals(), SystemTime::now())
    }

    /// Runs the audit now: reads every signal, keeps the report, and fires
    /// an alert if the state got worse since the last one.
    pub fn audit(&self) -> Report {
        let report = Report::new(self.signals(), SystemTime::now());
        let alert = {
            let mut state = self.lock();
            let alert = alerts::drift(state.reports.back(), &report);
            state.reports.push_back(report.clone());
            while state.reports.len() > self.inner.keep_reports {
                state.reports.pop_front();
            }
            if let Some(alert) = &alert {
                state.alerts.push_back(alert.clone());
                while state.alerts.len() > self.inner.keep_alerts {
                    state.alerts.pop_front();
                }
            }
            alert
        };
        if let Some(alert) = alert {
            self.inner.sink.alert(&alert);
        }
        report
    }

    /// The latest report, if an audit has run.
    pub fn latest(&self) -> Option<Report> {
        self.lock().reports.back().cloned()
    }

    /// The latest report, running the audit first if none has run.
    pub fn latest_or_audit(&self) -> Report {
        self.latest().unwrap_or_else(|| self.audit())
    }

    /// The kept reports, newest first.
    pub fn history(&self) -> Vec<Report> {
        self.lock().reports.iter().rev().cloned().collect()
    }

    /// The kept alerts, newest first.
    pub fn alerts(&self) -> Vec<Alert> {
        self.lock().alerts.iter().rev().cloned().collect()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.inner
            .state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

/// The text of a panic's payload.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panicked".to_owned())
}
