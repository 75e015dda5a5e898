//! Tool caps over time, with a manual clock: ceilings, exact windows, and a
//! bounded store that fails closed.

use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use agent_hardening::caps::Caps;
use agent_hardening::clock::{Clock, ManualClock};
use agent_hardening::store::{CallStore, MemoryStore};

/// Completes a check on the in-memory store, which answers at once (one
/// poll, no runtime).
fn ready<T>(future: impl std::future::Future<Output = T>) -> T {
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    match std::future::Future::poll(std::pin::pin!(future), &mut cx) {
        std::task::Poll::Ready(value) => value,
        std::task::Poll::Pending => panic!("the in-memory store answers at once"),
    }
}

#[test]
fn five_emails_in_five_minutes_run_the_sixth_is_blocked_until_the_hour_passes() {
    let clock = ManualClock::new();
    let caps = Caps::recommended().clock(Arc::new(clock.clone()));
    for _ in 0..5 {
        assert!(ready(caps.check("send_email")).is_ok());
        clock.advance(Duration::from_secs(60));
    }
    let blocked = ready(caps.check("send_email")).expect_err("the sixth email");
    assert_eq!(
        (
            blocked.status,
            blocked.count,
            blocked.limit,
            blocked.window_seconds
        ),
        ("anomaly_gate_blocked", 5, 5, 3600)
    );
    // The first email leaves the window 55 minutes from now.
    assert_eq!(blocked.retry_after_seconds, Some(3600 - 5 * 60));
    assert!(blocked.message.ends_with("try again in 3300 seconds"));
    // Other tools are unaffected.
    assert!(ready(caps.check("write_file")).is_ok());
    assert!(ready(caps.check("search_docs")).is_ok());
    // An hour after the first email, one slot frees up.
    clock.advance(Duration::from_secs(3600 - 5 * 60));
    assert!(ready(caps.check("send_email")).is_ok());
    assert!(ready(caps.check("send_email")).is_err());
    clock.advance(Duration::from_secs(3600));
    for _ in 0..5 {
        assert!(ready(caps.check("send_email")).is_ok());
    }
}

#[test]
fn prefix_caps_count_each_tool_on_its_own() {
    let clock = ManualClock::new();
    let caps = Caps::recommended().clock(Arc::new(clock.clone()));
    for _ in 0..3 {
        assert!(ready(caps.check("delete_user")).is_ok());
    }
    assert!(ready(caps.check("delete_user")).is_err());
    assert!(ready(caps.check("delete_file")).is_ok());
    assert!(ready(caps.check("forget_memory")).is_ok());
}

#[test]
fn a_full_store_recycles_idle_keys_and_otherwise_fails_closed() {
    let store = MemoryStore::with_max_keys(2);
    let clock = ManualClock::new();
    let hour = Duration::from_secs(3600);
    assert!(ready(store.try_record("a", clock.now(), 10, hour)).recorded);
    assert!(ready(store.try_record("b", clock.now(), 10, hour)).recorded);
    // Full, and both keys are active: a third key is refused.
    assert!(!ready(store.try_record("c", clock.now(), 10, hour)).recorded);
    // Existing keys keep working.
    assert!(ready(store.try_record("a", clock.now(), 10, hour)).recorded);
    // Once their windows empty, the idle keys make room.
    clock.advance(hour);
    assert!(ready(store.try_record("c", clock.now(), 10, hour)).recorded);

    let caps = Caps::new()
        .cap("tool_*", NonZeroU32::MIN, hour)
        .store(Arc::new(MemoryStore::with_max_keys(1)))
        .clock(Arc::new(clock.clone()));
    assert!(ready(caps.check("tool_a")).is_ok());
    assert!(
        ready(caps.check("tool_b")).is_err(),
        "a store with no room refuses rather than forgets"
    );
}
