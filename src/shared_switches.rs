//! The kill switch and the approval mode, set once for every replica.
//!
//! **Threat:** an operator pausing a misbehaving agent on the replica the
//! load balancer happened to route them to, while the other replicas go on
//! acting on the injection. [`SharedSwitches`] writes the switches to the
//! shared store and every replica polls them (one `MGET` every 250 ms by
//! default) into its own [`KillSwitch`] and [`ModeSwitch`]. When the store
//! does not answer, each replica keeps the last values it read, and its
//! environment variable (`<PREFIX>_KILL_SWITCH`) still pauses it.
//!
//! # Example
//!
//! ```no_run
//! use agent_hardening::approval::{ApprovalMode, ModeSwitch};
//! use agent_hardening::kill_switch::KillSwitch;
//! use agent_hardening::shared_switches::SharedSwitches;
//! use agent_hardening::store::RedisStore;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let store = RedisStore::builder("redis://127.0.0.1:6379").connect().await?;
//! let switch = KillSwitch::new("MYAGENT");
//! let mode = ModeSwitch::new(ApprovalMode::Smart);
//! let switches = SharedSwitches::new(store)
//!     .kill_switch(switch.clone())
//!     .approval_mode(mode.clone());
//! let _following = switches.clone().spawn();
//!
//! // From an admin route on any replica:
//! switches.set_approval_mode_all(ApprovalMode::Manual).await?;
//! switches.pause_all(true).await?;
//! assert!(switch.is_active());
//! # Ok(())
//! # }
//! ```

use std::time::Duration;

use crate::approval::{ApprovalMode, ModeSwitch};
use crate::kill_switch::KillSwitch;
use crate::store::{RedisStore, RedisStoreError};

/// The setting that pauses every replica while it is `1`.
pub const KILL_SWITCH_SETTING: &str = "kill-switch";
/// The setting that holds every replica's approval mode.
pub const APPROVAL_MODE_SETTING: &str = "approval-mode";

/// How often the store's eviction policy is read again while following.
const EVICTION_CHECK_EVERY: Duration = Duration::from_secs(60);

/// This replica's switches, tied to the values in a shared store; clones
/// share the switches.
#[derive(Debug, Clone)]
pub struct SharedSwitches {
    store: RedisStore,
    kill_switch: Option<KillSwitch>,
    approval_mode: Option<ModeSwitch>,
    every: Duration,
}

impl SharedSwitches {
    /// Switches that follow `store` (none yet: add them below).
    #[must_use]
    pub fn new(store: RedisStore) -> Self {
        Self {
            store,
            kill_switch: None,
            approval_mode: None,
            every: Duration::from_millis(250),
        }
    }

    /// Pauses `switch` while the shared flag is on
    /// ([`KillSwitch::set_shared`]).
    #[must_use]
    pub fn kill_switch(mut self, switch: KillSwitch) -> Self {
        self.kill_switch = Some(switch);
        self
    }

    /// Sets `mode` to the shared approval mode whenever one is set.
    #[must_use]
    pub fn approval_mode(mut self, mode: ModeSwitch) -> Self {
        self.approval_mode = Some(mode);
        self
    }

    /// How often the store is read (default 250 ms, at least 10 ms).
    #[must_use]
    pub fn every(mut self, every: Duration) -> Self {
        self.every = every.max(Duration::from_millis(10));
        self
    }

    /// Pauses (`true`) or resumes (`false`) every replica, this one at
    /// once. A replica whose own variable says paused stays paused.
    ///
    /// # Errors
    ///
    /// [`RedisStoreError::Unavailable`] when the store does not answer:
    /// nothing changed anywhere (pause this replica with
    /// [`KillSwitch::activate`] if it must stop now).
    pub async fn pause_all(&self, paused: bool) -> Result<(), RedisStoreError> {
        let value = paused.then_some("1");
        self.store.set_setting(KILL_SWITCH_SETTING, value).await?;
        if let Some(switch) = &self.kill_switch {
            switch.set_shared(paused);
        }
        Ok(())
    }

    /// Sets the approval mode of every replica, this one at once.
    ///
    /// # Errors
    ///
    /// [`RedisStoreError::Unavailable`] when the store does not answer:
    /// nothing changed anywhere.
    pub async fn set_approval_mode_all(&self, mode: ApprovalMode) -> Result<(), RedisStoreError> {
        self.store
            .set_setting(APPROVAL_MODE_SETTING, Some(mode.as_str()))
            .await?;
        if let Some(switch) = &self.approval_mode {
            switch.set(mode);
        }
        Ok(())
    }

    /// Reads the shared values once and applies them; when the store does
    /// not answer nothing changes (the last values and the environment
    /// hold).
    pub async fn poll_once(&self) {
        let Ok(values) = self
            .store
            .settings(&[KILL_SWITCH_SETTING, APPROVAL_MODE_SETTING])
            .await
        else {
            return;
        };
        let value = |i: usize| values.get(i).and_then(Option::as_deref);
        if let Some(switch) = &self.kill_switch {
            switch.set_shared(value(0).is_some_and(crate::settings::is_truthy));
        }
        if let (Some(mode), Some(shared)) = (&self.approval_mode, value(1)) {
            match shared.parse::<ApprovalMode>() {
                Ok(parsed) => mode.set(parsed),
                Err(_) => tracing::warn!(
                    target: "agent_hardening::store",
                    value = shared,
                    "shared approval mode is not off, smart or manual; the current mode stays"
                ),
            }
        }
    }

    /// Polls in a Tokio task until the handle is aborted or the runtime
    /// ends; also reads the store's eviction policy again every minute.
    pub fn spawn(self) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            let mut ticker = tokio::time::interval(self.every);
            ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            let mut last_eviction_check = tokio::time::Instant::now();
            loop {
                ticker.tick().await;
                self.poll_once().await;
                if last_eviction_check.elapsed() >= EVICTION_CHECK_EVERY {
                    last_eviction_check = tokio::time::Instant::now();
                    self.store.refresh_eviction_policy().await;
                }
            }
        })
    }
}
