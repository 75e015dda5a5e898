//! Which ingest sources the host declared, and which of them have actually
//! passed text through the gate: the self-audit reports `gate-coverage
//! N/M` from these facts, not from a constant.

use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};

use dashmap::DashMap;
use serde::Serialize;

/// Most distinct sources remembered: labels come from host code, but a
/// host that builds them from data must not grow this without bound.
const MAX_SOURCES: usize = 256;

/// Declared sources and the ones seen; clones share the record.
#[derive(Debug, Clone, Default)]
pub struct Coverage {
    declared: Arc<Mutex<Vec<String>>>,
    seen: Arc<DashMap<String, u64>>,
}

impl Coverage {
    /// Declares the sources that should pass through the gate (their
    /// labels, as given to `gate`). Adds to earlier declarations.
    pub fn declare<I, S>(&self, sources: I)
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut declared = self.declared.lock().unwrap_or_else(PoisonError::into_inner);
        for source in sources {
            let label = super::prompt::sanitize_label(source.as_ref());
            if !declared.contains(&label) && declared.len() < MAX_SOURCES {
                declared.push(label);
            }
        }
    }

    pub(super) fn record(&self, label: &str) {
        if let Some(mut count) = self.seen.get_mut(label) {
            *count += 1;
        } else if self.seen.len() < MAX_SOURCES {
            *self.seen.entry(label.to_owned()).or_insert(0) += 1;
        }
    }

    /// What has been declared and seen so far.
    pub fn report(&self) -> CoverageReport {
        let declared = self
            .declared
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        let mut seen: Vec<(String, u64)> = self
            .seen
            .iter()
            .map(|e| (e.key().clone(), *e.value()))
            .collect();
        seen.sort();
        let missing = declared
            .iter()
            .filter(|d| !self.seen.contains_key(*d))
            .cloned()
            .collect();
        CoverageReport {
            declared,
            seen,
            missing,
        }
    }
}

/// A snapshot of [`Coverage`]. `Display` prints `gate-coverage N/M`: N
/// declared sources seen out of M declared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CoverageReport {
    /// The declared source labels, in declaration order.
    pub declared: Vec<String>,
    /// Every label that passed through, declared or not, with its count.
    pub seen: Vec<(String, u64)>,
    /// Declared labels that never passed through: ingest paths that skip
    /// the gate, or have not run yet.
    pub missing: Vec<String>,
}

impl CoverageReport {
    /// Declared sources seen at least once.
    pub fn covered(&self) -> usize {
        self.declared.len() - self.missing.len()
    }
}

impl fmt::Display for CoverageReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "gate-coverage {}/{}",
            self.covered(),
            self.declared.len()
        )
    }
}
