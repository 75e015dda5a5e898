//! The auth layer as a client meets it: 401s that count, 429s that come
//! first, rotation, proxies, bounded memory, and WebSocket handshakes over a
//! real TCP socket.

use std::convert::Infallible;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use agent_hardening::clock::ManualClock;
use agent_hardening::http::auth::{AuthLayer, Tokens};
use agent_hardening::http::{ClientKey, TrustedProxies};
use agent_hardening::rejection::{Reason, Rejection};
use agent_hardening::store::{LockoutPolicy, LockoutStore, MemoryStore};
use http::{Request, Response, StatusCode};
use tower::{Service, ServiceBuilder, ServiceExt};

const TOKEN: &str = "current-token-0123456789";
const OLD_TOKEN: &str = "previous-token-9876543210";

type Svc = tower::util::BoxCloneService<Request<()>, Response<String>, Infallible>;

/// The `error` id of a refusal's JSON body.
fn error_of(response: &Response<String>) -> String {
    let body: serde_json::Value = serde_json::from_str(response.body()).unwrap();
    body["error"].as_str().unwrap_or_default().to_owned()
}

fn service(layer: AuthLayer) -> Svc {
    let svc = ServiceBuilder::new()
        .layer(layer)
        .service_fn(|_: Request<()>| async {
            Ok::<_, Infallible>(Response::new(String::from("ok")))
        });
    tower::util::BoxCloneService::new(svc)
}

fn layer(clock: &ManualClock) -> AuthLayer {
    AuthLayer::new(Tokens::new(TOKEN).unwrap()).clock(Arc::new(clock.clone()))
}

async fn call(svc: &mut Svc, peer: &str, token: Option<&str>) -> Response<String> {
    let mut builder = Request::builder().uri("/api/tools/run");
    if let Some(token) = token {
        builder = builder.header("authorization", format!("Bearer {token}"));
    }
    let mut request = builder.body(()).unwrap();
    request
        .extensions_mut()
        .insert(SocketAddr::new(peer.parse().unwrap(), 50_000));
    svc.ready().await.unwrap().call(request).await.unwrap()
}

#[tokio::test]
async fn eleventh_bad_request_is_429_and_locks_out_good_tokens_too() {
    let clock = ManualClock::new();
    let mut svc = service(layer(&clock));
    for attempt in 1..=10 {
        let response = call(&mut svc, "203.0.113.7", Some("guess")).await;
        assert_eq!(
            response.status(),
            StatusCode::UNAUTHORIZED,
            "attempt {attempt}"
        );
        assert_eq!(response.headers()["www-authenticate"], "Bearer");
        assert_eq!(error_of(&response), "unauthorized");
        assert_eq!(
            response
                .extensions()
                .get::<Rejection>()
                .map(Rejection::reason),
            Some(Reason::Unauthorized)
        );
    }
    let locked = call(&mut svc, "203.0.113.7", Some("guess")).await;
    assert_eq!(locked.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(locked.headers()["retry-after"], "900");
    assert_eq!(error_of(&locked), "too_many_failed_attempts");
    let body: serde_json::Value = serde_json::from_str(locked.body()).unwrap();
    assert_eq!(body["retry_after_seconds"], 900);
    assert!(body["message"].is_string());

    // The right token from the locked address: still 429, and the wait shrinks.
    clock.advance(Duration::from_millis(100_500));
    let good = call(&mut svc, "203.0.113.7", Some(TOKEN)).await;
    assert_eq!(good.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(good.headers()["retry-after"], "800");

    // Another address is unaffected.
    assert_eq!(
        call(&mut svc, "198.51.100.20", Some(TOKEN)).await.status(),
        StatusCode::OK
    );

    // After the lockout, good requests work again.
    clock.advance(Duration::from_secs(800));
    assert_eq!(
        call(&mut svc, "203.0.113.7", Some(TOKEN)).await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn success_never_counts_and_never_resets() {
    let clock = ManualClock::new();
    let mut svc = service(layer(&clock));
    for _ in 0..9 {
        call(&mut svc, "203.0.113.8", None).await;
    }
    for _ in 0..50 {
        assert_eq!(
            call(&mut svc, "203.0.113.8", Some(TOKEN)).await.status(),
            StatusCode::OK
        );
    }
    // The tenth failure still locks: the successes reset nothing.
    assert_eq!(
        call(&mut svc, "203.0.113.8", Some("nope")).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        call(&mut svc, "203.0.113.8", Some(TOKEN)).await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn failures_older_than_the_window_drop_out() {
    let clock = ManualClock::new();
    let mut svc = service(layer(&clock));
    for _ in 0..9 {
        call(&mut svc, "203.0.113.9", Some("x")).await;
    }
    clock.advance(Duration::from_secs(301));
    for _ in 0..9 {
        assert_eq!(
            call(&mut svc, "203.0.113.9", Some("x")).await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(
        call(&mut svc, "203.0.113.9", Some(TOKEN)).await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn previous_token_works_until_retired_then_counts_as_a_failure() {
    let clock = ManualClock::new();
    let store: Arc<dyn LockoutStore> = Arc::new(MemoryStore::new());
    let rotating = Tokens::new(TOKEN)
        .unwrap()
        .with_previous(OLD_TOKEN)
        .unwrap();
    let mut during = service(
        AuthLayer::new(rotating)
            .clock(Arc::new(clock.clone()))
            .store(Arc::clone(&store)),
    );
    assert_eq!(
        call(&mut during, "203.0.113.10", Some(OLD_TOKEN))
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        call(&mut during, "203.0.113.10", Some(TOKEN))
            .await
            .status(),
        StatusCode::OK
    );

    let policy = LockoutPolicy::new(
        std::num::NonZeroU32::new(2).unwrap(),
        Duration::from_secs(300),
        Duration::from_secs(60),
    );
    let mut after = service(layer(&clock).store(Arc::clone(&store)).lockout(policy));
    assert_eq!(
        call(&mut after, "203.0.113.10", Some(OLD_TOKEN))
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        call(&mut after, "203.0.113.10", Some(OLD_TOKEN))
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        call(&mut after, "203.0.113.10", Some(TOKEN)).await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn spoofed_forwarding_headers_do_not_escape_a_lockout() {
    let clock = ManualClock::new();
    let proxies = TrustedProxies::from_list("10.0.0.0/8").unwrap();
    let mut svc = service(layer(&clock).trusted_proxies(proxies));
    for i in 0..20 {
        let mut request = Request::builder()
            .header("x-forwarded-for", format!("198.51.100.{i}"))
            .header("cf-connecting-ip", format!("192.0.2.{i}"))
            .header("authorization", "Bearer wrong")
            .body(())
            .unwrap();
        request.extensions_mut().insert(SocketAddr::new(
            IpAddr::V4(Ipv4Addr::new(203, 0, 113, 11)),
            1,
        ));
        let status = svc
            .ready()
            .await
            .unwrap()
            .call(request)
            .await
            .unwrap()
            .status();
        let want = if i < 10 {
            StatusCode::UNAUTHORIZED
        } else {
            StatusCode::TOO_MANY_REQUESTS
        };
        assert_eq!(status, want, "request {i}");
    }
    // Behind the trusted proxy, the forwarded client is the key.
    let mut request = Request::builder()
        .header("x-forwarded-for", "198.51.100.77")
        .header("authorization", format!("Bearer {TOKEN}"))
        .body(())
        .unwrap();
    request
        .extensions_mut()
        .insert(SocketAddr::new(IpAddr::V4(Ipv4Addr::new(10, 0, 0, 2)), 1));
    assert_eq!(
        svc.ready()
            .await
            .unwrap()
            .call(request)
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
}

#[test]
fn a_million_failing_addresses_stay_within_the_cap_and_keep_locks() {
    let store = MemoryStore::with_max_keys(10_000);
    let policy = LockoutPolicy::default();
    let clock = ManualClock::new();
    let victim = ClientKey::from(IpAddr::V4(Ipv4Addr::new(198, 51, 100, 99)));
    for _ in 0..10 {
        store.record_failure_at(victim, agent_hardening::clock::Clock::now(&clock), &policy);
    }
    let now = agent_hardening::clock::Clock::now(&clock);
    let locked_until = store.locked_until(victim, now).expect("locked");
    for n in 0..1_000_000u32 {
        let key = ClientKey::from(IpAddr::V4(Ipv4Addr::from(0x0a00_0000 + n)));
        store.record_failure_at(key, now, &policy);
        assert!(store.len() <= 10_000);
    }
    assert_eq!(store.locked_until(victim, now), Some(locked_until));
}

#[tokio::test]
async fn two_authorization_headers_are_a_400_that_counts_no_failure() {
    let clock = ManualClock::new();
    let mut svc = service(layer(&clock));
    let two = |first: &str, second: &str| {
        let mut request = Request::builder()
            .uri("/api/tools/run")
            .header("authorization", format!("Bearer {first}"))
            .header("authorization", format!("Bearer {second}"))
            .body(())
            .unwrap();
        request
            .extensions_mut()
            .insert(SocketAddr::new("203.0.113.30".parse().unwrap(), 50_000));
        request
    };
    // Even with the right token in either place: a proxy in front may
    // have read the other one.
    for (first, second) in [(TOKEN, "other"), ("other", TOKEN), (TOKEN, TOKEN)] {
        let response = svc
            .ready()
            .await
            .unwrap()
            .call(two(first, second))
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        assert_eq!(error_of(&response), "ambiguous_authorization");
    }
    // Twenty of them lock nobody out: no token was tried.
    for _ in 0..20 {
        let response = svc
            .ready()
            .await
            .unwrap()
            .call(two("a", "b"))
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    }
    assert_eq!(
        call(&mut svc, "203.0.113.30", Some(TOKEN)).await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn never_locked_networks_get_401s_but_no_lockout_and_cannot_be_claimed_in_a_header() {
    let clock = ManualClock::new();
    let office = "192.0.2.0/24".parse().unwrap();
    let proxies = TrustedProxies::from_list("10.0.0.0/8").unwrap();
    let mut svc = service(
        layer(&clock)
            .trusted_proxies(proxies)
            .never_lock_out([office]),
    );
    for attempt in 0..30 {
        let response = call(&mut svc, "192.0.2.40", Some("typo")).await;
        assert_eq!(
            response.status(),
            StatusCode::UNAUTHORIZED,
            "attempt {attempt}"
        );
    }
    assert_eq!(
        call(&mut svc, "192.0.2.40", Some(TOKEN)).await.status(),
        StatusCode::OK
    );
    // Forwarded by the trusted proxy, the office client is still allowed.
    let via_proxy = |client: &str, peer: [u8; 4]| {
        let mut request = Request::builder()
            .header("x-forwarded-for", client)
            .header("authorization", "Bearer wrong")
            .body(())
            .unwrap();
        request
            .extensions_mut()
            .insert(SocketAddr::new(IpAddr::from(peer), 1));
        request
    };
    for _ in 0..15 {
        let status = svc
            .ready()
            .await
            .unwrap()
            .call(via_proxy("192.0.2.41", [10, 0, 0, 2]))
            .await
            .unwrap()
            .status();
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    // An outside client naming an office address in a header it may not
    // set is keyed by its own address, and locked after ten failures.
    let mut statuses = Vec::new();
    for _ in 0..11 {
        let response = svc
            .ready()
            .await
            .unwrap()
            .call(via_proxy("192.0.2.42", [203, 0, 113, 50]))
            .await
            .unwrap();
        statuses.push(response.status());
    }
    assert_eq!(statuses[9], StatusCode::UNAUTHORIZED);
    assert_eq!(statuses[10], StatusCode::TOO_MANY_REQUESTS);
}
