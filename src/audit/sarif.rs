//! The report as SARIF 2.1.0, for code-scanning dashboards: one rule per
//! signal id (`ruleId` is the id, so a dismissal sticks), one result for
//! each signal that is not ok.

use serde_json::{Value, json};

use super::probes::IDS;
use super::score::Report;
use super::signal::Severity;

/// `level` and `security-severity` of a severity (the scale code-scanning
/// tools read: critical 9.0, medium 4.0, low 1.0).
fn level(severity: Severity) -> (&'static str, &'static str) {
    match severity {
        Severity::Critical => ("error", "9.0"),
        Severity::Warning => ("warning", "4.0"),
        Severity::Info | Severity::Ok => ("note", "1.0"),
    }
}

/// `report` as a SARIF 2.1.0 log.
///
/// ```
/// use std::time::SystemTime;
/// use agent_hardening::audit::{to_sarif, Report, Severity, Signal};
///
/// let report = Report::new(vec![
///     Signal::new("approval-mode", "Approval mode", "off", -25, Severity::Warning),
/// ], SystemTime::now());
/// let sarif = to_sarif(&report);
/// assert_eq!(sarif["version"], "2.1.0");
/// assert_eq!(sarif["runs"][0]["results"][0]["ruleId"], "approval-mode");
/// assert_eq!(sarif["runs"][0]["results"][0]["level"], "warning");
/// ```
pub fn to_sarif(report: &Report) -> Value {
    let rules: Vec<Value> = IDS
        .iter()
        .map(|(id, label, _)| {
            json!({
                "id": id,
                "name": label,
                "shortDescription": { "text": label },
                "helpUri": format!("https://docs.rs/agent-hardening/latest/agent_hardening/audit/index.html#{id}"),
            })
        })
        .collect();
    let results: Vec<Value> = report
        .signals
        .iter()
        .filter(|s| !s.is_ok())
        .map(|s| {
            let (level, security_severity) = level(s.severity);
            json!({
                "ruleId": s.name,
                "level": level,
                "message": { "text": format!("{}: {}. {} {}", s.label, s.value, s.detail, s.remediation).trim_end().to_owned() },
                // Code-scanning tools need a location; the shield's
                // findings are about the running service, not a file.
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": "agent-hardening-shield" },
                        "region": { "startLine": 1 }
                    }
                }],
                "properties": {
                    "security-severity": security_severity,
                    "delta": s.delta,
                    "value": s.value,
                },
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "agent-hardening-shield",
                    "version": env!("CARGO_PKG_VERSION"),
                    "informationUri": "https://docs.rs/agent-hardening",
                    "rules": rules,
                }
            },
            "results": results,
            "properties": {
                "score": report.score,
                "color": report.color,
                "scoring_version": report.scoring_version,
                "generated_at": report.generated_at,
            }
        }]
    })
}
