//! Redaction throughput: clean log lines (the common case, which must not
//! allocate) and secret-dense lines.
#![allow(missing_docs)]

mod inputs;

use std::hint::black_box;

use agent_hardening::redact::redact;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use inputs::log_lines::{clean_lines, dense_lines, mixed_lines};

fn bench_lines(c: &mut Criterion, name: &str, lines: &[String]) {
    let bytes: usize = lines.iter().map(String::len).sum();
    let mut group = c.benchmark_group("redact");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(name, |b| {
        b.iter(|| {
            let mut total = 0;
            for line in lines {
                total += redact(black_box(line), usize::MAX).len();
            }
            total
        });
    });
    group.finish();
}

fn redaction(c: &mut Criterion) {
    bench_lines(c, "clean_log_lines", &clean_lines());
    bench_lines(c, "mixed_log_lines", &mixed_lines());
    bench_lines(c, "secret_dense_lines", &dense_lines());
}

criterion_group!(benches, redaction);
criterion_main!(benches);
