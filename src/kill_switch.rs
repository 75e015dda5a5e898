//! The pause button, read live.
//!
//! **Threat:** an agent misbehaving mid-incident (a prompt injection being
//! acted on, a runaway loop) while the operator needs it stopped now,
//! without a deploy. The switch is an environment variable
//! (`<PREFIX>_KILL_SWITCH`) read on every check, a flag set in process, or a
//! flag every replica reads from a shared store (see
//! [`set_shared`](KillSwitch::set_shared)); while it is on, every guarded
//! tool call is refused and schedulers skip their ticks.
//!
//! # Example
//!
//! ```
//! use agent_hardening::kill_switch::KillSwitch;
//!
//! let switch = KillSwitch::new("MYAGENT").agent_name("Support bot");
//! assert_eq!(switch.variable(), "MYAGENT_KILL_SWITCH");
//! switch.activate();
//! assert!(switch.is_active());
//! let refusal = switch.refusal();
//! assert_eq!(
//!     serde_json::to_string(&refusal)?,
//!     r#"{"status":"kill_switch_active","message":"Support bot is paused. Set MYAGENT_KILL_SWITCH=false to resume."}"#
//! );
//! switch.clear_override();
//! # Ok::<(), serde_json::Error>(())
//! ```

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

use serde::Serialize;

/// Reads an environment variable: `std::env::var` by default.
type Lookup = Arc<dyn Fn(&str) -> Option<String> + Send + Sync>;

const FOLLOW_ENV: u8 = 0;
const FORCED_ON: u8 = 1;
const FORCED_OFF: u8 = 2;

/// A kill switch: on while `<PREFIX>_KILL_SWITCH` is `true`, `1`, `yes` or
/// `on` (any case) or a shared store says so, unless set in process with
/// [`activate`](Self::activate) or [`deactivate`](Self::deactivate), which
/// win until [`clear_override`](Self::clear_override).
#[derive(Clone)]
pub struct KillSwitch {
    variable: String,
    agent: String,
    state: Arc<AtomicU8>,
    /// Paused for every replica, as last read from a shared store.
    shared: Arc<AtomicBool>,
    lookup: Lookup,
}

impl KillSwitch {
    /// A switch read from `<prefix>_KILL_SWITCH` (`MYAGENT` ->
    /// `MYAGENT_KILL_SWITCH`), for an agent called "The agent".
    #[must_use]
    pub fn new(prefix: &str) -> Self {
        Self::with_lookup(prefix, |name| std::env::var(name).ok())
    }

    /// A switch whose variable is read with `lookup` instead of the process
    /// environment (a config service, or a map in tests).
    #[must_use]
    pub fn with_lookup(
        prefix: &str,
        lookup: impl Fn(&str) -> Option<String> + Send + Sync + 'static,
    ) -> Self {
        Self {
            variable: format!("{}_KILL_SWITCH", prefix.trim_end_matches('_')),
            agent: "The agent".to_owned(),
            state: Arc::new(AtomicU8::new(FOLLOW_ENV)),
            shared: Arc::new(AtomicBool::new(false)),
            lookup: Arc::new(lookup),
        }
    }

    /// The name used in the refusal message.
    #[must_use]
    pub fn agent_name(mut self, name: &str) -> Self {
        name.clone_into(&mut self.agent);
        self
    }

    /// The environment variable this switch reads.
    #[must_use]
    pub fn variable(&self) -> &str {
        &self.variable
    }

    /// Whether the agent is paused, read now (no restart needed either way).
    #[must_use]
    pub fn is_active(&self) -> bool {
        match self.state.load(Ordering::Acquire) {
            FORCED_ON => true,
            FORCED_OFF => false,
            _ => {
                self.is_paused_by_shared_store()
                    || (self.lookup)(&self.variable).is_some_and(|v| crate::settings::is_truthy(&v))
            }
        }
    }

    /// Whether the shared store's flag is on (as last read), whatever the
    /// variable and the in-process override say.
    #[must_use]
    pub fn is_paused_by_shared_store(&self) -> bool {
        self.shared.load(Ordering::Acquire)
    }

    /// Records what a shared store says for every replica: `true` pauses
    /// this replica too (unless [`deactivate`](Self::deactivate)d in
    /// process), `false` leaves the decision to the variable. A store that
    /// cannot be read leaves the last value in place.
    /// `shared_switches::SharedSwitches` (feature `redis`) calls it.
    pub fn set_shared(&self, paused: bool) {
        self.shared.store(paused, Ordering::Release);
    }

    /// For schedulers: whether to skip this tick.
    #[must_use]
    pub fn should_skip_tick(&self) -> bool {
        self.is_active()
    }

    /// Pauses the agent from inside the process (clones share the flag).
    pub fn activate(&self) {
        self.state.store(FORCED_ON, Ordering::Release);
    }

    /// Resumes the agent from inside the process, whatever the variable says.
    pub fn deactivate(&self) {
        self.state.store(FORCED_OFF, Ordering::Release);
    }

    /// Follows the environment variable again.
    pub fn clear_override(&self) {
        self.state.store(FOLLOW_ENV, Ordering::Release);
    }

    /// The answer a guarded call gets while the switch is on. The message
    /// says where the pause came from: the shared store (for every
    /// replica) or this replica's variable or override.
    #[must_use]
    pub fn refusal(&self) -> KillSwitchActive {
        let message = if self.state.load(Ordering::Acquire) == FOLLOW_ENV
            && self.is_paused_by_shared_store()
        {
            format!(
                "{} is paused on every replica. Resume it through the shared kill switch.",
                self.agent
            )
        } else {
            format!(
                "{} is paused. Set {}=false to resume.",
                self.agent, self.variable
            )
        };
        KillSwitchActive {
            status: "kill_switch_active",
            message,
        }
    }
}

impl fmt::Debug for KillSwitch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KillSwitch")
            .field("variable", &self.variable)
            .field("active", &self.is_active())
            .field("shared", &self.is_paused_by_shared_store())
            .finish_non_exhaustive()
    }
}

/// Refusal while the kill switch is on; serialises to
/// `{"status":"kill_switch_active","message":"..."}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct KillSwitchActive {
    /// Always `kill_switch_active`.
    pub status: &'static str,
    /// Who is paused and how to resume.
    pub message: String,
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::sync::Mutex;

    use super::*;

    #[test]
    fn follows_the_variable_live_and_the_override_wins() {
        let env: Arc<Mutex<HashMap<String, String>>> = Arc::default();
        let reader = Arc::clone(&env);
        let switch = KillSwitch::with_lookup("MYAGENT", move |name| {
            reader.lock().ok()?.get(name).cloned()
        });
        let set = |value: &str| {
            env.lock()
                .unwrap()
                .insert("MYAGENT_KILL_SWITCH".into(), value.into());
        };
        assert!(!switch.is_active());
        for on in ["true", "1", "YES", " on "] {
            set(on);
            assert!(switch.is_active(), "{on}");
        }
        for off in ["false", "0", "no", "off", "", "maybe"] {
            set(off);
            assert!(!switch.is_active(), "{off}");
        }
        switch.activate();
        assert!(switch.clone().is_active());
        set("true");
        switch.deactivate();
        assert!(!switch.is_active());
        switch.clear_override();
        assert!(switch.is_active());
        // The shared store's pause holds whatever the variable says.
        set("false");
        switch.set_shared(true);
        assert!(switch.clone().is_active());
        switch.deactivate();
        assert!(!switch.is_active());
        switch.clear_override();
        assert!(switch.refusal().message.contains("on every replica"));
        switch.set_shared(false);
        assert!(!switch.is_active());
        assert!(
            switch
                .refusal()
                .message
                .contains("MYAGENT_KILL_SWITCH=false")
        );
    }
}
