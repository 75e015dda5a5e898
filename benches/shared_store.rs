//! A decision on the shared store beside the same decision in memory: a
//! cap check and a lockout check of a client that is not locked, as the
//! median and the p99 of one call. Redis is a `redis-server` of the bench's
//! own on a loopback port (the bench says so and skips Redis when the
//! machine has none); each Redis decision is one `EVALSHA` round trip.
#![allow(missing_docs)]

use std::hint::black_box;
use std::net::{IpAddr, Ipv4Addr};
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::{Duration, Instant};

use agent_hardening::caps::Caps;
use agent_hardening::store::{CallStore, ClientKey, LockoutStore, MemoryStore, RedisStore};
use criterion::{Criterion, criterion_group, criterion_main};

#[path = "../tests/store_support/mod.rs"]
mod store_support;

/// Calls timed per iteration; the percentile of those is the iteration's time.
const CALLS: usize = 100;

fn percentiles<F: std::future::Future<Output = ()>>(
    c: &mut Criterion,
    runtime: &tokio::runtime::Runtime,
    name: &str,
    one: impl Fn() -> F,
) {
    for (label, percentile) in [("p50", 50), ("p99", 99)] {
        c.bench_function(&format!("shared_store/{name}_{label}"), |b| {
            b.iter_custom(|iters| {
                runtime.block_on(async {
                    let mut total = Duration::ZERO;
                    let mut times = Vec::with_capacity(CALLS);
                    for _ in 0..iters {
                        times.clear();
                        for _ in 0..CALLS {
                            let start = Instant::now();
                            one().await;
                            times.push(start.elapsed());
                        }
                        times.sort_unstable();
                        total += times[(CALLS * percentile).div_ceil(100) - 1];
                    }
                    total
                })
            })
        });
    }
}

fn bench(
    c: &mut Criterion,
    runtime: &tokio::runtime::Runtime,
    kind: &str,
    store: Arc<dyn StoreBoth>,
) {
    // A cap so high and a window so short that every check records a call.
    let limit = NonZeroU32::new(1_000_000).unwrap_or(NonZeroU32::MIN);
    let caps = Caps::new()
        .cap("search_web", limit, Duration::from_millis(50))
        .store(Arc::clone(&store).as_calls());
    let caps = &caps;
    percentiles(
        c,
        runtime,
        &format!("{kind}/cap_check"),
        move || async move {
            black_box(caps.check(black_box("search_web")).await.is_ok());
        },
    );
    let lockouts = store.as_lockouts();
    let lockouts = &lockouts;
    let key = ClientKey::from(IpAddr::V4(Ipv4Addr::new(203, 0, 113, 7)));
    percentiles(
        c,
        runtime,
        &format!("{kind}/lockout_check"),
        move || async move {
            black_box(lockouts.lock_remaining(key, Instant::now()).await);
        },
    );
}

/// Both store traits, as one object.
trait StoreBoth: LockoutStore + CallStore {
    fn as_calls(self: Arc<Self>) -> Arc<dyn CallStore>;
    fn as_lockouts(self: Arc<Self>) -> Arc<dyn LockoutStore>;
}

impl<T: LockoutStore + CallStore> StoreBoth for T {
    fn as_calls(self: Arc<Self>) -> Arc<dyn CallStore> {
        self
    }
    fn as_lockouts(self: Arc<Self>) -> Arc<dyn LockoutStore> {
        self
    }
}

fn shared_store(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    bench(c, &runtime, "memory", Arc::new(MemoryStore::new()));
    let Some(server) = store_support::RedisServer::start() else {
        return;
    };
    let store = runtime
        .block_on(RedisStore::builder(&server.url()).prefix("bench").connect())
        .unwrap_or_else(|e| panic!("{e}"));
    bench(c, &runtime, "redis", Arc::new(store));
}

criterion_group!(benches, shared_store);
criterion_main!(benches);
