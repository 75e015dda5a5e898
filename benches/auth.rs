//! What bearer authentication adds to a request, side by side: this
//! crate's `AuthLayer` with 10,000 clients already tracked, tower-http's
//! (deprecated) `ValidateRequestHeaderLayer::bearer`, and a `tower_governor`
//! keyed rate limiter. Every variant wraps the same inner service, whose own
//! cost is measured as `baseline`.
#![allow(missing_docs)]

mod common;
mod inputs;

use std::convert::Infallible;
use std::hint::black_box;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Instant;

use agent_hardening::http::ClientKey;
use agent_hardening::http::auth::{AuthLayer, Tokens};
use agent_hardening::store::{LockoutPolicy, LockoutStore, MemoryStore};
use axum::body::Body;
use common::run;
use criterion::{Criterion, criterion_group, criterion_main};
use http::{Request, Response};
use inputs::requests::{TOKEN, bearer_request};
use tower::{Layer, Service, service_fn};

fn inner()
-> impl Service<Request<Body>, Response = Response<Body>, Error = Infallible, Future: Send> + Clone
{
    service_fn(|_: Request<Body>| async { Ok::<_, Infallible>(Response::new(Body::empty())) })
}

fn bench_service<S>(c: &mut Criterion, name: &str, mut service: S)
where
    S: Service<Request<Body>, Response = Response<Body>>,
    S::Error: std::fmt::Debug,
{
    let peer = SocketAddr::new(IpAddr::V4(Ipv4Addr::new(198, 51, 100, 7)), 40_000);
    c.bench_function(&format!("auth/{name}"), |b| {
        b.iter_batched(
            || bearer_request(peer),
            |req| {
                let _ = run(std::future::poll_fn(|cx| service.poll_ready(cx)));
                black_box(run(service.call(req)))
            },
            criterion::BatchSize::SmallInput,
        );
    });
}

fn auth(c: &mut Criterion) {
    bench_service(c, "baseline", inner());

    // 10,000 other clients with failures on record.
    let store = Arc::new(MemoryStore::new());
    let now = Instant::now();
    let policy = LockoutPolicy::default();
    for n in 0..10_000u32 {
        store.record_failure_at(
            ClientKey::from(IpAddr::V4(Ipv4Addr::from(0x0a00_0000 + n))),
            now,
            &policy,
        );
    }
    assert_eq!(store.len(), 10_000);
    let layer = AuthLayer::new(Tokens::new(TOKEN).unwrap_or_else(|e| panic!("{e}"))).store(store);
    bench_service(c, "agent_hardening_auth_layer", layer.layer(inner()));

    #[allow(deprecated)]
    let tower_http = tower_http::validate_request::ValidateRequestHeaderLayer::bearer(TOKEN);
    bench_service(c, "tower_http_bearer", tower_http.layer(inner()));

    let config = tower_governor::governor::GovernorConfigBuilder::default()
        .per_second(1)
        .burst_size(1_000_000)
        .finish()
        .unwrap_or_else(|| panic!("governor config"));
    let governor = tower_governor::GovernorLayer::new(config);
    let mut warm = governor.layer(inner());
    for n in 0..10_000u32 {
        let peer = SocketAddr::new(IpAddr::V4(Ipv4Addr::from(0x0a00_0000 + n)), 1);
        let _ = run(warm.call(bearer_request(peer)));
    }
    bench_service(c, "tower_governor_keyed", warm);
}

criterion_group!(benches, auth);
criterion_main!(benches);
