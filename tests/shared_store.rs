//! One suite for every store, run against the in-memory store and against
//! Redis (a `redis-server` of the test's own): lockouts through the auth
//! layer, exact cap ceilings, bounded memory. Then what only a shared store
//! has: keys and TTLs in Redis, and its failure policy when Redis stops and
//! comes back.
#![cfg(feature = "redis")]

mod store_support;

use std::convert::Infallible;
use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::{Duration, Instant};

use agent_hardening::audit::Shield;
use agent_hardening::caps::Caps;
use agent_hardening::clock::SystemClock;
use agent_hardening::http::auth::{AuthLayer, Tokens};
use agent_hardening::kill_switch::KillSwitch;
use agent_hardening::shared_switches::SharedSwitches;
use agent_hardening::store::{
    CallStore, CapsOnFailure, ClientKey, LockoutPolicy, LockoutStore, MemoryStore, RedisStore,
    SharedStoreState,
};
use http::{Request, Response, StatusCode};
use store_support::RedisServer;
use tower::{Service, ServiceBuilder, ServiceExt};

const TOKEN: &str = "current-token-0123456789";

type Svc = tower::util::BoxCloneService<Request<()>, Response<String>, Infallible>;

fn service(store: Arc<dyn LockoutStore>, policy: LockoutPolicy) -> Svc {
    let layer = AuthLayer::new(Tokens::new(TOKEN).unwrap())
        .store(store)
        .lockout(policy)
        .clock(Arc::new(SystemClock));
    tower::util::BoxCloneService::new(
        ServiceBuilder::new()
            .layer(layer)
            .service_fn(|_: Request<()>| async {
                Ok::<_, Infallible>(Response::new("ok".to_owned()))
            }),
    )
}

async fn call(svc: &mut Svc, peer: &str, token: &str) -> Response<String> {
    let mut request = Request::builder()
        .uri("/api/tools/run")
        .header("authorization", format!("Bearer {token}"))
        .body(())
        .unwrap();
    request
        .extensions_mut()
        .insert(SocketAddr::new(peer.parse().unwrap(), 50_000));
    svc.ready().await.unwrap().call(request).await.unwrap()
}

fn n(v: u32) -> NonZeroU32 {
    NonZeroU32::new(v).unwrap()
}

async fn redis_store(server: &RedisServer, prefix: &str) -> RedisStore {
    RedisStore::builder(&server.url())
        .prefix(prefix)
        .connect()
        .await
        .unwrap()
}

// ---- the suite, generic over the store ----

/// Three failures lock; the lock answers 429 with `Retry-After` before the
/// token is looked at (a right token is refused too); other clients go on;
/// the lock ends on time.
async fn lockout_locks_answers_429_first_and_ends(store: Arc<dyn LockoutStore>) {
    let policy = LockoutPolicy::new(n(3), Duration::from_secs(10), Duration::from_secs(1));
    let mut svc = service(store, policy);
    for attempt in 1..=3 {
        let response = call(&mut svc, "203.0.113.7", "guess").await;
        assert_eq!(
            response.status(),
            StatusCode::UNAUTHORIZED,
            "attempt {attempt}"
        );
    }
    let locked = call(&mut svc, "203.0.113.7", TOKEN).await;
    assert_eq!(locked.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(locked.headers()["retry-after"], "1");
    assert!(locked.body().contains("too_many_failed_attempts"));
    assert_eq!(
        call(&mut svc, "198.51.100.9", TOKEN).await.status(),
        StatusCode::OK
    );
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert_eq!(
        call(&mut svc, "203.0.113.7", TOKEN).await.status(),
        StatusCode::OK
    );
    // The lock cleared the count: one more failure does not lock again.
    assert_eq!(
        call(&mut svc, "203.0.113.7", "guess").await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        call(&mut svc, "203.0.113.7", TOKEN).await.status(),
        StatusCode::OK
    );
}

/// Failures older than the window no longer count.
async fn lockout_window_slides(store: Arc<dyn LockoutStore>) {
    let policy = LockoutPolicy::new(n(3), Duration::from_millis(800), Duration::from_secs(5));
    let mut svc = service(store, policy);
    for _ in 0..2 {
        call(&mut svc, "192.0.2.44", "guess").await;
    }
    tokio::time::sleep(Duration::from_millis(900)).await;
    for _ in 0..2 {
        assert_eq!(
            call(&mut svc, "192.0.2.44", "guess").await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(
        call(&mut svc, "192.0.2.44", TOKEN).await.status(),
        StatusCode::OK
    );
    call(&mut svc, "192.0.2.44", "guess").await;
    assert_eq!(
        call(&mut svc, "192.0.2.44", TOKEN).await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
}

/// 100 concurrent calls of a tool capped at 5 pass exactly 5; the refused
/// calls are not recorded, so the tool runs again once the window slid.
async fn caps_hold_exactly_under_concurrency(store: Arc<dyn CallStore>) {
    let caps = Arc::new(
        Caps::new()
            .cap("send_email", n(5), Duration::from_secs(1))
            .store(store),
    );
    let calls: Vec<_> = (0..100)
        .map(|_| {
            let caps = Arc::clone(&caps);
            tokio::spawn(async move { caps.check("send_email").await })
        })
        .collect();
    let mut passed = 0;
    for call in calls {
        match call.await.unwrap() {
            Ok(()) => passed += 1,
            Err(blocked) => {
                assert_eq!(blocked.limit, 5);
                let retry = blocked.retry_after_seconds.expect("the store can tell");
                assert!((1..=1).contains(&retry), "{retry}");
            }
        }
    }
    assert_eq!(passed, 5);
    tokio::time::sleep(Duration::from_millis(1050)).await;
    for _ in 0..5 {
        assert!(caps.check("send_email").await.is_ok());
    }
    assert!(caps.check("send_email").await.is_err());
}

/// The window slides call by call, not by buckets.
async fn caps_window_is_exact(store: Arc<dyn CallStore>) {
    let caps = Caps::new()
        .cap("delete_user", n(2), Duration::from_millis(1000))
        .store(store);
    assert!(caps.check("delete_user").await.is_ok());
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(caps.check("delete_user").await.is_ok());
    assert!(caps.check("delete_user").await.is_err());
    tokio::time::sleep(Duration::from_millis(550)).await;
    // The first call left the window; the second has not.
    assert!(caps.check("delete_user").await.is_ok());
    assert!(caps.check("delete_user").await.is_err());
}

/// 2,000 clients failing once leave the store within its bound in this
/// process, and locked clients stay locked.
async fn memory_stays_bounded(store: Arc<dyn LockoutStore>, bound: usize) {
    let policy = LockoutPolicy::new(n(2), Duration::from_secs(60), Duration::from_secs(60));
    let now = Instant::now();
    let victim = ClientKey::from("203.0.113.250".parse::<std::net::IpAddr>().unwrap());
    store.record_failure(victim, now, &policy).await;
    assert!(store.record_failure(victim, now, &policy).await.is_some());
    for i in 0..2_000u32 {
        let key = ClientKey::from(std::net::IpAddr::from(std::net::Ipv4Addr::from(
            0x0a00_0000 + i,
        )));
        store.record_failure(key, now, &policy).await;
    }
    assert!(store.len() <= bound, "{} > {bound}", store.len());
    assert!(store.lock_remaining(victim, now).await.is_some());
}

#[tokio::test]
async fn memory_store_passes_the_suite() {
    lockout_locks_answers_429_first_and_ends(Arc::new(MemoryStore::new())).await;
    lockout_window_slides(Arc::new(MemoryStore::new())).await;
    caps_hold_exactly_under_concurrency(Arc::new(MemoryStore::new())).await;
    caps_window_is_exact(Arc::new(MemoryStore::new())).await;
    memory_stays_bounded(Arc::new(MemoryStore::with_max_keys(100)), 100).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_store_passes_the_suite() {
    let Some(server) = RedisServer::start() else {
        return;
    };
    let store = redis_store(&server, "suite").await;
    lockout_locks_answers_429_first_and_ends(Arc::new(store.clone())).await;
    lockout_window_slides(Arc::new(store.clone())).await;
    caps_hold_exactly_under_concurrency(Arc::new(store.clone())).await;
    caps_window_is_exact(Arc::new(store.clone())).await;
    let small = RedisStore::builder(&server.url())
        .prefix("bounded")
        .max_local_keys(100)
        .connect()
        .await
        .unwrap();
    memory_stays_bounded(Arc::new(small), 100).await;
    assert_eq!(store.health().state(), SharedStoreState::Connected);
    assert_eq!(
        store.health().eviction_policy().as_deref(),
        Some("noeviction")
    );
}

// ---- what only the shared store has ----

/// Every key the store writes has a TTL no longer than its window or lock,
/// sits under the prefix, and a client's keys share one hash tag.
#[tokio::test]
async fn redis_keys_have_ttls_prefixes_and_hash_tags() {
    let Some(server) = RedisServer::start() else {
        return;
    };
    let store = redis_store(&server, "ttl-check").await;
    let policy = LockoutPolicy::new(n(3), Duration::from_secs(300), Duration::from_secs(900));
    let now = Instant::now();
    let key = ClientKey::from("203.0.113.7".parse::<std::net::IpAddr>().unwrap());
    let other = ClientKey::from("2001:db8::1".parse::<std::net::IpAddr>().unwrap());
    for _ in 0..3 {
        store.record_failure(key, now, &policy).await;
    }
    store.record_failure(other, now, &policy).await;
    store
        .try_record("send_email", now, 5, Duration::from_secs(3600))
        .await;

    let mut redis = server.connection().await;
    let mut keys: Vec<String> = redis::cmd("KEYS")
        .arg("*")
        .query_async(&mut redis)
        .await
        .unwrap();
    keys.sort();
    assert_eq!(
        keys,
        [
            "ttl-check:calls:{send_email}",
            "ttl-check:lockout:{2001:db8::/64}:failures",
            "ttl-check:lockout:{203.0.113.7}:lock",
        ]
    );
    for (key, most) in [
        (&keys[0], 3_600_000),
        (&keys[1], 300_000),
        (&keys[2], 900_000),
    ] {
        let ttl: i64 = redis::cmd("PTTL")
            .arg(key)
            .query_async(&mut redis)
            .await
            .unwrap();
        assert!(ttl > 0 && ttl <= most, "{key}: {ttl}");
    }
    // The locked client is answered from this process: no Redis call.
    let before: String = redis::cmd("INFO")
        .arg("commandstats")
        .query_async(&mut redis)
        .await
        .unwrap();
    for _ in 0..50 {
        assert!(
            store
                .lock_remaining(key, Instant::now())
                .into_ready()
                .is_ok()
        );
    }
    let after: String = redis::cmd("INFO")
        .arg("commandstats")
        .query_async(&mut redis)
        .await
        .unwrap();
    let evalsha = |info: &str| {
        info.lines()
            .find(|l| l.starts_with("cmdstat_evalsha:"))
            .map(str::to_owned)
    };
    assert_eq!(evalsha(&before), evalsha(&after));
}

/// Redis stops mid-run: every path answers within the timeout with the
/// documented fallback, never a hang or a 500; Redis comes back and the
/// same store uses it again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_stopping_and_coming_back() {
    let Some(mut server) = RedisServer::start() else {
        return;
    };
    let store = RedisStore::builder(&server.url())
        .prefix("faults")
        .timeout(Duration::from_millis(200))
        .connect()
        .await
        .unwrap();
    let local = RedisStore::builder(&server.url())
        .prefix("faults")
        .caps_on_failure(CapsOnFailure::CountLocally)
        .connect()
        .await
        .unwrap();
    let open = RedisStore::builder(&server.url())
        .prefix("faults")
        .caps_on_failure(CapsOnFailure::Allow)
        .connect()
        .await
        .unwrap();
    let policy = LockoutPolicy::new(n(3), Duration::from_secs(60), Duration::from_secs(60));
    let mut svc = service(Arc::new(store.clone()), policy);
    let switch = KillSwitch::with_lookup("FAULTS", |_| None);
    let switches = SharedSwitches::new(store.clone())
        .kill_switch(switch.clone())
        .every(Duration::from_millis(50));
    let following = switches.clone().spawn();
    let shield = Shield::builder().shared_store(store.health()).build();
    // Paused through another replica's handle: this one follows.
    let elsewhere = SharedSwitches::new(store.clone());
    elsewhere.pause_all(true).await.unwrap();
    let paused = Instant::now();
    while !switch.is_active() {
        assert!(
            paused.elapsed() < Duration::from_secs(1),
            "the follower applies the flag"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(
        call(&mut svc, "198.51.100.1", TOKEN).await.status(),
        StatusCode::OK
    );

    server.stop();

    let bound = Duration::from_millis(1500);
    // Lockouts: counted in this replica's memory, 401 then 429.
    let started = Instant::now();
    for _ in 0..3 {
        assert_eq!(
            call(&mut svc, "203.0.113.99", "guess").await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(
        call(&mut svc, "203.0.113.99", TOKEN).await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        call(&mut svc, "198.51.100.1", TOKEN).await.status(),
        StatusCode::OK
    );
    assert!(started.elapsed() < bound * 5, "{:?}", started.elapsed());
    // Caps: refused by default, counted locally or allowed when so configured.
    let refuse = Caps::new()
        .cap("send_email", n(5), Duration::from_secs(60))
        .store(Arc::new(store.clone()));
    let started = Instant::now();
    let refused = refuse.check("send_email").await.unwrap_err();
    assert!(started.elapsed() < bound, "{:?}", started.elapsed());
    assert_eq!(refused.retry_after_seconds, None);
    let counted = Caps::new()
        .cap("send_email", n(2), Duration::from_secs(60))
        .store(Arc::new(local.clone()));
    assert!(counted.check("send_email").await.is_ok());
    assert!(counted.check("send_email").await.is_ok());
    assert!(counted.check("send_email").await.is_err());
    let allowed = Caps::new()
        .cap("send_email", n(1), Duration::from_secs(60))
        .store(Arc::new(open.clone()));
    for _ in 0..3 {
        assert!(allowed.check("send_email").await.is_ok());
    }
    // The kill switch keeps its last value; writing it says Redis is away.
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(switch.is_active());
    let started = Instant::now();
    assert!(elsewhere.pause_all(false).await.is_err());
    assert!(started.elapsed() < bound, "{:?}", started.elapsed());
    assert_eq!(store.health().state(), SharedStoreState::Degraded);
    let signal = shield
        .signals()
        .into_iter()
        .find(|s| s.name == "shared-store")
        .unwrap();
    assert_eq!(signal.value, "degraded");

    server.resume();

    // Used again without a new store: the first answered call reconnects.
    let back = Instant::now();
    while elsewhere.pause_all(false).await.is_err() {
        assert!(
            back.elapsed() < Duration::from_secs(10),
            "Redis is used again"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let resumed = Instant::now();
    while switch.is_active() {
        assert!(
            resumed.elapsed() < Duration::from_secs(1),
            "the follower reads the flag again"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(store.health().state(), SharedStoreState::Connected);
    let signal = shield
        .signals()
        .into_iter()
        .find(|s| s.name == "shared-store")
        .unwrap();
    assert_eq!(signal.value, "connected");
    // A lock earned while Redis was away still holds.
    assert_eq!(
        call(&mut svc, "203.0.113.99", TOKEN).await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    // Counted in Redis again: a fresh client's failures land there.
    for _ in 0..3 {
        call(&mut svc, "192.0.2.200", "guess").await;
    }
    let mut redis = server.connection().await;
    let lock: i64 = redis::cmd("PTTL")
        .arg("faults:lockout:{192.0.2.200}:lock")
        .query_async(&mut redis)
        .await
        .unwrap();
    assert!(lock > 0, "{lock}");
    assert!(refuse.check("send_email").await.is_ok());
    following.abort();
}

/// A Redis that may evict keys before their TTL (a lock could end early)
/// turns the shield's signal to a warning.
#[tokio::test]
async fn an_evicting_redis_is_a_warning() {
    let Some(server) = RedisServer::start() else {
        return;
    };
    let store = redis_store(&server, "eviction").await;
    let shield = Shield::builder().shared_store(store.health()).build();
    store
        .try_record("send_email", Instant::now(), 5, Duration::from_secs(60))
        .await;
    let signal = shield
        .signals()
        .into_iter()
        .find(|s| s.name == "shared-store")
        .unwrap();
    assert_eq!((signal.value.as_str(), signal.delta), ("connected", 0));
    let mut redis = server.connection().await;
    let () = redis::cmd("CONFIG")
        .arg("SET")
        .arg("maxmemory-policy")
        .arg("allkeys-lru")
        .query_async(&mut redis)
        .await
        .unwrap();
    store.refresh_eviction_policy().await;
    let signal = shield
        .signals()
        .into_iter()
        .find(|s| s.name == "shared-store")
        .unwrap();
    assert_eq!(
        (signal.value.as_str(), signal.delta),
        ("eviction possible", -5)
    );
    assert!(signal.detail.contains("allkeys-lru"), "{}", signal.detail);
}
