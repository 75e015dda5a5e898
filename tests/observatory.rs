//! The headers graded by the Mozilla HTTP Observatory's own scoring code,
//! offline: an enforced strict policy earns A+, report-only alone does not.
//!
//! The grader is installed by `tools/observatory/install` (which `.ci/run`
//! calls) into `target/obs`. Without it (or without `node`) the test says
//! so and passes, unless `AGENT_HARDENING_REQUIRE_SERVICES=1`, where it
//! fails.

use std::convert::Infallible;
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use agent_hardening::http::headers::{Csp, SecurityHeadersLayer};
use http::{Request, Response};
use tower::{Layer, ServiceExt, service_fn};

fn grader() -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/obs/grade.mjs");
    let node = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if path.exists() && node {
        return Some(path);
    }
    let why = "the Observatory grader (target/obs/grade.mjs) or node is missing; run tools/observatory/install";
    assert!(
        std::env::var("AGENT_HARDENING_REQUIRE_SERVICES").as_deref() != Ok("1"),
        "{why}"
    );
    eprintln!("skipping: {why}");
    None
}

/// Grades the headers `layer` puts on a response: `(grade, score)`.
async fn grade(grader: &PathBuf, layer: SecurityHeadersLayer) -> (String, i64) {
    let service = layer.layer(service_fn(|_: Request<()>| async {
        Ok::<_, Infallible>(Response::new(String::new()))
    }));
    let response = service.oneshot(Request::new(())).await.unwrap();
    let mut headers = serde_json::Map::new();
    headers.insert("content-type".into(), "application/json".into());
    for (name, value) in response.headers() {
        headers.insert(name.as_str().into(), value.to_str().unwrap().into());
    }
    let file = std::env::temp_dir().join(format!(
        "agent-hardening-headers-{}.json",
        std::process::id()
    ));
    std::fs::write(&file, serde_json::Value::Object(headers).to_string()).unwrap();
    let output = Command::new("node")
        .arg(grader)
        .arg(&file)
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&file);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    (
        report["grade"].as_str().unwrap_or_default().to_owned(),
        report["score"].as_i64().unwrap_or_default(),
    )
}

#[tokio::test]
async fn enforced_strict_policy_grades_a_plus_and_report_only_alone_does_not() {
    let Some(grader) = grader() else { return };
    // The grader assumes HTTPS; behind TLS the host turns HSTS on.
    let tls = |layer: SecurityHeadersLayer| layer.hsts(Duration::from_secs(31_536_000), true);

    let enforced = tls(SecurityHeadersLayer::new().csp_enforce(Csp::strict().build().unwrap()));
    let (grade_enforced, score) = grade(&grader, enforced).await;
    assert_eq!(grade_enforced, "A+");
    assert!(score >= 120, "score {score}");

    let report_only =
        tls(SecurityHeadersLayer::new().csp_report_only(Csp::strict().build().unwrap()));
    let (grade_report_only, _) = grade(&grader, report_only).await;
    assert_eq!(
        grade_report_only, "B",
        "report-only is a stage, not a state"
    );
}
