//! The cost of `gate` on what an agent ingests: a benign 1 KB e-mail in
//! ASCII (the common case), the same e-mail with non-ASCII text, an
//! injected one, and rendering the wrapper.
#![allow(missing_docs)]

mod inputs;

use std::hint::black_box;

use agent_hardening::gate::gate;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use inputs::email::{EMAIL, email_injected, email_non_ascii};

fn gate_bench(c: &mut Criterion) {
    let non_ascii = email_non_ascii();
    let injected = email_injected();
    let mut group = c.benchmark_group("gate");
    for (name, text) in [
        ("benign_1kb_ascii", EMAIL.to_owned()),
        ("benign_1kb_non_ascii", non_ascii),
        ("injected_1kb", injected),
    ] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| black_box(gate(black_box(&text), "email_body")))
        });
    }
    group.finish();
    let gated = gate(EMAIL, "email_body");
    c.bench_function("gate/to_prompt_1kb", |b| {
        b.iter(|| black_box(gated.to_prompt()))
    });
}

criterion_group!(benches, gate_bench);
criterion_main!(benches);
