//! Counters shared by the limits of the crate: failed logins per client
//! today, tool-call caps next.
//!
//! **Threat:** state that an attacker can grow without bound or reset at
//! will. Every limit counts through a [`LockoutStore`], which bounds the
//! number of keys it holds and never forgets a locked key early. The
//! in-memory [`MemoryStore`] serves one process; a shared backend (Redis)
//! can implement the same trait so that several replicas agree.

mod memory;

use std::fmt;
use std::num::NonZeroU32;
use std::time::{Duration, Instant};

pub use self::memory::MemoryStore;
use crate::http::ClientKey;

/// When repeated failures lock a client out.
///
/// `max_failures` failures within `window` lock the client for `lockout`.
/// The defaults are 10 failures in 300 s locking for 900 s.
///
/// ```
/// use std::num::NonZeroU32;
/// use std::time::Duration;
/// use agent_hardening::store::LockoutPolicy;
///
/// let policy = LockoutPolicy::default();
/// assert_eq!(policy.max_failures().get(), 10);
/// let strict = LockoutPolicy::new(NonZeroU32::MIN.saturating_add(2), Duration::from_secs(60), Duration::from_secs(3600));
/// assert_eq!(strict.max_failures().get(), 3);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LockoutPolicy {
    max_failures: NonZeroU32,
    window: Duration,
    lockout: Duration,
}

impl LockoutPolicy {
    /// `max_failures` failures within `window` lock a client for `lockout`.
    #[must_use]
    pub const fn new(max_failures: NonZeroU32, window: Duration, lockout: Duration) -> Self {
        Self {
            max_failures,
            window,
            lockout,
        }
    }

    /// Failures that lock a client.
    #[must_use]
    pub const fn max_failures(&self) -> NonZeroU32 {
        self.max_failures
    }

    /// How far back failures count.
    #[must_use]
    pub const fn window(&self) -> Duration {
        self.window
    }

    /// How long a lock lasts.
    #[must_use]
    pub const fn lockout(&self) -> Duration {
        self.lockout
    }
}

impl Default for LockoutPolicy {
    fn default() -> Self {
        Self::new(
            NonZeroU32::new(10).unwrap_or(NonZeroU32::MIN),
            Duration::from_secs(300),
            Duration::from_secs(900),
        )
    }
}

/// Where failed attempts per client are counted.
///
/// Implementations are shared between requests (`Send + Sync`) and must
/// keep their memory bounded: a store that is full may stop tracking new
/// clients, but must never drop a client that is locked before its lock
/// ends.
pub trait LockoutStore: Send + Sync + fmt::Debug + 'static {
    /// When `key`'s lock ends, if it is locked at `now`.
    fn locked_until(&self, key: ClientKey, now: Instant) -> Option<Instant>;

    /// Counts a failure of `key` at `now` under `policy`; returns when the
    /// lock ends if this failure locked the client.
    fn record_failure(
        &self,
        key: ClientKey,
        now: Instant,
        policy: &LockoutPolicy,
    ) -> Option<Instant>;

    /// How many clients the store holds state for.
    fn len(&self) -> usize;

    /// Whether the store holds no state.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
