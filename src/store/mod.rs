//! Counters shared by the limits of the crate: failed logins per client
//! ([`LockoutStore`], for [`http::auth`](crate::http::auth)) and calls per
//! tool ([`CallStore`], for [`caps`](crate::caps)).
//!
//! **Threat:** state that an attacker can grow without bound or reset at
//! will, and limits that hold per process only: with several replicas
//! behind a load balancer, an attacker guessing tokens would get N tries per
//! replica and a runaway loop N e-mails per replica. Both traits bound the
//! number of keys they hold, and a lockout store never forgets a locked key
//! early. The in-memory [`MemoryStore`] serves one process; `RedisStore`
//! (feature `redis`) serves several replicas with the same traits.
//!
//! # Time and answers
//!
//! A store is handed the caller's monotonic `now` and answers with
//! durations ("locked for 840 s more"), never with instants: a store in this
//! process counts with `now`, a shared store counts with its own single
//! clock (Redis `TIME`), because instants of one process mean nothing in
//! another. Answers are [`StoreFuture`]s: ready at once from memory (no
//! allocation), or awaited over a round trip.

mod client_key;
mod health;
mod memory;
#[cfg(feature = "redis")]
mod redis;
mod reply;

use std::fmt;
use std::num::NonZeroU32;
use std::time::{Duration, Instant};

pub use self::client_key::ClientKey;
pub use self::health::{SharedStoreHealth, SharedStoreState};
pub use self::memory::MemoryStore;
#[cfg(feature = "redis")]
pub use self::redis::{CapsOnFailure, RedisStore, RedisStoreBuilder, RedisStoreError};
pub use self::reply::StoreFuture;

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
/// ends. `now` is the caller's clock; a shared store may use its own.
pub trait LockoutStore: Send + Sync + fmt::Debug + 'static {
    /// How long `key` stays locked, if it is locked at `now`.
    fn lock_remaining(&self, key: ClientKey, now: Instant) -> StoreFuture<Option<Duration>>;

    /// Counts a failure of `key` at `now` under `policy`; answers how long
    /// the lock lasts if this failure locked the client. A failure of a
    /// client that is already locked is not counted.
    fn record_failure(
        &self,
        key: ClientKey,
        now: Instant,
        policy: &LockoutPolicy,
    ) -> StoreFuture<Option<Duration>>;

    /// How many clients the store holds state for in this process.
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
/// then treated as over its limit: failing closed). `now` is the caller's
/// clock; a shared store may use its own.
pub trait CallStore: Send + Sync + fmt::Debug + 'static {
    /// Records a call of `key` at `now` if fewer than `limit` calls of it
    /// fall within `window` before `now`. A call over the limit is not
    /// recorded, so the limit is a ceiling, not a one-strike switch.
    fn try_record(
        &self,
        key: &str,
        now: Instant,
        limit: u32,
        window: Duration,
    ) -> StoreFuture<WindowCount>;
}
