//! Time as an injected dependency.
//!
//! Every sliding window in the crate (auth lockout, tool caps) reads time
//! through [`Clock`], so tests advance a [`ManualClock`] instead of sleeping,
//! and production uses the monotonic [`SystemClock`], which wall-clock jumps
//! (NTP, daylight saving, an operator's `date -s`) cannot move backwards.
//!
//! # Example: advancing time in a test
//!
//! ```
//! use std::time::Duration;
//! use agent_hardening::clock::{Clock, ManualClock};
//!
//! let clock = ManualClock::new();
//! let start = clock.now();
//! clock.advance(Duration::from_secs(301));
//! assert_eq!(clock.now() - start, Duration::from_secs(301));
//! ```

use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// A monotonic time source.
///
/// Implementations must never go backwards. They are shared between
/// request handlers, so they are `Send + Sync`.
pub trait Clock: Send + Sync + fmt::Debug {
    /// The current instant.
    fn now(&self) -> Instant;
}

/// The operating system's monotonic clock ([`Instant::now`]).
///
/// ```
/// use agent_hardening::clock::{Clock, SystemClock};
/// let a = SystemClock.now();
/// assert!(SystemClock.now() >= a);
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Instant {
        Instant::now()
    }
}

/// A clock that moves only when told to; clones share one time line.
///
/// ```
/// use std::time::Duration;
/// use agent_hardening::clock::{Clock, ManualClock};
///
/// let clock = ManualClock::new();
/// let shared = clock.clone();
/// let before = shared.now();
/// clock.advance(Duration::from_millis(5));
/// assert_eq!(shared.now() - before, Duration::from_millis(5));
/// ```
#[derive(Debug, Clone)]
pub struct ManualClock {
    now: Arc<Mutex<Instant>>,
}

impl ManualClock {
    /// A clock frozen at the current instant.
    #[must_use]
    pub fn new() -> Self {
        Self {
            now: Arc::new(Mutex::new(Instant::now())),
        }
    }

    /// Moves the clock forward by `by` (a clock never moves back).
    pub fn advance(&self, by: Duration) {
        let mut now = self.now.lock().unwrap_or_else(PoisonError::into_inner);
        *now += by;
    }
}

impl Default for ManualClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Instant {
        *self.now.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manual_clock_stands_still_until_advanced() {
        let clock = ManualClock::new();
        let t0 = clock.now();
        assert_eq!(clock.now(), t0);
        clock.advance(Duration::from_secs(900));
        assert_eq!(clock.now().duration_since(t0), Duration::from_secs(900));
    }
}
