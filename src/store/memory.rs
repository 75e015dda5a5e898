//! The in-memory store: a concurrent map from client to its recent
//! failures, bounded in size.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use dashmap::DashMap;

use super::ClientKey;
use super::{CallStore, LockoutPolicy, LockoutStore, StoreFuture, WindowCount};

/// Failed attempts per client and calls per tool, in this process's memory.
///
/// # Memory bound
///
/// The store holds at most `max_keys` clients (default 100,000; an entry
/// is about 100 bytes plus 16 per remembered failure, and at most
/// `max_failures` failures are remembered per client). When a new client
/// arrives at a full store:
///
/// 1. entries whose failures have all left the window and whose lock has
///    ended are dropped (at most once per `window / 10`, so a flood of new
///    clients does not rescan the table on every request);
/// 2. if the store is still full, a few unlocked entries are sampled and
///    the one with the fewest failures is evicted, so a client piling up
///    failures stays tracked while one-off addresses are recycled;
/// 3. if every sampled entry is locked, the new client is not tracked.
///
/// A locked client is never evicted before its lock ends: rotating through
/// a million addresses fills the table with one-failure entries that evict
/// each other, and leaves the locks in place.
#[derive(Debug)]
pub struct MemoryStore {
    clients: DashMap<ClientKey, Failures>,
    /// Call times per key, oldest first, for [`CallStore`].
    calls: DashMap<Box<str>, VecDeque<Instant>>,
    max_keys: usize,
    /// When the last full prune ran, in nanoseconds after `epoch`.
    last_prune: AtomicU64,
    epoch: Instant,
}

#[derive(Debug, Default)]
struct Failures {
    /// Times of recent failures, oldest first.
    times: VecDeque<Instant>,
    locked_until: Option<Instant>,
}

impl Failures {
    fn is_locked(&self, now: Instant) -> bool {
        self.locked_until.is_some_and(|until| until > now)
    }

    fn is_stale(&self, now: Instant, policy: &LockoutPolicy) -> bool {
        !self.is_locked(now)
            && self
                .times
                .back()
                .is_none_or(|&last| now.saturating_duration_since(last) >= policy.window())
    }
}

/// Entries looked at when choosing one to evict.
const EVICTION_SAMPLE: usize = 16;

impl MemoryStore {
    /// A store for up to 100,000 clients and 100,000 tool keys.
    #[must_use]
    pub fn new() -> Self {
        Self::with_max_keys(100_000)
    }

    /// A store for up to `max_keys` clients, and as many tool keys (at
    /// least one each).
    #[must_use]
    pub fn with_max_keys(max_keys: usize) -> Self {
        Self {
            clients: DashMap::new(),
            calls: DashMap::new(),
            max_keys: max_keys.max(1),
            last_prune: AtomicU64::new(0),
            epoch: Instant::now(),
        }
    }

    /// Makes room for one more client; false if none could be made.
    fn make_room(&self, now: Instant, policy: &LockoutPolicy) -> bool {
        let since_epoch =
            u64::try_from(now.saturating_duration_since(self.epoch).as_nanos()).unwrap_or(u64::MAX);
        let every = u64::try_from((policy.window() / 10).as_nanos()).unwrap_or(u64::MAX);
        let last = self.last_prune.load(Ordering::Relaxed);
        if since_epoch.saturating_sub(last) >= every
            && self
                .last_prune
                .compare_exchange(last, since_epoch, Ordering::Relaxed, Ordering::Relaxed)
                .is_ok()
        {
            self.clients
                .retain(|_, failures| !failures.is_stale(now, policy));
        }
        if self.clients.len() < self.max_keys {
            return true;
        }
        let victim = self
            .clients
            .iter()
            .filter(|entry| !entry.is_locked(now))
            .take(EVICTION_SAMPLE)
            .min_by_key(|entry| entry.times.len())
            .map(|entry| *entry.key());
        match victim {
            Some(key) => {
                self.clients
                    .remove_if(&key, |_, failures| !failures.is_locked(now));
                true
            }
            None => false,
        }
    }
}

impl Default for MemoryStore {
    fn default() -> Self {
        Self::new()
    }
}

impl MemoryStore {
    /// When `key`'s lock ends, if it is locked at `now`.
    #[must_use]
    pub fn locked_until(&self, key: ClientKey, now: Instant) -> Option<Instant> {
        let failures = self.clients.get(&key)?;
        failures.locked_until.filter(|&until| until > now)
    }

    /// Counts a failure of `key` at `now`; when the lock ends if this
    /// failure locked the client.
    pub fn record_failure_at(
        &self,
        key: ClientKey,
        now: Instant,
        policy: &LockoutPolicy,
    ) -> Option<Instant> {
        if !self.clients.contains_key(&key)
            && self.clients.len() >= self.max_keys
            && !self.make_room(now, policy)
        {
            return None;
        }
        let mut failures = self.clients.entry(key).or_default();
        if failures.is_locked(now) {
            return None;
        }
        while failures
            .times
            .front()
            .is_some_and(|&t| now.saturating_duration_since(t) >= policy.window())
        {
            failures.times.pop_front();
        }
        failures.times.push_back(now);
        let max = usize::try_from(policy.max_failures().get()).unwrap_or(usize::MAX);
        if failures.times.len() >= max {
            let until = now + policy.lockout();
            failures.times.clear();
            failures.locked_until = Some(until);
            return Some(until);
        }
        None
    }

    /// Records a call of `key` at `now` if fewer than `limit` calls of it
    /// fall within `window` before `now`.
    pub fn record_call(
        &self,
        key: &str,
        now: Instant,
        limit: u32,
        window: Duration,
    ) -> WindowCount {
        let record = |times: &mut VecDeque<Instant>| {
            while times
                .front()
                .is_some_and(|&t| now.saturating_duration_since(t) >= window)
            {
                times.pop_front();
            }
            let count = u32::try_from(times.len()).unwrap_or(u32::MAX);
            let recorded = count < limit;
            // The next call fits once the call `count - limit` places from
            // the oldest has left the window.
            let retry_after = if recorded {
                times.push_back(now);
                None
            } else {
                let leaving = times.len() - limit as usize;
                times
                    .get(leaving)
                    .map(|&t| (t + window).saturating_duration_since(now))
            };
            WindowCount {
                count,
                recorded,
                retry_after,
            }
        };
        if let Some(mut times) = self.calls.get_mut(key) {
            return record(&mut times);
        }
        if self.calls.len() >= self.max_keys {
            // Keys whose window emptied hold nothing worth keeping.
            self.calls.retain(|_, times| {
                times
                    .back()
                    .is_some_and(|&t| now.saturating_duration_since(t) < window)
            });
            if self.calls.len() >= self.max_keys {
                return WindowCount {
                    count: limit,
                    recorded: false,
                    retry_after: None,
                };
            }
        }
        let mut times = self.calls.entry(key.into()).or_default();
        record(&mut times)
    }
}

impl LockoutStore for MemoryStore {
    fn lock_remaining(&self, key: ClientKey, now: Instant) -> StoreFuture<Option<Duration>> {
        StoreFuture::ready(
            self.locked_until(key, now)
                .map(|until| until.saturating_duration_since(now)),
        )
    }

    fn record_failure(
        &self,
        key: ClientKey,
        now: Instant,
        policy: &LockoutPolicy,
    ) -> StoreFuture<Option<Duration>> {
        StoreFuture::ready(
            self.record_failure_at(key, now, policy)
                .map(|until| until.saturating_duration_since(now)),
        )
    }

    fn len(&self) -> usize {
        self.clients.len()
    }
}

impl CallStore for MemoryStore {
    fn try_record(
        &self,
        key: &str,
        now: Instant,
        limit: u32,
        window: Duration,
    ) -> StoreFuture<WindowCount> {
        StoreFuture::ready(self.record_call(key, now, limit, window))
    }
}

#[cfg(test)]
mod tests {
    use std::net::{IpAddr, Ipv4Addr};
    use std::num::NonZeroU32;
    use std::time::Duration;

    use super::*;

    fn key(n: u32) -> ClientKey {
        ClientKey::from(IpAddr::V4(Ipv4Addr::from(n)))
    }

    fn policy(max: u32) -> LockoutPolicy {
        LockoutPolicy::new(
            NonZeroU32::new(max).unwrap_or(NonZeroU32::MIN),
            Duration::from_secs(300),
            Duration::from_secs(900),
        )
    }

    #[test]
    fn failures_lock_at_the_limit_and_old_ones_drop_out() {
        let store = MemoryStore::new();
        let t0 = Instant::now();
        let p = policy(3);
        assert_eq!(store.record_failure_at(key(1), t0, &p), None);
        assert_eq!(store.record_failure_at(key(1), t0, &p), None);
        // Past the window the first two no longer count.
        let later = t0 + Duration::from_secs(301);
        assert_eq!(store.record_failure_at(key(1), later, &p), None);
        assert_eq!(store.record_failure_at(key(1), later, &p), None);
        assert_eq!(
            store.record_failure_at(key(1), later, &p),
            Some(later + Duration::from_secs(900))
        );
        assert_eq!(
            store.locked_until(key(1), later),
            Some(later + Duration::from_secs(900))
        );
        assert_eq!(
            store.locked_until(key(1), later + Duration::from_secs(900)),
            None
        );
        assert_eq!(store.locked_until(key(2), later), None);
    }
}
