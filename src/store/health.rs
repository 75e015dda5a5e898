//! Whether a shared store is answering, for logs and the shield's
//! `shared-store` signal. A store that falls back to this process's memory
//! weakens every limit it holds (an attacker gets N tries per replica
//! again), so the fallback must be seen, not only survived.

use std::fmt;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

/// The state of a shared store, as its last operation found it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SharedStoreState {
    /// No operation has completed yet.
    Connecting,
    /// The last operation was answered.
    Connected,
    /// The last operation failed or timed out: limits fall back as the
    /// store's failure policy says.
    Degraded,
}

impl SharedStoreState {
    /// `connecting`, `connected` or `degraded`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Connecting => "connecting",
            Self::Connected => "connected",
            Self::Degraded => "degraded",
        }
    }
}

impl fmt::Display for SharedStoreState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A live view of a shared store's health; clones share it. The store
/// updates it on every operation; the shield reads it
/// (`ShieldBuilder::shared_store`).
///
/// ```
/// use agent_hardening::store::{SharedStoreHealth, SharedStoreState};
///
/// let health = SharedStoreHealth::new("redis");
/// assert_eq!(health.state(), SharedStoreState::Connecting);
/// health.answered();
/// assert_eq!(health.state(), SharedStoreState::Connected);
/// health.failed("cap-check", "refuse", "timed out after 200 ms");
/// assert_eq!(health.state(), SharedStoreState::Degraded);
/// assert_eq!(health.last_error().as_deref(), Some("cap-check: timed out after 200 ms"));
/// ```
#[derive(Clone)]
pub struct SharedStoreHealth(Arc<Inner>);

struct Inner {
    backend: &'static str,
    state: AtomicU8,
    last_error: Mutex<Option<String>>,
    eviction_policy: Mutex<Option<String>>,
}

const CONNECTING: u8 = 0;
const CONNECTED: u8 = 1;
const DEGRADED: u8 = 2;

impl SharedStoreHealth {
    /// The health of a store on `backend` (`redis`), not yet connected.
    #[must_use]
    pub fn new(backend: &'static str) -> Self {
        Self(Arc::new(Inner {
            backend,
            state: AtomicU8::new(CONNECTING),
            last_error: Mutex::new(None),
            eviction_policy: Mutex::new(None),
        }))
    }

    /// The backend's name, for logs.
    #[must_use]
    pub fn backend(&self) -> &'static str {
        self.0.backend
    }

    /// The state as the last operation left it.
    #[must_use]
    pub fn state(&self) -> SharedStoreState {
        match self.0.state.load(Ordering::Acquire) {
            CONNECTED => SharedStoreState::Connected,
            DEGRADED => SharedStoreState::Degraded,
            _ => SharedStoreState::Connecting,
        }
    }

    /// The last failure, as `operation: error`.
    #[must_use]
    pub fn last_error(&self) -> Option<String> {
        lock(&self.0.last_error).clone()
    }

    /// The store's eviction policy as last read (`noeviction`, or one that
    /// may drop keys before their time), or `None` if it could not be read.
    #[must_use]
    pub fn eviction_policy(&self) -> Option<String> {
        lock(&self.0.eviction_policy).clone()
    }

    /// Whether the store may evict keys before their TTL: a lock could end
    /// early. `None` when the policy is unknown.
    #[must_use]
    pub fn may_evict(&self) -> Option<bool> {
        self.eviction_policy().map(|policy| policy != "noeviction")
    }

    /// An operation was answered. Logs the return after a failure.
    pub fn answered(&self) {
        let was = self.0.state.swap(CONNECTED, Ordering::AcqRel);
        if was == DEGRADED {
            tracing::info!(
                target: "agent_hardening::store",
                store = self.0.backend,
                state = "connected",
                "shared store: answering again, limits are shared again"
            );
        }
    }

    /// An operation failed; `fallback` says what was done instead. Every
    /// fallback is a `warn` event with the fields `store`, `operation`,
    /// `fallback` and `error`.
    pub fn failed(&self, operation: &'static str, fallback: &'static str, error: &str) {
        self.0.state.store(DEGRADED, Ordering::Release);
        *lock(&self.0.last_error) = Some(format!("{operation}: {error}"));
        tracing::warn!(
            target: "agent_hardening::store",
            store = self.0.backend,
            state = "degraded",
            operation,
            fallback,
            error,
            "shared store unavailable: falling back"
        );
    }

    /// Records the store's eviction policy (`None`: could not be read).
    pub fn set_eviction_policy(&self, policy: Option<String>) {
        if let Some(policy) = policy.as_deref().filter(|p| *p != "noeviction") {
            tracing::warn!(
                target: "agent_hardening::store",
                store = self.0.backend,
                policy,
                "shared store may evict keys before their TTL: a lock can end early; set maxmemory-policy noeviction"
            );
        }
        *lock(&self.0.eviction_policy) = policy;
    }
}

impl fmt::Debug for SharedStoreHealth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SharedStoreHealth")
            .field("backend", &self.0.backend)
            .field("state", &self.state())
            .field("eviction_policy", &self.eviction_policy())
            .finish_non_exhaustive()
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
