//! The approval mode, and a handle that changes it while the agent runs.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};

use serde::Serialize;

use super::{Decision, approve};

/// How much a human is asked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum ApprovalMode {
    /// Runs everything that is not hardline.
    Off,
    /// Asks about high-risk and uncertain commands (the default).
    #[default]
    Smart,
    /// Asks about every command that is not hardline.
    Manual,
}

impl ApprovalMode {
    /// `off`, `smart` or `manual`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Off => "off",
            Self::Smart => "smart",
            Self::Manual => "manual",
        }
    }

    fn from_u8(value: u8) -> Self {
        match value {
            0 => Self::Off,
            2 => Self::Manual,
            _ => Self::Smart,
        }
    }

    fn to_u8(self) -> u8 {
        match self {
            Self::Off => 0,
            Self::Smart => 1,
            Self::Manual => 2,
        }
    }
}

impl fmt::Display for ApprovalMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A mode name that is not `off`, `smart` or `manual`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown approval mode {0:?}: expected off, smart or manual")]
pub struct ParseModeError(String);

impl FromStr for ApprovalMode {
    type Err = ParseModeError;

    /// Parses `off`, `smart` or `manual`, in any case, blanks trimmed.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "off" => Ok(Self::Off),
            "smart" => Ok(Self::Smart),
            "manual" => Ok(Self::Manual),
            _ => Err(ParseModeError(s.chars().take(32).collect())),
        }
    }
}

/// The approval mode as a live setting: clones share it, and
/// [`set`](Self::set) takes effect on the next [`approve`](Self::approve),
/// with no restart.
///
/// ```
/// use agent_hardening::approval::{ApprovalMode, Decision, ModeSwitch};
///
/// let mode = ModeSwitch::new(ApprovalMode::Smart);
/// let dispatcher = mode.clone();
/// assert_eq!(dispatcher.approve("ls", false), Decision::Allow);
/// mode.set(ApprovalMode::Manual);
/// assert_eq!(dispatcher.approve("ls", false).status(), "confirmation_required");
/// ```
#[derive(Debug, Clone)]
pub struct ModeSwitch(Arc<AtomicU8>);

impl Default for ModeSwitch {
    /// A switch in the default mode, [`ApprovalMode::Smart`].
    fn default() -> Self {
        Self::new(ApprovalMode::default())
    }
}

impl ModeSwitch {
    /// A switch starting in `mode`.
    pub fn new(mode: ApprovalMode) -> Self {
        Self(Arc::new(AtomicU8::new(mode.to_u8())))
    }

    /// A switch starting in the mode named by environment variable `name`,
    /// or `default` when it is unset or empty.
    ///
    /// # Errors
    ///
    /// [`ParseModeError`] when the variable holds something other than
    /// `off`, `smart` or `manual`: a typo should stop start-up, not quietly
    /// pick a mode.
    pub fn from_env(name: &str, default: ApprovalMode) -> Result<Self, ParseModeError> {
        match std::env::var(name) {
            Ok(value) if !value.trim().is_empty() => Ok(Self::new(value.parse()?)),
            _ => Ok(Self::new(default)),
        }
    }

    /// The current mode.
    pub fn get(&self) -> ApprovalMode {
        ApprovalMode::from_u8(self.0.load(Ordering::Relaxed))
    }

    /// Changes the mode for every clone, from the next call on.
    pub fn set(&self, mode: ApprovalMode) {
        self.0.store(mode.to_u8(), Ordering::Relaxed);
    }

    /// [`approve`] in the current mode.
    pub fn approve(&self, command: &str, confirmed: bool) -> Decision {
        approve(command, self.get(), confirmed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_parse_and_print() {
        for mode in [ApprovalMode::Off, ApprovalMode::Smart, ApprovalMode::Manual] {
            assert_eq!(mode.as_str().parse::<ApprovalMode>(), Ok(mode));
            assert_eq!(ApprovalMode::from_u8(mode.to_u8()), mode);
        }
        assert_eq!(" MANUAL ".parse::<ApprovalMode>(), Ok(ApprovalMode::Manual));
        assert_eq!(ModeSwitch::default().get(), ApprovalMode::Smart);
        let err = "yolo".parse::<ApprovalMode>().unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"unknown approval mode "yolo": expected off, smart or manual"#
        );
    }
}
