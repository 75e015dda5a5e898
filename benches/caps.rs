//! The cost of a cap check in memory: a capped tool under its limit (the
//! common case) and an uncapped tool, each taken at once with
//! `CapCheck::into_ready` (as a synchronous dispatcher does).
#![allow(missing_docs)]

use std::hint::black_box;
use std::num::NonZeroU32;
use std::time::Duration;

use agent_hardening::caps::Caps;
use criterion::{Criterion, criterion_group, criterion_main};

fn caps(c: &mut Criterion) {
    // A window so short that every check finds room and records a call,
    // with the window pruned each time: the steady state of a busy tool.
    let limit = NonZeroU32::new(1000).unwrap_or(NonZeroU32::MIN);
    let caps = Caps::recommended().cap("search_web", limit, Duration::from_nanos(1));
    c.bench_function("caps/check_capped_tool", |b| {
        b.iter(|| black_box(caps.check(black_box("search_web")).into_ready()))
    });
    c.bench_function("caps/check_uncapped_tool", |b| {
        b.iter(|| black_box(caps.check(black_box("read_file")).into_ready()))
    });
}

criterion_group!(benches, caps);
criterion_main!(benches);
