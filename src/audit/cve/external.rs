//! Scanners of other ecosystems, run as child processes: `npm audit
//! --json` for a Node side and `pip-audit -f json` for a Python side. Each
//! runs in the [`SubprocessEnv::shell_minimal`] environment (no secrets of
//! the service reach it) under a timeout, and its JSON is normalised into
//! [`Finding`]s.

use std::io::Read;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use super::record::Finding;
use crate::subprocess_env::{CommandEnvExt, SubprocessEnv};

/// How long a scanner may run by default.
pub const DEFAULT_SCANNER_TIMEOUT: Duration = Duration::from_secs(120);
/// The most output read from a scanner; the rest is dropped.
const MAX_OUTPUT: u64 = 32 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Npm,
    Pip,
}

/// A scanner for another ecosystem, run as a child process.
///
/// ```
/// use std::time::Duration;
/// use agent_hardening::audit::cve::ExternalScanner;
///
/// let node = ExternalScanner::npm_audit("frontend").timeout(Duration::from_secs(60));
/// let python = ExternalScanner::pip_audit("worker").arg("-r").arg("requirements.txt");
/// assert_eq!(node.name(), "npm audit");
/// assert_eq!(python.name(), "pip-audit");
/// ```
#[derive(Debug, Clone)]
pub struct ExternalScanner {
    kind: Kind,
    program: PathBuf,
    args: Vec<String>,
    dir: PathBuf,
    timeout: Duration,
}

/// What one external scanner found, or why it could not run.
pub(super) struct ExternalScan {
    pub(super) findings: Vec<Finding>,
    pub(super) version: Option<String>,
    pub(super) error: Option<String>,
}

impl ExternalScanner {
    /// `npm audit --json` in `project_dir` (where `package-lock.json` is).
    /// It asks the npm registry, so it needs the network.
    pub fn npm_audit(project_dir: impl Into<PathBuf>) -> Self {
        Self::new(Kind::Npm, "npm", &["audit", "--json"], project_dir.into())
    }

    /// `pip-audit -f json` in `project_dir`; add `-r requirements.txt` (or
    /// any other option) with [`arg`](Self::arg). It asks PyPI's advisory
    /// service, so it needs the network.
    pub fn pip_audit(project_dir: impl Into<PathBuf>) -> Self {
        Self::new(Kind::Pip, "pip-audit", &["-f", "json"], project_dir.into())
    }

    fn new(kind: Kind, program: &str, args: &[&str], dir: PathBuf) -> Self {
        Self {
            kind,
            program: PathBuf::from(program),
            args: args.iter().map(|a| (*a).to_owned()).collect(),
            dir,
            timeout: DEFAULT_SCANNER_TIMEOUT,
        }
    }

    /// One more argument after the defaults.
    #[must_use]
    pub fn arg(mut self, arg: impl Into<String>) -> Self {
        self.args.push(arg.into());
        self
    }

    /// The program to run in place of `npm` or `pip-audit` found on `PATH`
    /// (a pinned install, or a wrapper).
    #[must_use]
    pub fn program(mut self, program: impl Into<PathBuf>) -> Self {
        self.program = program.into();
        self
    }

    /// How long the scanner may run before it is killed (default
    /// [`DEFAULT_SCANNER_TIMEOUT`]).
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// `npm audit` or `pip-audit`: the name in records.
    pub fn name(&self) -> &'static str {
        match self.kind {
            Kind::Npm => "npm audit",
            Kind::Pip => "pip-audit",
        }
    }

    /// Runs the scanner and reads its report.
    pub(super) fn run(&self) -> ExternalScan {
        let mut scan = ExternalScan {
            findings: Vec::new(),
            version: None,
            error: None,
        };
        let output = match self.output(&self.args) {
            Ok(output) => output,
            Err(error) => {
                scan.error = Some(error);
                return scan;
            }
        };
        // Both exit 1 when they find something: the JSON is the answer.
        let parsed = match self.kind {
            Kind::Npm => parse_npm(&output),
            Kind::Pip => parse_pip(&output),
        };
        match parsed {
            Ok(findings) => scan.findings = findings,
            Err(error) => scan.error = Some(error),
        }
        scan.version = self
            .output(&["--version".to_owned()])
            .ok()
            .and_then(|text| version_line(self.name(), &text));
        scan
    }

    /// The scanner's standard output, or why there is none.
    fn output(&self, args: &[String]) -> Result<String, String> {
        let mut command = Command::new(&self.program);
        command
            .args(args)
            .current_dir(&self.dir)
            .env_preset(&SubprocessEnv::shell_minimal())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        let child = command.spawn().map_err(|error| match error.kind() {
            std::io::ErrorKind::NotFound if !self.dir.is_dir() => {
                format!("the project folder {} does not exist", self.dir.display())
            }
            std::io::ErrorKind::NotFound => "scanner not installed".to_owned(),
            _ => format!("could not start: {error}"),
        })?;
        wait_with_timeout(child, self.timeout)
    }
}

/// Reads the child's output until it exits, killing it at `timeout`.
fn wait_with_timeout(mut child: Child, timeout: Duration) -> Result<String, String> {
    let Some(stdout) = child.stdout.take() else {
        return Err("no output pipe".to_owned());
    };
    let reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stdout.take(MAX_OUTPUT).read_to_end(&mut bytes);
        bytes
    });
    let deadline = Instant::now() + timeout;
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                // The reader ends when the pipe closes; a grandchild that
                // holds it open is not waited for.
                return Err(format!(
                    "did not finish within {} s and was stopped",
                    timeout.as_secs_f32()
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(error) => return Err(format!("could not be waited for: {error}")),
        }
    }
    let bytes = reader
        .join()
        .map_err(|_| "its output could not be read".to_owned())?;
    String::from_utf8(bytes).map_err(|_| "printed output that is not UTF-8".to_owned())
}

/// The version from a `--version` line (`pip-audit 2.7.3`, `10.8.2`).
fn version_line(name: &str, text: &str) -> Option<String> {
    let line = text.lines().next()?.trim();
    let version = line.rsplit(' ').next()?;
    (!version.is_empty() && version.len() <= 40).then(|| format!("{name} {version}"))
}

/// The JSON document a scanner printed.
fn json(output: &str) -> Result<Value, String> {
    serde_json::from_str(output.trim()).map_err(|error| {
        // Masked over the whole output before the cut, so no part of a
        // secret it printed reaches the record.
        let start = crate::redact::redact(output.trim(), 80);
        format!("printed output that is not its JSON report ({error}); it starts with {start:?}")
    })
}

fn text(value: &Value, key: &str) -> Option<String> {
    value.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// `npm audit --json` (report version 2): each package's `via` entries
/// that are objects are its own advisories; strings name the package
/// through which another one's advisory reaches it.
fn parse_npm(output: &str) -> Result<Vec<Finding>, String> {
    let report = json(output)?;
    if let Some(error) = report.get("error") {
        let summary = text(error, "summary").unwrap_or_else(|| error.to_string());
        return Err(format!("reported an error: {summary}"));
    }
    let Some(packages) = report.get("vulnerabilities").and_then(Value::as_object) else {
        return Err("the report has no `vulnerabilities` object".to_owned());
    };
    let mut findings = Vec::new();
    for (name, package) in packages {
        let via = package.get("via").and_then(Value::as_array);
        for advisory in via.into_iter().flatten().filter(|v| v.is_object()) {
            let url = text(advisory, "url");
            let id = url
                .as_deref()
                .and_then(|u| u.rsplit('/').next())
                .filter(|id| id.starts_with("GHSA-"))
                .map(str::to_owned)
                .or_else(|| advisory.get("source").map(|s| format!("npm-{s}")))
                .unwrap_or_else(|| "unknown".to_owned());
            findings.push(Finding {
                ecosystem: "npm".to_owned(),
                advisory_id: id,
                aliases: Vec::new(),
                package: text(advisory, "name").unwrap_or_else(|| name.clone()),
                version: None,
                patched_versions: Vec::new(),
                severity: text(advisory, "severity"),
                cvss_score: advisory
                    .get("cvss")
                    .and_then(|c| c.get("score"))
                    .and_then(Value::as_f64)
                    .filter(|score| *score > 0.0),
                title: text(advisory, "title").unwrap_or_default(),
                url,
            });
        }
    }
    Ok(findings)
}

/// `pip-audit -f json`: `{"dependencies": [...]}` (or, from older
/// versions, the bare list), each with its `vulns`.
fn parse_pip(output: &str) -> Result<Vec<Finding>, String> {
    let report = json(output)?;
    let dependencies = report
        .get("dependencies")
        .unwrap_or(&report)
        .as_array()
        .ok_or("the report has no `dependencies` list")?;
    let mut findings = Vec::new();
    for dependency in dependencies {
        let strings = |key: &str, of: &Value| -> Vec<String> {
            of.get(key)
                .and_then(Value::as_array)
                .map(|list| {
                    list.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default()
        };
        let vulns = dependency.get("vulns").and_then(Value::as_array);
        for vuln in vulns.into_iter().flatten() {
            let description = text(vuln, "description").unwrap_or_default();
            findings.push(Finding {
                ecosystem: "PyPI".to_owned(),
                advisory_id: text(vuln, "id").unwrap_or_else(|| "unknown".to_owned()),
                aliases: strings("aliases", vuln),
                package: text(dependency, "name").unwrap_or_default(),
                version: text(dependency, "version"),
                patched_versions: strings("fix_versions", vuln)
                    .into_iter()
                    .map(|v| format!(">={v}"))
                    .collect(),
                severity: None,
                cvss_score: None,
                title: description.lines().next().unwrap_or_default().to_owned(),
                url: None,
            });
        }
    }
    Ok(findings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn npm_report_reads_own_advisories_and_skips_transitive_names() {
        let report = r#"{"auditReportVersion":2,"vulnerabilities":{
            "left-pad":{"name":"left-pad","severity":"high","via":[
                {"source":1001,"name":"left-pad","title":"Prototype pollution",
                 "url":"https://github.com/advisories/GHSA-aaaa-bbbb-cccc",
                 "severity":"high","cvss":{"score":7.5}}]},
            "app-utils":{"name":"app-utils","severity":"high","via":["left-pad"]}}}"#;
        let findings = parse_npm(report).unwrap();
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].advisory_id, "GHSA-aaaa-bbbb-cccc");
        assert_eq!(findings[0].package, "left-pad");
        assert_eq!(findings[0].cvss_score, Some(7.5));
    }

    #[test]
    fn npm_error_report_is_an_error() {
        let report = r#"{"error":{"code":"ENOLOCK","summary":"This command requires an existing lockfile."}}"#;
        let error = parse_npm(report).unwrap_err();
        assert!(error.contains("requires an existing lockfile"), "{error}");
    }

    #[test]
    fn pip_report_in_both_shapes() {
        let current = r#"{"dependencies":[{"name":"jinja2","version":"3.1.2","vulns":[
            {"id":"PYSEC-2024-1","fix_versions":["3.1.3"],"aliases":["CVE-2024-22195"],
             "description":"HTML attribute injection\nmore"}]},
            {"name":"requests","version":"2.32.0","vulns":[]}],"fixes":[]}"#;
        let findings = parse_pip(current).unwrap();
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].patched_versions, [">=3.1.3"]);
        assert_eq!(findings[0].aliases, ["CVE-2024-22195"]);
        assert_eq!(findings[0].title, "HTML attribute injection");
        let older = r#"[{"name":"jinja2","version":"3.1.2","vulns":[{"id":"PYSEC-2024-1"}]}]"#;
        assert_eq!(parse_pip(older).unwrap().len(), 1);
    }

    #[test]
    fn garbage_is_an_error_without_the_secret_it_printed() {
        let error = parse_pip("token=ghp_abcdefghijklmnopqrstuvwxyz0123456789 oops").unwrap_err();
        assert!(error.contains("not its JSON report"), "{error}");
        assert!(
            !error.contains("ghp_abcdefghijklmnopqrstuvwxyz0123456789"),
            "{error}"
        );
        assert!(parse_npm("{}").is_err());
    }
}
