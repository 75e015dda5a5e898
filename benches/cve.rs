//! A dependency scan as the service runs it: this crate's own `Cargo.lock`
//! against a generated advisory database of 1,000 advisories (opening the
//! database included, as every scan does), and the record written to disk.
#![allow(missing_docs)]

#[path = "../tests/cve_support/mod.rs"]
mod cve_support;

use std::hint::black_box;
use std::time::Duration;

use agent_hardening::audit::cve::{CveScanner, ScanStatus};
use criterion::{Criterion, criterion_group, criterion_main};
use cve_support::{Advisory, TempDir, write_database};

/// Package names in the database: this lockfile's own (so the scan has
/// matches to check) and as many made-up ones.
fn package_names(lockfile: &str) -> Vec<String> {
    let mut names: Vec<String> = lockfile
        .lines()
        .filter_map(|line| line.strip_prefix("name = \""))
        .map(|rest| rest.trim_end_matches('"').to_owned())
        .collect();
    let own = names.len();
    names.extend((0..own).map(|i| format!("bench-crate-{i}")));
    names
}

fn bench_scan(c: &mut Criterion) {
    let lockfile = include_str!("../Cargo.lock");
    let names = package_names(lockfile);
    let ids: Vec<String> = (0..1000).map(|i| format!("RUSTSEC-2026-{i:04}")).collect();
    let dates: Vec<String> = (0..1000)
        .map(|i| format!("20{:02}-{:02}-{:02}", 16 + i % 10, 1 + i % 12, 1 + i % 28))
        .collect();
    let advisories: Vec<Advisory<'_>> = (0..1000)
        .map(|i| {
            let mut advisory =
                Advisory::vulnerability(&ids[i], &names[i % names.len()], &[">= 99.0.0"]);
            advisory.date = &dates[i];
            if i % 10 == 0 {
                advisory.informational = Some("unmaintained");
            }
            advisory
        })
        .collect();
    let db = TempDir::new("bench-advisory-db");
    write_database(db.path(), &advisories);
    let state = TempDir::new("bench-state");
    let scanner = CveScanner::builder()
        .advisory_db(db.path())
        .cargo_lock(lockfile)
        .state_dir(state.path())
        .build();
    let record = scanner.scan().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(record.status, ScanStatus::Vulnerable, "{record:?}");

    let mut group = c.benchmark_group("cve");
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("scan_own_lockfile_1000_advisories", |b| {
        b.iter(|| black_box(scanner.scan().map(|r| r.cve_count)));
    });
    group.finish();
}

criterion_group!(benches, bench_scan);
criterion_main!(benches);
