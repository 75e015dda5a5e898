//! The `agent-hardening` command as a shell, a git hook and CI run it:
//! findings and exit codes, masked output, a streaming filter, a
//! pre-commit hook that blocks a staged token, and bad usage.
#![cfg(feature = "cli")]

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_agent-hardening");
/// A made-up GitHub token of the real shape: `ghp_` and 36 characters.
const FAKE_GITHUB_TOKEN: &str = "ghp_R8kq2Lx7Vd0Nw4Tz9Bc6Hm1Pj5Fs3Ya2Ge7Q";

fn run(args: &[&str], dir: &Path) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env_remove("AGENT_TOKEN")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A fresh folder under the system's temp folder, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("agent-hardening-cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }

    fn write(&self, name: &str, contents: impl AsRef<[u8]>) {
        let path = self.0.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, contents).unwrap();
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn scan_prints_where_and_what_never_the_secret_and_exits_1() {
    assert_eq!(FAKE_GITHUB_TOKEN.len(), 40);
    let dir = TempDir::new("scan");
    dir.write(
        "app/config.env",
        format!("PORT=8080\nGITHUB_TOKEN={FAKE_GITHUB_TOKEN}\n"),
    );
    dir.write("app/readme.md", "Set GITHUB_TOKEN to your own token.\n");
    dir.write(
        "app/fixture.rs",
        format!("let example = \"{FAKE_GITHUB_TOKEN}\"; // agent-hardening:allow\n"),
    );
    dir.write("app/logo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    dir.write("app/dump.sql", vec![b'a'; 2 * 1024 * 1024]);
    dir.write(
        "target/debug/leftover.env",
        format!("T={FAKE_GITHUB_TOKEN}\n"),
    );
    let out = run(&["scan"], &dir.0);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(1), "{stdout}{stderr}");
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        ["app/config.env:2: github_pat: GITHUB_TOKEN=<redacted:github_pat>"],
        "{stderr}"
    );
    assert!(!stdout.contains(FAKE_GITHUB_TOKEN) && !stderr.contains(FAKE_GITHUB_TOKEN));
    assert!(
        stderr.contains("app/logo.png: skipped (binary)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("app/dump.sql: skipped (larger than 1024 KiB)"),
        "{stderr}"
    );
    // Folders named `target` are build output, but a path named on the
    // command line is scanned.
    let out = run(&["scan", "target/debug/leftover.env"], &dir.0);
    assert_eq!(out.status.code(), Some(1));
    let out = run(&["scan", "app/readme.md"], &dir.0);
    assert_eq!(
        (out.status.code(), text(&out.stdout)),
        (Some(0), String::new())
    );
    let out = run(&["scan", "--exclude", "app/config", "app"], &dir.0);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
}

fn git(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

#[test]
fn the_pre_commit_hook_blocks_a_staged_token_and_lets_the_clean_commit_through() {
    let dir = TempDir::new("hook");
    assert!(git(&dir.0, &["init", "-q"]).status.success());
    dir.write(
        ".git/hooks/pre-commit",
        format!("#!/bin/sh\nexec '{BIN}' scan --staged\n"),
    );
    let hook = dir.0.join(".git/hooks/pre-commit");
    let mut perms = std::fs::metadata(&hook).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    std::fs::set_permissions(&hook, perms).unwrap();

    dir.write("notes.txt", "nothing secret\n");
    dir.write(
        "deploy.sh",
        format!("export GITHUB_TOKEN={FAKE_GITHUB_TOKEN}\n"),
    );
    assert!(
        git(&dir.0, &["add", "notes.txt", "deploy.sh"])
            .status
            .success()
    );
    let blocked = git(&dir.0, &["commit", "-q", "-m", "deploy script"]);
    assert!(!blocked.status.success());
    let said = text(&blocked.stdout) + &text(&blocked.stderr);
    assert!(said.contains("deploy.sh:1: github_pat"), "{said}");
    assert!(!said.contains(FAKE_GITHUB_TOKEN));
    assert!(
        git(&dir.0, &["log"]).stdout.is_empty(),
        "nothing was committed"
    );

    assert!(
        git(&dir.0, &["rm", "-q", "--cached", "deploy.sh"])
            .status
            .success()
    );
    let passed = git(&dir.0, &["commit", "-q", "-m", "notes"]);
    assert!(passed.status.success(), "{}", text(&passed.stderr));
}

#[test]
fn redact_streams_each_line_before_the_input_ends() {
    let mut child = Command::new(BIN)
        .arg("redact")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    for (input, expected) in [
        (
            format!("auth ok token={FAKE_GITHUB_TOKEN}"),
            "auth ok token=<redacted:github_pat>",
        ),
        ("GET /health 200".to_owned(), "GET /health 200"),
    ] {
        writeln!(stdin, "{input}").unwrap();
        stdin.flush().unwrap();
        // Read back while stdin is still open: the filter holds nothing.
        line.clear();
        stdout.read_line(&mut line).unwrap();
        assert_eq!(line.trim_end(), expected);
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
}

#[test]
fn check_command_answers_json_with_the_decision_as_exit_code() {
    let here = std::env::temp_dir();
    for (args, code, status) in [
        (&["check-command", "--", "ls", "-la"][..], 0, "allowed"),
        (
            &["check-command", "--", "git", "push", "--force"][..],
            1,
            "confirmation_required",
        ),
        (
            &["check-command", "--mode", "manual", "--", "ls"][..],
            1,
            "confirmation_required",
        ),
        (
            &[
                "check-command",
                "--mode",
                "off",
                "--",
                "git",
                "push",
                "--force",
            ][..],
            0,
            "allowed",
        ),
        (&["check-command", "--", "rm", "-rf", "/"][..], 3, "blocked"),
        (
            &["check-command", "--confirmed", "--", "rm -rf ~"][..],
            3,
            "blocked",
        ),
    ] {
        let out = run(args, &here);
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(
            (out.status.code(), json["status"].as_str()),
            (Some(code), Some(status)),
            "{args:?}"
        );
    }
}

#[test]
fn bad_usage_exits_2_with_a_message() {
    let here = std::env::temp_dir();
    for args in [
        &[][..],
        &["bogus"][..],
        &["check-command", "ls"][..],
        &["check-command", "--mode", "yolo", "--", "ls"][..],
        &["audit"][..],
        &["audit", "--url", "http://127.0.0.1:9", "--min-score", "101"][..],
        &["scan", "--staged", "src"][..],
    ] {
        let out = run(args, &here);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
    // A check that cannot run says why, also with exit 2.
    let out = run(&["audit", "--url", "http://127.0.0.1:9"], &here);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("AGENT_TOKEN is not set"));
    for sub in ["scan", "redact", "check-command", "audit"] {
        let out = run(&[sub, "--help"], &here);
        assert_eq!(out.status.code(), Some(0));
        assert!(
            text(&out.stdout).contains("Usage: agent-hardening"),
            "{sub}"
        );
    }
}

#[test]
fn audit_reads_a_running_service_and_fails_ci_below_the_score() {
    let server = common::Server::start(common::HEALTHY);
    let url = format!("http://{}", server.addr);
    let audit = |args: &[&str], token: &str| {
        Command::new(BIN)
            .args(["audit", "--url", &url])
            .args(args)
            .env("AGENT_TOKEN", token)
            .output()
            .unwrap()
    };
    let out = audit(&["--min-score", "50"], common::TOKEN);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let score = report["score"].as_u64().unwrap();
    assert!((50..100).contains(&score), "{score}");
    let out = audit(&["--min-score", "100"], common::TOKEN);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains(&format!("score {score} is below 100")));
    let out = audit(&["--format", "sarif"], common::TOKEN);
    assert_eq!(out.status.code(), Some(0));
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let out = audit(&[], "not-the-token");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("refused the token"));

    // A service whose kill switch is on has a critical signal: CI fails.
    let (status, ..) = server.request(
        "PUT",
        "/api/admin/kill-switch",
        Some(&serde_json::json!({"active": true})),
    );
    assert_eq!(status, 200);
    let out = audit(&[], common::TOKEN);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("critical signals: kill-switch"),
        "{}",
        text(&out.stderr)
    );
}

/// The repository passes its own pre-commit scan: outside the paths its
/// hook excludes (made-up secrets kept on purpose), no file holds a
/// secret; and `.gitleaks.toml` allows exactly those paths.
#[test]
fn this_repository_passes_its_own_hook() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = std::fs::read_to_string(root.join(".pre-commit-config.yaml")).unwrap();
    let words: Vec<&str> = config.split_whitespace().collect();
    let excluded: Vec<&str> = words
        .windows(2)
        .filter(|pair| pair[0] == "--exclude")
        .map(|pair| pair[1])
        .collect();
    assert!(excluded.len() >= 5, "{excluded:?}");
    let mut args = vec!["scan"];
    for path in &excluded {
        args.extend(["--exclude", path]);
    }
    let out = run(&args, root);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));

    let gitleaks = std::fs::read_to_string(root.join(".gitleaks.toml")).unwrap();
    for path in &excluded {
        let pattern = format!("'''^{}", path.replace('.', r"\."));
        assert!(
            gitleaks.contains(&pattern),
            "{pattern} is not in .gitleaks.toml"
        );
    }
}
