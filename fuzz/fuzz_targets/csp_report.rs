//! The CSP report endpoint with any body and content type: no panic, an
//! answer in one poll, and never a 5xx: a browser (or anyone) posting
//! garbage gets a 4xx and the service goes on.
#![no_main]

use std::task::{Context, Poll, Waker};

use agent_hardening::http::headers::CspReportEndpoint;
use bytes::Bytes;
use http::Request;
use http_body_util::Full;
use libfuzzer_sys::fuzz_target;
use tower_service::Service;

const TYPES: [&str; 5] = [
    "application/csp-report",
    "application/reports+json",
    "application/json",
    "text/plain",
    "application/csp-report; charset=utf-8",
];

fuzz_target!(|data: &[u8]| {
    let Some((&selector, body)) = data.split_first() else {
        return;
    };
    let request = Request::post("/csp-report")
        .header("content-type", TYPES[usize::from(selector) % TYPES.len()])
        .body(Full::new(Bytes::copy_from_slice(body)))
        .unwrap();
    let mut endpoint = CspReportEndpoint::new();
    let mut future = endpoint.call(request);
    let mut cx = Context::from_waker(Waker::noop());
    let Poll::Ready(Ok(response)) = future.as_mut().poll(&mut cx) else {
        panic!("the endpoint did not answer in one poll");
    };
    let status = response.status();
    assert!(!status.is_server_error(), "{status}");
    let recorded = endpoint.violations().snapshot();
    if status.is_client_error() {
        assert_eq!(recorded.total, 0, "{status} after recording a violation");
    }
});
