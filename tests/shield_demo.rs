//! The shield as an operator meets it: the demo server on a loopback port,
//! its status and audit routes over TCP. The report holds every id, its
//! score is the clamped sum of its deltas, a drift fires exactly one alert,
//! the kill switch turns it red, and SARIF names each failing id.
#![cfg(all(
    feature = "approval",
    feature = "tracing",
    feature = "axum",
    feature = "tokio"
))]

mod common;

use common::{HEALTHY, SIGNAL_IDS, Server, exercise};
use serde_json::{Value, json};

fn status(server: &Server) -> Value {
    let (code, _, report) = server.request("GET", "/api/security/status", None);
    assert_eq!(code, 200);
    report
}

fn audit(server: &Server) -> Value {
    let (code, _, report) = server.request("POST", "/api/security/audit", None);
    assert_eq!(code, 200, "{report}");
    report
}

fn alerts(server: &Server) -> usize {
    let (code, _, body) = server.request("GET", "/api/security/alerts", None);
    assert_eq!(code, 200);
    body["alerts"].as_array().map_or(0, Vec::len)
}

fn signal<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["signals"]
        .as_array()
        .and_then(|s| s.iter().find(|s| s["name"] == id))
        .unwrap_or_else(|| panic!("{id} missing from {report}"))
}

/// The score is the sum of the deltas from 100, clamped; the colour follows
/// the bands and the critical rule.
fn check_arithmetic(report: &Value) {
    let signals = report["signals"].as_array().unwrap();
    let sum: i64 = 100
        + signals
            .iter()
            .map(|s| s["delta"].as_i64().unwrap())
            .sum::<i64>();
    let score = report["score"].as_i64().unwrap();
    assert_eq!(score, sum.clamp(0, 100), "{report}");
    let critical = signals.iter().any(|s| s["severity"] == "critical");
    let color = if critical || score < 60 {
        "red"
    } else if score < 85 {
        "amber"
    } else {
        "green"
    };
    assert_eq!(report["color"], color, "{report}");
}

#[test]
fn the_shield_reports_drift_over_tcp() {
    let server = Server::start(HEALTHY);

    // The data needs the token; the page shell does not.
    let (code, _, _) = server.send_as(None, "GET", "/api/security/status", "text/plain", "");
    assert_eq!(code, 401);
    let (code, head, _) = server.send_as(None, "GET", "/security", "text/plain", "");
    assert_eq!(code, 200);
    assert!(
        head.contains("content-security-policy: default-src 'self'"),
        "{head}"
    );

    // Started with no traffic: populated, with every id.
    let first = status(&server);
    for id in SIGNAL_IDS {
        signal(&first, id);
    }
    check_arithmetic(&first);
    assert_eq!(signal(&first, "gate-coverage")["value"], "0/3 paths");

    exercise(&server);
    let green = audit(&server);
    check_arithmetic(&green);
    assert_eq!(green["color"], "green", "{green}");
    assert_eq!(signal(&green, "gate-coverage")["value"], "3/3 paths");
    assert_eq!(signal(&green, "subprocess-envs")["value"], "presets only");
    assert_eq!(signal(&green, "log-redaction")["value"], "active");
    assert_eq!(signal(&green, "llm-api-key")["value"], "set");
    assert_eq!(signal(&green, "csp-status")["value"], "enforcing");
    assert_eq!(signal(&green, "token-scope-audit")["value"], "audited");
    let log = server.wait_for_log("agent server listening");
    assert!(
        !log.contains("sk-ant-test-not-a-real-key"),
        "the key reached the log"
    );

    // Approval off: exactly 25 points and exactly one alert.
    let before = alerts(&server);
    let (code, _, _) = server.request(
        "PUT",
        "/api/admin/approval-mode",
        Some(&json!({ "mode": "off" })),
    );
    assert_eq!(code, 200);
    let amber = audit(&server);
    check_arithmetic(&amber);
    assert_eq!(
        amber["score"].as_i64().unwrap(),
        green["score"].as_i64().unwrap() - 25
    );
    assert_eq!(amber["color"], "amber");
    assert_eq!(signal(&amber, "approval-mode")["value"], "off");
    assert_eq!(alerts(&server), before + 1);
    server.wait_for_log("security posture got worse");
    // The same state again: no alert.
    audit(&server);
    assert_eq!(alerts(&server), before + 1);
    // The status route serves the latest audit.
    assert_eq!(status(&server)["score"], amber["score"]);

    // SARIF names each failing id; an unknown format is a 400.
    let (code, _, sarif) = server.request("GET", "/api/security/status?format=sarif", None);
    assert_eq!(code, 200);
    assert_eq!(sarif["version"], "2.1.0");
    let named: Vec<&str> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap())
        .collect();
    for s in amber["signals"].as_array().unwrap() {
        let failing = s["severity"] != "ok";
        assert_eq!(named.contains(&s["name"].as_str().unwrap()), failing, "{s}");
    }
    let (code, _, error) = server.request("GET", "/api/security/status?format=csv", None);
    assert_eq!(code, 400);
    assert_eq!(error["error"], "unknown_format");

    // The kill switch turns it red.
    let (code, _, _) = server.request(
        "PUT",
        "/api/admin/kill-switch",
        Some(&json!({ "active": true })),
    );
    assert_eq!(code, 200);
    let red = audit(&server);
    check_arithmetic(&red);
    assert_eq!(red["color"], "red");
    assert_eq!(red["signals"][0]["name"], "kill-switch");
    assert_eq!(alerts(&server), before + 2);
}

#[test]
fn a_demo_started_with_no_settings_answers_with_a_populated_report() {
    let server = Server::start(&[]);
    let report = status(&server);
    for id in SIGNAL_IDS {
        signal(&report, id);
    }
    check_arithmetic(&report);
    assert_eq!(signal(&report, "csp-status")["value"], "report-only");
    assert_eq!(signal(&report, "token-scope-audit")["value"], "pending");
}
