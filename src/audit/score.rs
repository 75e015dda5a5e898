//! From signals to a score and a colour, the same way every time.
//!
//! Start at 100, add every signal's delta, clamp to 0..=100. Green from 85,
//! amber from 60, red below; any failing critical signal makes the colour
//! red whatever the score. A signal that gets worse (a lower delta, or a
//! higher severity) never raises the score or improves the colour.

use std::fmt;
use std::time::SystemTime;

use serde::Serialize;

use super::signal::{Severity, Signal};
use super::time::rfc3339;

/// Changes whenever the formula or a signal's deltas change, so that a
/// score is only compared with scores of the same version.
pub const SCORING_VERSION: &str = "2";

/// The score's colour band.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Color {
    /// 85 and above, with no failing critical signal.
    Green,
    /// 60 to 84, with no failing critical signal.
    Amber,
    /// Below 60, or any failing critical signal.
    Red,
}

impl Color {
    /// `green`, `amber` or `red`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Green => "green",
            Self::Amber => "amber",
            Self::Red => "red",
        }
    }
}

impl fmt::Display for Color {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The score of `signals` (see the module docs).
pub(crate) fn score(signals: &[Signal]) -> u8 {
    let sum = signals
        .iter()
        .fold(100i64, |sum, s| sum + i64::from(s.delta));
    u8::try_from(sum.clamp(0, 100)).unwrap_or(0)
}

/// The colour of `score` given `signals`.
pub(crate) fn color(score: u8, signals: &[Signal]) -> Color {
    if signals.iter().any(|s| s.severity == Severity::Critical) || score < 60 {
        Color::Red
    } else if score < 85 {
        Color::Amber
    } else {
        Color::Green
    }
}

/// One run of the self-audit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Report {
    /// 0 to 100.
    pub score: u8,
    /// The score's band, red on any failing critical signal.
    pub color: Color,
    /// Every signal, worst first (severity, then delta, then id).
    pub signals: Vec<Signal>,
    /// When the audit ran (RFC 3339, UTC).
    pub generated_at: String,
    /// The version of the formula ([`SCORING_VERSION`]).
    pub scoring_version: &'static str,
}

impl Report {
    /// Scores `signals` as of `at`.
    ///
    /// ```
    /// use std::time::SystemTime;
    /// use agent_hardening::audit::{Color, Report, Severity, Signal};
    ///
    /// let report = Report::new(vec![
    ///     Signal::new("approval-mode", "Approval mode", "off", -25, Severity::Warning),
    ///     Signal::new("kill-switch", "Kill switch", "off", 0, Severity::Ok),
    /// ], SystemTime::now());
    /// assert_eq!((report.score, report.color), (75, Color::Amber));
    /// assert_eq!(report.signals[0].name, "approval-mode");
    /// ```
    pub fn new(mut signals: Vec<Signal>, at: SystemTime) -> Self {
        signals.sort_by(|a, b| {
            b.severity
                .cmp(&a.severity)
                .then(a.delta.cmp(&b.delta))
                .then(a.name.cmp(b.name))
        });
        let score = score(&signals);
        Self {
            score,
            color: color(score, &signals),
            signals,
            generated_at: rfc3339(at),
            scoring_version: SCORING_VERSION,
        }
    }

    /// The ids of the failing critical signals.
    pub fn critical(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.signals
            .iter()
            .filter(|s| s.severity == Severity::Critical)
            .map(|s| s.name)
    }

    /// The signal `name`, if the report has it.
    pub fn signal(&self, name: &str) -> Option<&Signal> {
        self.signals.iter().find(|s| s.name == name)
    }
}
