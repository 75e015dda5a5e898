//! Counters shared by the limits of the crate: failed logins per client
//! ([`LockoutStore`], for [`http::auth`](crate::http::auth)) and calls per
//! tool ([`CallStore`], for [`caps`](crate::caps)).
//!
//! **Threat:** state that an attacker can grow without bound or reset at
//! will. Both traits bound the number of keys they hold, and a lockout store
//! never forgets a locked key early. The in-memory [`MemoryStore`] serves
//! one process; a shared backend (Redis) can implement the same traits so
//! that several replicas agree.

mod client_key;
mod memory;

use std::fmt;
use std::num::NonZeroU32;
use std::time::{Duration, Instant};

pub use self::client_key::ClientKey;
pub use self::memory::MemoryStore;

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

/// What a [`CallStore`] saw in a key's window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WindowCount {
    /// Calls already in the window before this one.
    pub count: u32,
    /// Whether this call was recorded (it was under the limit).
    pub recorded: bool,
    /// For a call that was not recorded: how long until enough calls leave
    /// the window for the next one to fit. `None` when it was recorded, or
    /// when the store cannot tell (it is full).
    pub retry_after: Option<Duration>,
}

/// Where calls per key are counted in exact sliding windows.
///
/// Implementations are shared between calls (`Send + Sync`) and keep their
/// memory bounded; a full store refuses to record a new key (the call is
/// then treated as over its limit: failing closed).
pub trait CallStore: Send + Sync + fmt::Debug + 'static {
    /// Records a call of `key` at `now` if fewer than `limit` calls of it
    /// fall within `window` before `now`. A call over the limit is not
    /// recorded, so the limit is a ceiling, not a one-strike switch.
    fn try_record(&self, key: &str, now: Instant, limit: u32, window: Duration) -> WindowCount;
}
