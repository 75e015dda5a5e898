//! Dependency scanning against advisory databases written by the tests:
//! what a scan finds, every way it can fail, the records it keeps on disk,
//! and the routes and the shield signal it feeds.

#![cfg(feature = "cve")]

mod cve_support;

use std::sync::Arc;
use std::time::Duration;

use agent_hardening::audit::cve::{
    CveScanner, ExternalScanner, KEEP_SCANS, ScanInProgress, ScanRecord, ScanStatus, cve_routes,
};
use agent_hardening::audit::{CveSource, CveStatus, Shield};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use cve_support::{Advisory, TempDir, lockfile, write_database};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

/// A database with one vulnerability in `smallvec` (fixed in 1.6.1 and in
/// 0.6.14 on the old line) and an unmaintained notice for `ansi_term`.
fn database(root: &TempDir) {
    let mut vulnerability =
        Advisory::vulnerability("RUSTSEC-2026-0101", "smallvec", &[">= 1.6.1", "~0.6.14"]);
    vulnerability.aliases = &["CVE-2026-31337", "GHSA-xxxx-yyyy-zzzz"];
    vulnerability.cvss = Some("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
    let mut unmaintained = Advisory::vulnerability("RUSTSEC-2026-0102", "ansi_term", &[]);
    unmaintained.informational = Some("unmaintained");
    unmaintained.title = "ansi_term is unmaintained";
    unmaintained.date = "2026-05-02";
    write_database(root.path(), &[vulnerability, unmaintained]);
}

fn scanner(db: &TempDir, packages: &[(&str, &str)]) -> CveScanner {
    CveScanner::builder()
        .advisory_db(db.path())
        .cargo_lock(lockfile(packages))
        .build()
}

/// A scanner that keeps its records in `state`.
fn kept(db: &TempDir, state: &std::path::Path, packages: &[(&str, &str)]) -> CveScanner {
    CveScanner::builder()
        .advisory_db(db.path())
        .cargo_lock(lockfile(packages))
        .state_dir(state)
        .build()
}

fn scan(scanner: &CveScanner) -> ScanRecord {
    scanner.scan().expect("no other scan runs")
}

#[test]
fn a_lockfile_without_affected_packages_is_clean() {
    let db = TempDir::new("cve-db");
    database(&db);
    let record = scan(&scanner(
        &db,
        &[("serde", "1.0.200"), ("smallvec", "1.13.2")],
    ));
    assert_eq!(record.status, ScanStatus::Clean, "{record:#?}");
    assert_eq!((record.cve_count, record.affected_packages), (0, 0));
    assert!(record.findings.is_empty() && record.error_message.is_none());
    // The database's freshness is its newest advisory.
    assert_eq!(
        record.database_newest_advisory.as_deref(),
        Some("2026-05-02")
    );
    assert!(record.scanner_version.starts_with("rustsec 0."));
    assert_eq!(record.scanners.len(), 1);
    assert_eq!(record.scanners[0].status, ScanStatus::Clean);
    assert!(record.generated_at.ends_with('Z'));
    assert!(record.age_at(std::time::SystemTime::now()).is_some());
    // The digest is of the bytes scanned, comparable with `sha256sum`.
    let empty = scan(
        &CveScanner::builder()
            .advisory_db(db.path())
            .cargo_lock("")
            .build(),
    );
    assert_eq!(
        empty.lockfile_digest.as_deref(),
        Some("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    );
}

#[test]
fn an_affected_version_is_a_finding_that_names_the_advisory_and_the_package() {
    let db = TempDir::new("cve-db");
    database(&db);
    let record = scan(&scanner(
        &db,
        &[("serde", "1.0.200"), ("smallvec", "1.6.0")],
    ));
    assert_eq!(record.status, ScanStatus::Vulnerable);
    assert_eq!((record.cve_count, record.affected_packages), (1, 1));
    let finding = &record.findings[0];
    assert_eq!(finding.advisory_id, "RUSTSEC-2026-0101");
    assert_eq!(finding.package, "smallvec");
    assert_eq!(finding.version.as_deref(), Some("1.6.0"));
    assert_eq!(finding.ecosystem, "crates.io");
    assert_eq!(finding.aliases, ["CVE-2026-31337", "GHSA-xxxx-yyyy-zzzz"]);
    assert_eq!(finding.patched_versions, [">=1.6.1", "~0.6.14"]);
    assert_eq!(finding.severity.as_deref(), Some("critical"));
    assert_eq!(finding.cvss_score, Some(9.8));
    assert_eq!(finding.title, "Out-of-bounds read on crafted input");
    assert_eq!(
        finding.url.as_deref(),
        Some("https://example.invalid/RUSTSEC-2026-0101")
    );
    // The old line below its own fix is affected too; the fix on it is not.
    let old = scan(&scanner(&db, &[("smallvec", "0.6.13")]));
    assert_eq!(old.status, ScanStatus::Vulnerable);
    let fixed = scan(&scanner(&db, &[("smallvec", "0.6.14")]));
    assert_eq!(fixed.status, ScanStatus::Clean, "{fixed:#?}");
}

#[test]
fn informational_advisories_are_warnings_not_vulnerabilities() {
    let db = TempDir::new("cve-db");
    database(&db);
    let record = scan(&scanner(&db, &[("ansi_term", "0.12.1")]));
    assert_eq!(record.status, ScanStatus::Clean);
    assert_eq!(record.cve_count, 0);
    assert_eq!(record.warnings.len(), 1);
    let warning = &record.warnings[0];
    assert_eq!(
        (warning.kind.as_str(), warning.advisory_id.as_str()),
        ("unmaintained", "RUSTSEC-2026-0102")
    );
    assert_eq!(
        (warning.package.as_str(), warning.version.as_str()),
        ("ansi_term", "0.12.1")
    );
}

/// The error message of a scan that could not run, which must also be an
/// error status.
fn error_of(record: &ScanRecord) -> String {
    assert_eq!(record.status, ScanStatus::Error, "{record:#?}");
    assert_eq!(record.cve_count, 0);
    record
        .error_message
        .clone()
        .expect("an error record says why")
}

#[test]
fn every_bad_input_is_an_error_record_with_a_clear_message() {
    let db = TempDir::new("cve-db");
    database(&db);
    let lock = lockfile(&[("smallvec", "1.6.0")]);

    let missing = db.path().join("no-such-folder");
    let message = error_of(&scan(
        &CveScanner::builder()
            .advisory_db(&missing)
            .cargo_lock(lock.as_str())
            .build(),
    ));
    assert!(message.contains("no advisory database at"), "{message}");

    let empty = TempDir::new("cve-empty");
    let message = error_of(&scan(
        &CveScanner::builder()
            .advisory_db(empty.path())
            .cargo_lock(lock.as_str())
            .build(),
    ));
    assert!(message.contains("a `crates` folder"), "{message}");

    let malformed = TempDir::new("cve-malformed");
    database(&malformed);
    std::fs::create_dir_all(malformed.path().join("crates/serde")).unwrap();
    std::fs::write(
        malformed.path().join("crates/serde/RUSTSEC-2026-0199.md"),
        "```toml\n[advisory]\nid = \"RUSTSEC-2026-0199\"\npackage = \n```\n",
    )
    .unwrap();
    let message = error_of(&scan(
        &CveScanner::builder()
            .advisory_db(malformed.path())
            .cargo_lock(lock.as_str())
            .build(),
    ));
    assert!(message.contains("could not be read"), "{message}");

    let record = scan(
        &CveScanner::builder()
            .advisory_db(db.path())
            .cargo_lock("version = [")
            .build(),
    );
    let message = error_of(&record);
    assert!(message.contains("the lockfile does not parse"), "{message}");
    assert!(
        record
            .lockfile_digest
            .is_some_and(|d| d.starts_with("sha256:") && d.len() == 71)
    );
    let message = error_of(&scan(
        &CveScanner::builder()
            .advisory_db(db.path())
            .cargo_lock("[[package]]\nname = 3\n")
            .build(),
    ));
    assert!(message.contains("the lockfile does not parse"), "{message}");

    let message = error_of(&scan(
        &CveScanner::builder()
            .advisory_db(db.path())
            .cargo_lock_path(db.path().join("Cargo.lock"))
            .build(),
    ));
    assert!(
        message.contains("Cargo.lock could not be read"),
        "{message}"
    );

    let message = error_of(&scan(
        &CveScanner::builder().cargo_lock(lock.as_str()).build(),
    ));
    assert!(
        message.contains("no advisory database is configured"),
        "{message}"
    );

    let message = error_of(&scan(&CveScanner::builder().build()));
    assert!(message.starts_with("nothing to scan"), "{message}");
}

#[test]
fn a_lockfile_read_from_disk_at_each_scan() {
    let db = TempDir::new("cve-db");
    database(&db);
    let path = db.path().join("Cargo.lock");
    std::fs::write(&path, lockfile(&[("smallvec", "1.6.0")])).unwrap();
    let scanner = CveScanner::builder()
        .advisory_db(db.path())
        .cargo_lock_path(&path)
        .build();
    assert_eq!(scan(&scanner).status, ScanStatus::Vulnerable);
    std::fs::write(&path, lockfile(&[("smallvec", "1.6.1")])).unwrap();
    let after_upgrade = scan(&scanner);
    assert_eq!(after_upgrade.status, ScanStatus::Clean);
    assert_eq!(scanner.history_records().len(), 2);
}

#[test]
fn the_record_survives_a_restart_and_the_file_keeps_the_last_ten() {
    let db = TempDir::new("cve-db");
    database(&db);
    let state = TempDir::new("cve-state");
    let build = || kept(&db, state.path(), &[("smallvec", "1.6.0")]);
    let first = build();
    assert_eq!(first.latest_record().status, ScanStatus::NeverRun);
    let record = scan(&first);
    drop(first);

    let restarted = build();
    assert_eq!(restarted.latest_record(), record);
    for _ in 0..KEEP_SCANS + 2 {
        scan(&restarted);
    }
    let again = build();
    assert_eq!(again.history_records().len(), KEEP_SCANS);
    assert_eq!(again.latest_record(), restarted.latest_record());
}

#[test]
fn a_torn_write_leaves_the_last_good_record() {
    let db = TempDir::new("cve-db");
    database(&db);
    let state = TempDir::new("cve-state");
    let build = || kept(&db, state.path(), &[("smallvec", "1.6.0")]);
    let good = scan(&build());
    // A writer killed mid-write leaves only its temporary file half
    // written; the file under the real name is the previous whole one.
    let text = std::fs::read_to_string(state.path().join("cve-scans.json")).unwrap();
    std::fs::write(
        state.path().join(".cve-scans.json.tmp-4242-0"),
        &text[..text.len() / 2],
    )
    .unwrap();
    let restarted = build();
    assert_eq!(restarted.latest_record(), good);
    // The next write goes through beside the leftover.
    let next = scan(&restarted);
    assert_eq!(build().latest_record(), next);
}

#[test]
fn a_state_file_that_is_truncated_or_not_json_is_an_error_until_the_next_scan() {
    let db = TempDir::new("cve-db");
    database(&db);
    for broken in [
        r#"{"format":1,"scans":[{"status":"cle"#,
        "not json at all",
        "",
    ] {
        let state = TempDir::new("cve-state");
        std::fs::write(state.path().join("cve-scans.json"), broken).unwrap();
        let scanner = kept(&db, state.path(), &[("serde", "1.0.200")]);
        let message = error_of(&scanner.latest_record());
        assert!(message.contains("could not be loaded"), "{message}");
        assert!(message.contains("cve-scans.json"), "{message}");
        assert!(matches!(scanner.latest(), CveStatus::Error { .. }));
        // A due scan runs (there is no good record) and replaces the file.
        let record = scanner.scan_if_due().expect("a scan is due");
        assert_eq!(record.status, ScanStatus::Clean);
        assert_eq!(scanner.latest_record(), record);
    }
}

#[test]
fn a_state_folder_that_cannot_be_written_keeps_the_record_and_says_so() {
    let db = TempDir::new("cve-db");
    database(&db);
    let state = TempDir::new("cve-state");
    // A file where the folder should be.
    let blocked = state.path().join("file");
    std::fs::write(&blocked, "").unwrap();
    let scanner = kept(&db, &blocked, &[("smallvec", "1.6.0")]);
    let record = scan(&scanner);
    assert_eq!(record.status, ScanStatus::Vulnerable);
    let message = record.error_message.clone().unwrap();
    assert!(message.contains("could not be saved"), "{message}");
    assert_eq!(scanner.latest_record(), record);
}

#[test]
fn the_schedule_scans_when_due_and_only_when_configured() {
    let db = TempDir::new("cve-db");
    database(&db);
    assert!(CveScanner::builder().build().scan_if_due().is_none());
    let weekly = scanner(&db, &[("smallvec", "1.6.0")]);
    assert!(weekly.scan_if_due().is_some(), "never run: due");
    assert!(weekly.scan_if_due().is_none(), "just ran: not due");
    let always = CveScanner::builder()
        .advisory_db(db.path())
        .cargo_lock(lockfile(&[("smallvec", "1.6.0")]))
        .every(Duration::ZERO)
        .build();
    assert!(always.scan_if_due().is_some());
    assert!(always.scan_if_due().is_some());
}

#[test]
fn the_shield_reads_the_scanner_and_its_scheduled_work_scans() {
    let db = TempDir::new("cve-db");
    database(&db);
    let scanner = scanner(&db, &[("smallvec", "1.6.0"), ("serde", "1.0.200")]);
    let shield = Shield::builder().cve(Arc::new(scanner.clone())).build();
    assert_eq!(shield.read().signal("cve-scan").unwrap().value, "never run");
    shield.run_scheduled();
    let report = shield.audit();
    let signal = report.signal("cve-scan").unwrap();
    assert_eq!((signal.value.as_str(), signal.delta), ("1 CVEs", -5));
    assert_eq!(scanner.history_records().len(), 1);
    // Not due again: the next round does not scan.
    shield.run_scheduled();
    assert_eq!(scanner.history_records().len(), 1);
    assert!(matches!(
        scanner.latest(),
        CveStatus::Vulnerable {
            packages: 1,
            advisories: 1,
            ..
        }
    ));
}

#[cfg(unix)]
mod external {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    /// An executable script in `dir` that stands in for a scanner.
    fn script(dir: &TempDir, name: &str, body: &str) -> std::path::PathBuf {
        let path = dir.path().join(name);
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path
    }

    const NPM_REPORT: &str = r#"{"auditReportVersion":2,"vulnerabilities":{"minimist":{"name":"minimist","severity":"critical","via":[{"source":1097677,"name":"minimist","title":"Prototype Pollution in minimist","url":"https://github.com/advisories/GHSA-xvch-5gv4-984h","severity":"critical","cvss":{"score":9.8}}]}}}"#;

    #[test]
    fn an_npm_report_joins_the_rust_findings_in_one_record() {
        let db = TempDir::new("cve-db");
        database(&db);
        let bin = TempDir::new("cve-bin");
        let npm = script(
            &bin,
            "npm",
            &format!(
                "[ \"$1\" = --version ] && {{ echo 10.8.2; exit 0; }}\necho '{NPM_REPORT}'\nexit 1"
            ),
        );
        let scanner = CveScanner::builder()
            .advisory_db(db.path())
            .cargo_lock(lockfile(&[("smallvec", "1.6.0")]))
            .external(ExternalScanner::npm_audit(bin.path()).program(npm))
            .build();
        let record = scan(&scanner);
        assert_eq!(record.status, ScanStatus::Vulnerable, "{record:#?}");
        assert_eq!((record.cve_count, record.affected_packages), (2, 2));
        let npm = record
            .findings
            .iter()
            .find(|f| f.ecosystem == "npm")
            .unwrap();
        assert_eq!(npm.advisory_id, "GHSA-xvch-5gv4-984h");
        assert_eq!(npm.package, "minimist");
        assert_eq!(record.scanners[1].scanner, "npm audit");
        assert_eq!(
            record.scanners[1].scanner_version.as_deref(),
            Some("npm audit 10.8.2")
        );
    }

    #[test]
    fn a_scanner_that_is_missing_hangs_or_prints_garbage_is_an_error_row() {
        let bin = TempDir::new("cve-bin");
        let cases = [
            (
                ExternalScanner::pip_audit(bin.path()).program(bin.path().join("pip-audit")),
                "scanner not installed",
            ),
            (
                ExternalScanner::pip_audit(bin.path()).program(script(
                    &bin,
                    "garbage",
                    "echo 'Traceback (most recent call last):'",
                )),
                "not its JSON report",
            ),
            (
                ExternalScanner::npm_audit(bin.path())
                    .program(script(&bin, "hangs", "sleep 30"))
                    .timeout(Duration::from_millis(300)),
                "did not finish within 0.3 s",
            ),
            (
                ExternalScanner::npm_audit(bin.path().join("gone")).program("npm"),
                "does not exist",
            ),
        ];
        for (external, expected) in cases {
            let started = std::time::Instant::now();
            let record = scan(&CveScanner::builder().external(external).build());
            assert!(started.elapsed() < Duration::from_secs(10));
            let message = error_of(&record);
            assert!(message.contains(expected), "{message}");
            let row = &record.scanners[0];
            assert_eq!(row.status, ScanStatus::Error);
            assert!(row.error_message.as_deref().unwrap().contains(expected));
        }
        let missing = scan(
            &CveScanner::builder()
                .external(ExternalScanner::npm_audit(bin.path()).program(bin.path().join("npm")))
                .build(),
        );
        assert_eq!(
            missing.scanners[0].error_message.as_deref(),
            Some("scanner not installed")
        );
    }

    #[test]
    fn the_scanner_sees_no_secret_of_the_service() {
        let bin = TempDir::new("cve-bin");
        let seen = bin.path().join("seen");
        let spy = script(
            &bin,
            "pip-audit",
            &format!("env > {}\necho '{{\"dependencies\":[]}}'", seen.display()),
        );
        // Cargo sets this for the test process; it is not on the allow-list.
        let inherited = std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo test");
        let record = scan(
            &CveScanner::builder()
                .external(ExternalScanner::pip_audit(bin.path()).program(spy))
                .build(),
        );
        assert_eq!(record.status, ScanStatus::Clean, "{record:#?}");
        let env = std::fs::read_to_string(seen).unwrap();
        assert!(!env.contains(&format!("CARGO_MANIFEST_DIR={inherited}")));
        assert!(env.contains("PATH="));
    }

    async fn call(app: &axum::Router, method: &str, path: &str) -> (StatusCode, Value) {
        let response = app
            .clone()
            .oneshot(
                Request::builder()
                    .method(method)
                    .uri(path)
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        let status = response.status();
        let body = response.into_body().collect().await.unwrap().to_bytes();
        (status, serde_json::from_slice(&body).unwrap())
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_second_scan_while_one_runs_is_a_409() {
        let bin = TempDir::new("cve-bin");
        let slow = script(&bin, "slow", "sleep 1\necho '{\"dependencies\":[]}'");
        let scanner = CveScanner::builder()
            .external(ExternalScanner::pip_audit(bin.path()).program(slow))
            .build();
        let app = cve_routes(scanner.clone());
        let (code, status) = call(&app, "GET", "/api/security/cve-status").await;
        assert_eq!(code, StatusCode::OK);
        assert_eq!(status["record"]["status"], "never_run");
        assert_eq!(
            (status["stale"].as_bool(), status["age_seconds"].as_u64()),
            (Some(false), None)
        );

        let first = tokio::spawn({
            let app = app.clone();
            async move { call(&app, "POST", "/api/security/cve-scan").await }
        });
        while !scanner.is_scanning() {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        let (code, busy) = call(&app, "POST", "/api/security/cve-scan").await;
        assert_eq!(code, StatusCode::CONFLICT);
        assert_eq!(busy["error"], "scan_running");
        assert_eq!(scanner.scan(), Err(ScanInProgress));

        let (code, record) = first.await.unwrap();
        assert_eq!(code, StatusCode::OK);
        assert_eq!(record["status"], "clean");
        let (_, status) = call(&app, "GET", "/api/security/cve-status").await;
        assert_eq!(status["record"], record);
        assert_eq!(status["stale"], false);
        assert!(status["age_seconds"].as_u64().is_some());
    }
}
