//! Environments for child processes, with no secrets in them.
//!
//! **Threat:** a tool spawns `git`, `python` or a shell, and the child
//! inherits every variable of the agent's process: `STRIPE_SECRET_KEY`,
//! `GITHUB_TOKEN`, `OPENAI_API_KEY`, `DATABASE_URL`. Anything the child runs
//! (a package's install script, a prompt-injected command) can read and
//! send them. A preset passes a short allow-list instead, and the
//! [`CommandEnvExt`] methods clear the inherited environment first.
//!
//! | preset | passes |
//! |---|---|
//! | [`SubprocessEnv::shell_minimal`] | `HOME`, `PATH`, `USER`, `LANG`, `LC_ALL`, `TMPDIR`, `SHELL`, `PWD`, `TERM`, display helpers (`DISPLAY`, `WAYLAND_DISPLAY`, `XAUTHORITY`, `XDG_RUNTIME_DIR`, `DBUS_SESSION_BUS_ADDRESS`) and the Windows essentials (`SYSTEMROOT`, `COMSPEC`, `PATHEXT`, `TEMP`, `TMP`, `USERPROFILE`, `APPDATA`, `LOCALAPPDATA`) |
//! | [`SubprocessEnv::with_keys`] | the above, plus the variables you name |
//! | [`SubprocessEnv::full`] | everything; needs a reason, which is logged |
//!
//! # Example
//!
//! ```
//! use std::process::Command;
//! use agent_hardening::subprocess_env::{CommandEnvExt, SubprocessEnv};
//!
//! let mut git = Command::new("git");
//! git.arg("status").env_preset(&SubprocessEnv::shell_minimal());
//!
//! // A tool that needs one credential gets that one only.
//! let mut deploy = Command::new("flyctl");
//! deploy.env_preset(&SubprocessEnv::with_keys(&["FLY_API_TOKEN"]));
//! ```

use std::ffi::{OsStr, OsString};
use std::sync::{Mutex, PoisonError};

/// Variables a shell and common tools need, and that hold no secrets.
pub const MINIMAL_KEYS: &[&str] = &[
    "HOME",
    "PATH",
    "USER",
    "LANG",
    "LC_ALL",
    "TMPDIR",
    "SHELL",
    "PWD",
    "TERM",
    "DISPLAY",
    "WAYLAND_DISPLAY",
    "XAUTHORITY",
    "XDG_RUNTIME_DIR",
    "DBUS_SESSION_BUS_ADDRESS",
    "SYSTEMROOT",
    "COMSPEC",
    "PATHEXT",
    "TEMP",
    "TMP",
    "USERPROFILE",
    "APPDATA",
    "LOCALAPPDATA",
];

/// The environment a child process starts with.
///
/// `Debug` prints the variable names only, never their values.
#[derive(Clone, PartialEq, Eq)]
pub struct SubprocessEnv {
    vars: Vec<(OsString, OsString)>,
    /// The reason given to [`SubprocessEnv::full`]; `None` for the
    /// allow-list presets.
    full_reason: Option<String>,
}

/// A preset that could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SubprocessEnvError {
    /// [`SubprocessEnv::full`] needs a reason: handing a child every secret
    /// of the process must be a decision someone wrote down.
    #[error("passing the full environment to a child process needs a reason")]
    MissingReason,
}

impl SubprocessEnv {
    /// [`MINIMAL_KEYS`] from this process's environment.
    #[must_use]
    pub fn shell_minimal() -> Self {
        Self::shell_minimal_from(std::env::vars_os())
    }

    /// [`MINIMAL_KEYS`] plus `keys`, from this process's environment.
    #[must_use]
    pub fn with_keys(keys: &[&str]) -> Self {
        Self::with_keys_from(std::env::vars_os(), keys)
    }

    /// The whole environment of this process. The reason is logged (at
    /// `warn`) with the variable names the child gets.
    ///
    /// # Errors
    ///
    /// [`SubprocessEnvError::MissingReason`] if `reason` is empty or blank.
    pub fn full(reason: &str) -> Result<Self, SubprocessEnvError> {
        if reason.trim().is_empty() {
            return Err(SubprocessEnvError::MissingReason);
        }
        let env = Self {
            vars: std::env::vars_os().collect(),
            full_reason: Some(reason.trim().to_owned()),
        };
        tracing::warn!(target: "agent_hardening::subprocess_env", reason, variables = ?env.names().collect::<Vec<_>>(), "child process gets the full environment");
        Ok(env)
    }

    /// [`MINIMAL_KEYS`] taken from `env` (for a prepared environment, or
    /// tests).
    #[must_use]
    pub fn shell_minimal_from(env: impl IntoIterator<Item = (OsString, OsString)>) -> Self {
        Self::with_keys_from(env, &[])
    }

    /// [`MINIMAL_KEYS`] plus `keys`, taken from `env`. Names match exactly
    /// (case included).
    #[must_use]
    pub fn with_keys_from(
        env: impl IntoIterator<Item = (OsString, OsString)>,
        keys: &[&str],
    ) -> Self {
        let wanted = |name: &OsStr| {
            MINIMAL_KEYS
                .iter()
                .chain(keys)
                .any(|k| name == OsStr::new(k))
        };
        Self {
            vars: env.into_iter().filter(|(name, _)| wanted(name)).collect(),
            full_reason: None,
        }
    }

    /// The variables, as `(name, value)` pairs.
    pub fn vars(&self) -> impl Iterator<Item = (&OsStr, &OsStr)> {
        self.vars
            .iter()
            .map(|(k, v)| (k.as_os_str(), v.as_os_str()))
    }

    /// The variable names.
    pub fn names(&self) -> impl Iterator<Item = &OsStr> {
        self.vars.iter().map(|(k, _)| k.as_os_str())
    }
}

impl std::fmt::Debug for SubprocessEnv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SubprocessEnv")
            .field("names", &self.names().collect::<Vec<_>>())
            .finish()
    }
}

/// Gives a command a preset environment in one call, clearing what it
/// would inherit first.
pub trait CommandEnvExt {
    /// Clears the inherited environment and sets `env`.
    fn env_preset(&mut self, env: &SubprocessEnv) -> &mut Self;

    /// Shorthand for `env_preset(&SubprocessEnv::shell_minimal())`.
    fn minimal_env(&mut self) -> &mut Self {
        self.env_preset(&SubprocessEnv::shell_minimal())
    }
}

impl CommandEnvExt for std::process::Command {
    fn env_preset(&mut self, env: &SubprocessEnv) -> &mut Self {
        record_preset(env);
        self.env_clear().envs(env.vars())
    }
}

#[cfg(feature = "tokio")]
impl CommandEnvExt for tokio::process::Command {
    fn env_preset(&mut self, env: &SubprocessEnv) -> &mut Self {
        record_preset(env);
        self.env_clear().envs(env.vars())
    }
}

/// Most distinct reasons for the full environment kept in the ledger.
const MAX_REASONS: usize = 32;

/// What this process's commands were given, for the self-audit's
/// `subprocess-envs` signal: counted by [`CommandEnvExt::env_preset`], and
/// by [`record_unmanaged`] for commands the host builds without a preset.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct SpawnLedger {
    /// Commands given an allow-list preset (`shell_minimal`, `with_keys`).
    pub allow_listed: u64,
    /// Commands given the full environment.
    pub full: u64,
    /// The reasons given for the full environment, each once (the first
    /// few dozen).
    pub full_reasons: Vec<String>,
    /// Commands the host reported as built without a preset.
    pub unmanaged: u64,
}

static LEDGER: Mutex<SpawnLedger> = Mutex::new(SpawnLedger {
    allow_listed: 0,
    full: 0,
    full_reasons: Vec::new(),
    unmanaged: 0,
});

fn record_preset(env: &SubprocessEnv) {
    let mut ledger = LEDGER.lock().unwrap_or_else(PoisonError::into_inner);
    match &env.full_reason {
        None => ledger.allow_listed += 1,
        Some(reason) => {
            ledger.full += 1;
            if ledger.full_reasons.len() < MAX_REASONS && !ledger.full_reasons.contains(reason) {
                ledger.full_reasons.push(reason.clone());
            }
        }
    }
}

/// Records that the host spawned a child process without one of the
/// presets (its environment inherited whole). The self-audit reports it.
pub fn record_unmanaged() {
    LEDGER
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .unmanaged += 1;
}

/// What this process's commands were given so far.
///
/// ```
/// use std::process::Command;
/// use agent_hardening::subprocess_env::{ledger, CommandEnvExt};
///
/// let before = ledger().allow_listed;
/// Command::new("true").minimal_env();
/// assert!(ledger().allow_listed > before);
/// ```
pub fn ledger() -> SpawnLedger {
    LEDGER
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .clone()
}
