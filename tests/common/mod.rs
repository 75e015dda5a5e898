//! The demo agent server as a user runs it: the built example on a
//! loopback port, started and stopped by the test, driven over HTTP/1.1.
#![allow(dead_code, unreachable_pub)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use serde_json::{Value, json};

/// The bearer token every demo started here accepts.
pub const TOKEN: &str = "demo-test-token-7f3a9c1e5b";

/// The example binary, built by `cargo test` next to this test's binary.
fn example_binary() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let profile_dir = exe.parent().and_then(|deps| deps.parent()).unwrap();
    let binary = profile_dir.join("examples").join("agent_server");
    let built = std::fs::metadata(&binary).and_then(|m| m.modified()).ok();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sources = ["src", "examples", "Cargo.toml"].map(|p| newest_change(&root.join(p)));
    if built.is_none_or(|built| sources.iter().flatten().any(|&changed| changed > built)) {
        // Run on its own (`cargo test --test demo_server`), cargo builds no
        // examples, and a binary left from an earlier build may be stale:
        // build the one this test needs.
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let status = Command::new(cargo)
            .args(["build", "--example", "agent_server", "--all-features"])
            .status()
            .unwrap();
        assert!(status.success(), "building the example failed");
    }
    binary
}

/// When anything under `path` last changed.
fn newest_change(path: &Path) -> Option<SystemTime> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_dir() {
        return meta.modified().ok();
    }
    std::fs::read_dir(path)
        .ok()?
        .flatten()
        .filter_map(|entry| newest_change(&entry.path()))
        .max()
}

/// The running server; killed when dropped, so a failing test stops it too.
pub struct Server {
    child: Child,
    pub addr: SocketAddr,
    log: Arc<Mutex<String>>,
    /// The server's own scan-record folder, unless the test named one.
    own_state_dir: PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.own_state_dir);
    }
}

impl Server {
    /// The demo with `env` set besides the token and a loopback bind.
    pub fn start(env: &[(&str, &str)]) -> Self {
        static STARTED: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        // Each server keeps its scan records apart from other tests' and
        // from a demo run by hand, unless the test passes AGENT_STATE_DIR.
        let own_state_dir = std::env::temp_dir().join(format!(
            "agent-hardening-test-state-{}-{}",
            std::process::id(),
            STARTED.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        ));
        let mut command = Command::new(example_binary());
        command
            .env("AGENT_STATE_DIR", &own_state_dir)
            .env_remove("AGENT_ADVISORY_DB")
            .env("AGENT_BIND", "127.0.0.1:0")
            .env("AGENT_TOKEN", TOKEN)
            .env("RUST_LOG", "info")
            .env("NO_COLOR", "1")
            .env_remove("AGENT_TOKEN_PREV")
            .env_remove("AGENT_APPROVAL_MODE")
            .env_remove("AGENT_KILL_SWITCH")
            .env_remove("AGENT_DEV_MODE")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (name, value) in env {
            command.env(name, value);
        }
        let mut child = command.spawn().unwrap();
        let log = Arc::new(Mutex::new(String::new()));
        let (found, addr) = mpsc::channel();
        for stream in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let log = Arc::clone(&log);
            let found = found.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    if let Some(at) = line.find("addr=").filter(|_| line.contains("listening")) {
                        let addr = line[at + 5..].split_whitespace().next().unwrap_or_default();
                        let _ = found.send(addr.parse::<SocketAddr>().ok());
                    }
                    log.lock().unwrap().push_str(&line);
                    log.lock().unwrap().push('\n');
                }
            });
        }
        let addr = addr.recv_timeout(Duration::from_secs(60)).ok().flatten();
        let Some(addr) = addr else {
            panic!("the server did not start:\n{}", log.lock().unwrap());
        };
        Self {
            child,
            addr,
            log,
            own_state_dir,
        }
    }

    /// Sends the server SIGTERM.
    pub fn terminate(&self) {
        let sent = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(sent.success());
    }

    /// Waits up to `limit` for the server to exit: its status, or `None`
    /// if it is still running.
    pub fn wait_for_exit(&mut self, limit: Duration) -> Option<std::process::ExitStatus> {
        let until = std::time::Instant::now() + limit;
        while std::time::Instant::now() < until {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }

    /// One HTTP/1.1 request with the bearer token; the status, the headers
    /// (lowercased names) and the body as JSON.
    pub fn request(&self, method: &str, path: &str, body: Option<&Value>) -> (u16, String, Value) {
        let body = body.map(Value::to_string).unwrap_or_default();
        self.send(method, path, "application/json", &body)
    }

    /// Like `request`, with a body of any type.
    pub fn send(
        &self,
        method: &str,
        path: &str,
        content_type: &str,
        body: impl AsRef<[u8]>,
    ) -> (u16, String, Value) {
        self.send_as(Some(TOKEN), method, path, content_type, body)
    }

    /// Like `send`, with `token` as the bearer token (none: no
    /// `Authorization` header).
    pub fn send_as(
        &self,
        token: Option<&str>,
        method: &str,
        path: &str,
        content_type: &str,
        body: impl AsRef<[u8]>,
    ) -> (u16, String, Value) {
        let body = body.as_ref();
        let authorization = token
            .map(|t| format!("Authorization: Bearer {t}\r\n"))
            .unwrap_or_default();
        let mut stream = TcpStream::connect(self.addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        write!(
            stream,
            "{method} {path} HTTP/1.1\r\nHost: {}\r\n{authorization}\
             Content-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            self.addr,
            body.len()
        )
        .unwrap();
        stream.write_all(body).unwrap();
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).unwrap();
        let raw = String::from_utf8(raw).unwrap();
        let (head, payload) = raw.split_once("\r\n\r\n").unwrap();
        let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
        let head = head.to_ascii_lowercase();
        let payload = if head.contains("transfer-encoding: chunked") {
            dechunk(payload)
        } else {
            payload.to_owned()
        };
        (
            status,
            head,
            serde_json::from_str(&payload).unwrap_or(Value::Null),
        )
    }

    /// The log so far, once it holds `needle` (the reader threads may lag
    /// the responses a little).
    pub fn wait_for_log(&self, needle: &str) -> String {
        for _ in 0..100 {
            let log = self.log.lock().unwrap().clone();
            if log.contains(needle) {
                return log;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("{needle:?} never logged:\n{}", self.log.lock().unwrap());
    }

    pub fn tool(&self, name: &str, args: Value) -> (u16, Value) {
        let (status, _, body) = self.request("POST", &format!("/api/tools/{name}"), Some(&args));
        (status, body)
    }
}

fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let size = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if size == 0 || rest.len() < size {
            break;
        }
        out.push_str(&rest[..size]);
        body = rest[size..].trim_start_matches("\r\n");
    }
    out
}

/// A demo with every setting an operator would make: a model key, an
/// enforcing CSP, both attestations.
pub const HEALTHY: &[(&str, &str)] = &[
    ("ANTHROPIC_API_KEY", "sk-ant-test-not-a-real-key-0000"),
    ("AGENT_CSP_MODE", "enforce"),
    (
        "AGENT_ATTEST_TOKEN_SCOPES",
        "Dana Okafor;read-only scopes reviewed;2099-12-31",
    ),
    (
        "AGENT_ATTEST_DB_READONLY",
        "Dana Okafor;role checked with verify_readonly;2099-12-31",
    ),
];

/// Text through every declared ingest path and one child process through
/// a preset, as the agent's day would have it.
pub fn exercise(server: &Server) {
    for source in ["email_body", "web_fetch"] {
        let (code, _, _) = server.send(
            "POST",
            &format!("/api/ingest/{source}"),
            "text/plain",
            "Your order has shipped.",
        );
        assert_eq!(code, 200);
    }
    let (code, _) = server.tool("lookup_customer", json!({ "customer_id": "c_42" }));
    assert_eq!(code, 200);
    let (code, body) = server.tool("run_shell", json!({ "command": "echo hello" }));
    assert_eq!((code, body["status"].as_str()), (200, Some("ran")));
}

/// Every signal id the shield reports.
pub const SIGNAL_IDS: [&str; 15] = [
    "kill-switch",
    "llm-api-key",
    "bearer-token",
    "approval-mode",
    "dev-mode-bind",
    "gate-coverage",
    "log-redaction",
    "subprocess-envs",
    "hardline-blocklist",
    "csp-status",
    "token-scope-audit",
    "db-readonly-role",
    "cve-scan",
    "csrf-origin-gate",
    "shared-store",
];
