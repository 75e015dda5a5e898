//! The cost of `approve` on what a coding agent runs: a mix of mostly
//! harmless commands with some risky and hardline ones, the p99 over that
//! mix, and the slowest shapes on their own.
#![allow(missing_docs)]

mod inputs;

use std::hint::black_box;
use std::time::{Duration, Instant};

use agent_hardening::approval::{ApprovalMode, approve};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use inputs::commands::MIX;

/// Shapes that make the walker do the most work.
const SLOW: &[(&str, &str)] = &[
    (
        "nested_shells",
        "sudo env A=1 nice -n 5 bash -c 'eval \"sh -c \\\"rm -rf build && $(echo git) push\\\"\"'",
    ),
    (
        "base64_pipeline",
        "echo cm0gLXJmIC90bXAvYnVpbGQ= | base64 -d | sh",
    ),
    (
        "long_script",
        "set -euo pipefail\nfor d in a b c d e f g h; do\n  if [ -d \"$d\" ]; then\n    (cd \"$d\" && make clean && make -j2 test) || echo \"failed: $d\" >> failures.log\n  fi\ndone\ncargo test && git add -A && git commit -m 'ci' && git push origin main",
    ),
];

fn approval(c: &mut Criterion) {
    let mut group = c.benchmark_group("approve");
    group.throughput(Throughput::Elements(MIX.len() as u64));
    group.bench_function("mix", |b| {
        b.iter(|| {
            for command in MIX {
                black_box(approve(black_box(command), ApprovalMode::Smart, false));
            }
        })
    });
    group.finish();

    // Percentiles of one command's latency across the mix: each iteration
    // times every command once and keeps the percentile, so the reported
    // "time" is that percentile, averaged over iterations.
    for (name, percentile) in [("mix_p50_per_command", 50), ("mix_p99_per_command", 99)] {
        c.bench_function(&format!("approve/{name}"), |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                let mut times = Vec::with_capacity(MIX.len());
                for _ in 0..iters {
                    times.clear();
                    for command in MIX {
                        let start = Instant::now();
                        black_box(approve(black_box(command), ApprovalMode::Smart, false));
                        times.push(start.elapsed());
                    }
                    times.sort_unstable();
                    total += times[(times.len() * percentile).div_ceil(100) - 1];
                }
                total
            })
        });
    }

    for (name, command) in SLOW {
        c.bench_function(&format!("approve/{name}"), |b| {
            b.iter(|| black_box(approve(black_box(command), ApprovalMode::Smart, false)))
        });
    }
}

criterion_group!(benches, approval);
criterion_main!(benches);
