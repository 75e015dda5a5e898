//! The demo's dependency scan as an operator meets it over TCP: its own
//! `Cargo.lock` against an advisory database, the record kept across a
//! restart, and a database that is not there.

#![cfg(feature = "cve")]

mod common;
mod cve_support;

use std::time::Duration;

use common::Server;
use cve_support::{Advisory, TempDir, write_database};
use serde_json::Value;

/// The version of `package` in the lockfile the demo embeds.
fn locked_version(package: &str) -> String {
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock")).unwrap();
    let entry = format!("name = \"{package}\"\nversion = \"");
    let at = lock.find(&entry).expect("the package is in the lockfile") + entry.len();
    lock[at..].split('"').next().unwrap().to_owned()
}

fn cve_status(server: &Server) -> Value {
    let (code, _, body) = server.request("GET", "/api/security/cve-status", None);
    assert_eq!(code, 200, "{body}");
    body
}

/// A scan on demand; the demo's start-up scan may still hold the scanner,
/// in which case the route answers 409 and the request is made again.
fn scan_now(server: &Server) -> Value {
    for _ in 0..200 {
        let (code, _, body) = server.request("POST", "/api/security/cve-scan", None);
        match code {
            200 => return body,
            409 => std::thread::sleep(Duration::from_millis(50)),
            other => panic!("cve-scan answered {other}: {body}"),
        }
    }
    panic!("the scanner stayed busy");
}

fn shield_signal(server: &Server) -> Value {
    let (code, _, report) = server.request("GET", "/api/security/status", None);
    assert_eq!(code, 200);
    report["signals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "cve-scan")
        .cloned()
        .unwrap()
}

#[test]
fn an_advisory_for_a_locked_crate_is_reported_and_kept_across_a_restart() {
    let db = TempDir::new("demo-advisory-db");
    let mut advisory = Advisory::vulnerability("RUSTSEC-2026-0777", "regex", &[">= 99.0.0"]);
    advisory.aliases = &["CVE-2026-07770"];
    write_database(db.path(), &[advisory]);
    let state = TempDir::new("demo-state");
    let env = [
        ("AGENT_ADVISORY_DB", db.path().to_str().unwrap()),
        ("AGENT_STATE_DIR", state.path().to_str().unwrap()),
    ];

    let server = Server::start(&env);
    let record = scan_now(&server);
    assert_eq!(record["status"], "vulnerable", "{record:#}");
    let finding = &record["findings"][0];
    assert_eq!(finding["advisory_id"], "RUSTSEC-2026-0777");
    assert_eq!(finding["package"], "regex");
    assert_eq!(
        finding["version"].as_str(),
        Some(locked_version("regex").as_str())
    );
    assert_eq!(finding["aliases"][0], "CVE-2026-07770");
    assert!(
        record["lockfile_digest"]
            .as_str()
            .unwrap()
            .starts_with("sha256:")
    );
    let status = cve_status(&server);
    assert_eq!(status["record"], record);
    assert_eq!(status["stale"], false);
    let signal = shield_signal(&server);
    assert_eq!(
        (signal["value"].as_str(), signal["delta"].as_i64()),
        (Some("1 CVEs"), Some(-5))
    );
    drop(server);

    let restarted = Server::start(&env);
    // A week has not passed: the restart serves the kept record, no new scan.
    assert_eq!(cve_status(&restarted)["record"], record);
    assert_eq!(shield_signal(&restarted)["value"], "1 CVEs");
}

#[test]
fn a_database_that_is_not_there_is_an_error_record_and_the_service_goes_on() {
    let state = TempDir::new("demo-state");
    let missing = state.path().join("no-advisory-db");
    let server = Server::start(&[
        ("AGENT_ADVISORY_DB", missing.to_str().unwrap()),
        ("AGENT_STATE_DIR", state.path().to_str().unwrap()),
    ]);
    let record = scan_now(&server);
    assert_eq!(record["status"], "error");
    let message = record["error_message"].as_str().unwrap();
    assert!(message.contains("no advisory database at"), "{message}");
    assert_eq!(cve_status(&server)["record"], record);
    assert_eq!(shield_signal(&server)["value"], "scanner error");
    let (code, _, health) = server.request("GET", "/api/health", None);
    assert_eq!((code, health["status"].as_str()), (200, Some("ok")));
}

#[test]
fn without_a_database_the_status_is_never_run_and_a_scan_says_why() {
    let server = Server::start(&[]);
    let status = cve_status(&server);
    assert_eq!(status["record"]["status"], "never_run");
    assert_eq!(shield_signal(&server)["value"], "never run");
    let record = scan_now(&server);
    assert_eq!(record["status"], "error");
    assert_eq!(
        record["error_message"],
        "rustsec: no advisory database is configured"
    );
    // The routes need the token like every other protected route.
    let (code, _, _) = server.send_as(None, "GET", "/api/security/cve-status", "text/plain", "");
    assert_eq!(code, 401);
}
