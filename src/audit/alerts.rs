//! Alerts on drift: one when the colour gets worse or a new critical signal
//! appears, none while the state holds.

use std::fmt;

use serde::Serialize;

use super::score::{Color, Report};

/// Why an alert fired.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum AlertKind {
    /// The colour got worse.
    ColorWorse,
    /// A critical signal appeared (the colour was already red).
    NewCritical,
}

/// One alert: what changed between two audits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Alert {
    /// Why it fired.
    pub kind: AlertKind,
    /// When the audit that fired it ran (RFC 3339, UTC).
    pub at: String,
    /// The colour before, and now.
    pub from_color: Color,
    /// The colour now.
    pub to_color: Color,
    /// The score before.
    pub from_score: u8,
    /// The score now.
    pub to_score: u8,
    /// Critical signals that were not critical before.
    pub new_critical: Vec<&'static str>,
    /// The signals whose state changed, with their new value.
    pub changed: Vec<(&'static str, String)>,
}

/// Where alerts go. The default, [`TracingAlertSink`], is a `tracing`
/// event; a host can page someone instead.
///
/// ```
/// use std::sync::{Arc, Mutex};
/// use agent_hardening::audit::{Alert, AlertSink};
///
/// #[derive(Debug, Default)]
/// struct Collect(Mutex<Vec<Alert>>);
/// impl AlertSink for Collect {
///     fn alert(&self, alert: &Alert) {
///         self.0.lock().unwrap().push(alert.clone());
///     }
/// }
/// let sink: Arc<dyn AlertSink> = Arc::new(Collect::default());
/// # let _ = sink;
/// ```
pub trait AlertSink: Send + Sync + fmt::Debug {
    /// Handles one alert. Must not block for long: it runs inside the audit.
    fn alert(&self, alert: &Alert);
}

/// A `WARN` event with target `agent_hardening::audit` and the stable
/// fields `alert` (the kind), `from_color`, `to_color`, `from_score`,
/// `to_score`, `new_critical` and `changed`.
#[derive(Debug, Clone, Copy, Default)]
pub struct TracingAlertSink;

impl AlertSink for TracingAlertSink {
    fn alert(&self, alert: &Alert) {
        let kind = match alert.kind {
            AlertKind::ColorWorse => "color-worse",
            AlertKind::NewCritical => "new-critical",
        };
        let changed: Vec<String> = alert
            .changed
            .iter()
            .map(|(id, value)| format!("{id}={value}"))
            .collect();
        tracing::warn!(
            target: "agent_hardening::audit",
            alert = kind,
            from_color = alert.from_color.as_str(),
            to_color = alert.to_color.as_str(),
            from_score = alert.from_score,
            to_score = alert.to_score,
            new_critical = alert.new_critical.join(",").as_str(),
            changed = changed.join(",").as_str(),
            "security posture got worse"
        );
    }
}

/// The alert `now` fires against `before` (`None` for the first audit,
/// which counts from a green report with no critical signal), if any.
pub(crate) fn drift(before: Option<&Report>, now: &Report) -> Option<Alert> {
    let (from_color, from_score) = before.map_or((Color::Green, 100), |b| (b.color, b.score));
    let new_critical: Vec<&'static str> = now
        .critical()
        .filter(|id| before.is_none_or(|b| !b.critical().any(|was| was == *id)))
        .collect();
    let kind = if now.color > from_color {
        AlertKind::ColorWorse
    } else if !new_critical.is_empty() {
        AlertKind::NewCritical
    } else {
        return None;
    };
    let changed = now
        .signals
        .iter()
        .filter(|s| {
            before.is_none_or(|b| {
                b.signal(s.name)
                    .is_none_or(|old| old.value != s.value || old.delta != s.delta)
            })
        })
        .filter(|s| before.is_some() || !s.is_ok())
        .map(|s| (s.name, s.value.clone()))
        .collect();
    Some(Alert {
        kind,
        at: now.generated_at.clone(),
        from_color,
        to_color: now.color,
        from_score,
        to_score: now.score,
        new_critical,
        changed,
    })
}
