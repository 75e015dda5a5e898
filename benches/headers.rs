//! What the security headers add to a response, side by side with the same
//! headers set by one tower-http `SetResponseHeaderLayer` each, and with
//! axum-helmet's defaults (helmet's header set).
#![allow(missing_docs)]

mod common;

use std::convert::Infallible;
use std::hint::black_box;

use agent_hardening::http::headers::{Csp, SecurityHeadersLayer};
use common::run;
use criterion::{Criterion, criterion_group, criterion_main};
use http::{HeaderName, HeaderValue, Request, Response};
use tower::{Layer, Service, ServiceBuilder, service_fn};
use tower_http::set_header::SetResponseHeaderLayer;

fn inner() -> impl Service<Request<()>, Response = Response<()>, Error = Infallible, Future: Send>
+ Clone
+ Send
+ 'static {
    service_fn(|_: Request<()>| async { Ok::<_, Infallible>(Response::new(())) })
}

fn bench<S>(c: &mut Criterion, name: &str, mut service: S)
where
    S: Service<Request<()>, Response = Response<()>, Error = Infallible>,
{
    c.bench_function(&format!("headers/{name}"), |b| {
        b.iter(|| black_box(run(service.call(Request::new(())))));
    });
}

fn headers(c: &mut Criterion) {
    bench(c, "baseline", inner());

    let ours = SecurityHeadersLayer::new()
        .csp_enforce(Csp::strict().build().unwrap_or_else(|e| panic!("{e}")));
    bench(c, "agent_hardening_security_headers", ours.layer(inner()));

    // The same eight headers, one tower-http layer each.
    let pairs: Vec<(HeaderName, HeaderValue)> = run(ours.layer(inner()).call(Request::new(())))
        .unwrap_or_else(|e| match e {})
        .headers()
        .iter()
        .map(|(n, v)| (n.clone(), v.clone()))
        .collect();
    assert_eq!(pairs.len(), 7);
    let mut stacked = tower::util::BoxCloneService::new(inner());
    for (name, value) in pairs {
        stacked = tower::util::BoxCloneService::new(
            ServiceBuilder::new()
                .layer(SetResponseHeaderLayer::if_not_present(name, value))
                .service(stacked),
        );
    }
    bench(c, "tower_http_set_response_header_x7", stacked);

    // A typical JSON response: the handler already set two headers, so each
    // security header is looked up before it is added.
    let json = service_fn(|_: Request<()>| async {
        let mut response = Response::new(());
        response
            .headers_mut()
            .insert("content-type", HeaderValue::from_static("application/json"));
        response
            .headers_mut()
            .insert("content-length", HeaderValue::from_static("15"));
        Ok::<_, Infallible>(response)
    });
    bench(c, "baseline_json_response", json);
    bench(
        c,
        "agent_hardening_security_headers_json_response",
        ours.layer(json),
    );

    let helmet: axum_helmet::HelmetLayer = axum_helmet::Helmet::default()
        .try_into()
        .unwrap_or_else(|e| panic!("helmet: {e:?}"));
    bench(c, "axum_helmet_default", helmet.layer(inner()));
}

criterion_group!(benches, headers);
criterion_main!(benches);
