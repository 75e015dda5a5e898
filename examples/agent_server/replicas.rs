//! The store several replicas of this server share, from `AGENT_REDIS_URL`
//! (build with `--features redis`): lockouts, caps, the kill switch and the
//! approval mode then hold across every replica on that Redis. Unset, each
//! server keeps them in its own memory.

use std::sync::Arc;

use agent_hardening::approval::ApprovalMode;
use agent_hardening::guard::ToolGuard;
use agent_hardening::store::{CallStore, LockoutStore, SharedStoreHealth};

/// The shared store, if one is configured.
#[derive(Clone, Default)]
pub(crate) struct Replicas {
    #[cfg(feature = "redis")]
    store: Option<agent_hardening::store::RedisStore>,
    /// This replica's switches tied to the store, once `follow` ran.
    #[cfg(feature = "redis")]
    switches: Option<agent_hardening::shared_switches::SharedSwitches>,
}

impl Replicas {
    /// Connects to `AGENT_REDIS_URL` (keys under `AGENT_REDIS_PREFIX`,
    /// default `agent-demo`). A Redis that is down at start-up gives a
    /// degraded store, not an error.
    pub(crate) async fn from_env() -> Result<Self, Box<dyn std::error::Error>> {
        let Some(url) = std::env::var("AGENT_REDIS_URL")
            .ok()
            .filter(|u| !u.trim().is_empty())
        else {
            return Ok(Self::default());
        };
        #[cfg(feature = "redis")]
        {
            let prefix =
                std::env::var("AGENT_REDIS_PREFIX").unwrap_or_else(|_| "agent-demo".into());
            let store = agent_hardening::store::RedisStore::builder(url.trim())
                .prefix(&prefix)
                .connect()
                .await?;
            tracing::info!(prefix = %prefix, "shared store: lockouts, caps, the kill switch and the approval mode are shared through Redis");
            Ok(Self {
                store: Some(store),
                switches: None,
            })
        }
        #[cfg(not(feature = "redis"))]
        {
            let _ = url;
            Err("AGENT_REDIS_URL is set but this build has no Redis support: run with --features redis".into())
        }
    }

    /// Where failed logins are counted, if shared.
    pub(crate) fn lockout_store(&self) -> Option<Arc<dyn LockoutStore>> {
        #[cfg(feature = "redis")]
        if let Some(store) = &self.store {
            return Some(Arc::new(store.clone()));
        }
        None
    }

    /// Where tool calls are counted, if shared.
    pub(crate) fn call_store(&self) -> Option<Arc<dyn CallStore>> {
        #[cfg(feature = "redis")]
        if let Some(store) = &self.store {
            return Some(Arc::new(store.clone()));
        }
        None
    }

    /// The store's health, for the shield.
    pub(crate) fn health(&self) -> Option<SharedStoreHealth> {
        #[cfg(feature = "redis")]
        if let Some(store) = &self.store {
            return Some(store.health());
        }
        None
    }

    /// Ties `guard`'s kill switch and approval mode to the store and
    /// starts applying the shared values (every 250 ms).
    pub(crate) fn follow(&mut self, guard: &ToolGuard) {
        #[cfg(feature = "redis")]
        if let Some(store) = &self.store {
            let mut switches = agent_hardening::shared_switches::SharedSwitches::new(store.clone())
                .approval_mode(guard.mode().clone());
            if let Some(switch) = guard.kill_switch_handle() {
                switches = switches.kill_switch(switch.clone());
            }
            drop(switches.clone().spawn());
            self.switches = Some(switches);
        }
        let _ = guard;
    }

    /// Writes the kill switch for every replica: `None` without a shared
    /// store, `Some(Err)` when it does not answer.
    pub(crate) async fn set_kill_switch(&self, paused: bool) -> Option<Result<(), String>> {
        #[cfg(feature = "redis")]
        if let Some(switches) = &self.switches {
            return Some(switches.pause_all(paused).await.map_err(|e| e.to_string()));
        }
        let _ = paused;
        None
    }

    /// Writes the approval mode for every replica: `None` without a shared
    /// store, `Some(Err)` when it does not answer.
    pub(crate) async fn set_approval_mode(&self, mode: ApprovalMode) -> Option<Result<(), String>> {
        #[cfg(feature = "redis")]
        if let Some(switches) = &self.switches {
            return Some(
                switches
                    .set_approval_mode_all(mode)
                    .await
                    .map_err(|e| e.to_string()),
            );
        }
        let _ = mode;
        None
    }
}
