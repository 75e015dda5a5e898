//! One finding of the self-audit: a part of the crate, read live, and what
//! its state costs the score.

use std::fmt;

use serde::Serialize;

/// How bad a signal's state is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Severity {
    /// As it should be.
    Ok,
    /// Worth knowing; no action needed now.
    Info,
    /// A protection is weaker than it should be.
    Warning,
    /// A protection is off or missing: the colour is red.
    Critical,
}

impl Severity {
    /// The lower-case name: `ok`, `info`, `warning`, `critical`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ok => "ok",
            Self::Info => "info",
            Self::Warning => "warning",
            Self::Critical => "critical",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One signal of a report. `name` is a stable id, never reused (see
/// `docs/shield.md` for every id, its states and their deltas).
///
/// ```
/// use agent_hardening::audit::{Severity, Signal};
///
/// let signal = Signal::new("approval-mode", "Approval mode", "off", -25, Severity::Warning)
///     .detail("destructive commands run without asking")
///     .remediation("set the approval mode to smart");
/// assert_eq!(signal.delta, -25);
/// assert!(!signal.is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Signal {
    /// The stable id, such as `kill-switch`.
    pub name: &'static str,
    /// A short human label.
    pub label: &'static str,
    /// The state read, such as `off`, `ACTIVE` or `2/3 paths`.
    pub value: String,
    /// What the state adds to the score (negative for a penalty).
    pub delta: i32,
    /// How bad the state is.
    pub severity: Severity,
    /// What was read, in a sentence.
    pub detail: String,
    /// What to do about it (empty when nothing is to be done).
    pub remediation: String,
}

impl Signal {
    /// A signal with no detail or remediation yet.
    pub fn new(
        name: &'static str,
        label: &'static str,
        value: impl Into<String>,
        delta: i32,
        severity: Severity,
    ) -> Self {
        Self {
            name,
            label,
            value: value.into(),
            delta,
            severity,
            detail: String::new(),
            remediation: String::new(),
        }
    }

    /// Sets what was read.
    #[must_use]
    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = detail.into();
        self
    }

    /// Sets what to do about it.
    #[must_use]
    pub fn remediation(mut self, remediation: impl Into<String>) -> Self {
        self.remediation = remediation.into();
        self
    }

    /// Whether the state is as it should be.
    pub fn is_ok(&self) -> bool {
        self.severity == Severity::Ok
    }
}
