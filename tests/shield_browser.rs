//! The shield page in a real browser: headless Chromium, driven through
//! ChromeDriver's WebDriver protocol, against the demo server under its
//! enforcing CSP. Load the page, type the token, see green; switch the
//! approval mode off; click "Run audit now"; see amber and the
//! `approval-mode` row. Screenshots land under `target/tmp/`.
//!
//! Needs Debian's `chromium` and `chromium-driver`; without them the test
//! says so and passes, unless `AGENT_HARDENING_REQUIRE_SERVICES=1`.
#![cfg(all(
    feature = "approval",
    feature = "tracing",
    feature = "axum",
    feature = "tokio"
))]

mod common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use common::{HEALTHY, Server, TOKEN, exercise};
use serde_json::{Value, json};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// The key WebDriver names element references by.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// ChromeDriver on a free loopback port; killed when dropped.
struct Driver {
    child: Child,
    addr: SocketAddr,
    profile: PathBuf,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

impl Driver {
    fn start() -> Self {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .unwrap()
            .port();
        let child = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let profile = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("chromium-{port}"));
        let driver = Self {
            child,
            addr: SocketAddr::from(([127, 0, 0, 1], port)),
            profile,
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if TcpStream::connect(driver.addr).is_ok()
                && driver.call("GET", "/status", None)["value"]["ready"] == true
            {
                return driver;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("chromedriver did not start");
    }

    /// One WebDriver command; the answer as JSON.
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let mut stream = TcpStream::connect(self.addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .unwrap();
        write!(
            stream,
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            self.addr,
            body.len()
        )
        .unwrap();
        // Read the head, then exactly the body it announces: the driver may
        // keep the connection open.
        let mut raw = Vec::new();
        let mut chunk = [0u8; 8192];
        let (head_end, length) = loop {
            let read = stream.read(&mut chunk).unwrap();
            assert!(read > 0, "chromedriver closed the connection early");
            raw.extend_from_slice(&chunk[..read]);
            if let Some(at) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
                let head = String::from_utf8_lossy(&raw[..at]).to_ascii_lowercase();
                let length = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:"))
                    .and_then(|v| v.trim().parse::<usize>().ok())
                    .unwrap_or(0);
                break (at + 4, length);
            }
        };
        while raw.len() < head_end + length {
            let read = stream.read(&mut chunk).unwrap();
            assert!(read > 0, "chromedriver closed the connection early");
            raw.extend_from_slice(&chunk[..read]);
        }
        serde_json::from_slice(&raw[head_end..head_end + length]).unwrap_or(Value::Null)
    }
}

/// A browser session; closed when dropped.
struct Session<'d> {
    driver: &'d Driver,
    id: String,
}

impl Drop for Session<'_> {
    fn drop(&mut self) {
        self.driver
            .call("DELETE", &format!("/session/{}", self.id), None);
    }
}

impl<'d> Session<'d> {
    fn new(driver: &'d Driver) -> Self {
        let answer = driver.call(
            "POST",
            "/session",
            Some(json!({ "capabilities": { "alwaysMatch": {
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": CHROMIUM,
                    "args": [
                        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1200,900",
                        format!("--user-data-dir={}", driver.profile.display()),
                    ]
                }
            }}})),
        );
        let id = answer["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {answer}"))
            .to_owned();
        Self { driver, id }
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let answer = self
            .driver
            .call(method, &format!("/session/{}{path}", self.id), body);
        assert!(
            answer["value"]["error"].is_null(),
            "{method} {path}: {answer}"
        );
        answer["value"].clone()
    }

    fn open(&self, url: &str) {
        self.call("POST", "/url", Some(json!({ "url": url })));
    }

    fn find(&self, css: &str) -> String {
        let found = self.call(
            "POST",
            "/element",
            Some(json!({ "using": "css selector", "value": css })),
        );
        found[ELEMENT].as_str().unwrap().to_owned()
    }

    fn click(&self, css: &str) {
        let element = self.find(css);
        self.call(
            "POST",
            &format!("/element/{element}/click"),
            Some(json!({})),
        );
    }

    fn type_into(&self, css: &str, text: &str) {
        let element = self.find(css);
        self.call(
            "POST",
            &format!("/element/{element}/value"),
            Some(json!({ "text": text })),
        );
    }

    fn script(&self, script: &str) -> Value {
        self.call(
            "POST",
            "/execute/sync",
            Some(json!({ "script": script, "args": [] })),
        )
    }

    /// Waits until the shield shows `color`.
    fn wait_for_color(&self, color: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut seen = Value::Null;
        while Instant::now() < deadline {
            seen = self.script("return document.getElementById('shield').getAttribute('class');");
            if seen == color {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let page = self.script("return document.body.innerText;");
        panic!("the shield shows {seen}, not {color}:\n{page}");
    }

    fn screenshot(&self, name: &str) -> PathBuf {
        let png = self.call("GET", "/screenshot", None);
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(png.as_str().unwrap())
            .unwrap();
        let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

fn browser_available() -> bool {
    let found = [CHROMIUM, CHROMEDRIVER]
        .iter()
        .all(|p| std::path::Path::new(p).exists());
    if !found && std::env::var("AGENT_HARDENING_REQUIRE_SERVICES").as_deref() == Ok("1") {
        panic!(
            "chromium and chromium-driver are required (apt-get install chromium chromium-driver)"
        );
    }
    if !found {
        eprintln!("skipped: chromium or chromedriver is not installed");
    }
    found
}

#[test]
fn the_shield_page_turns_amber_when_approval_is_switched_off() {
    if !browser_available() {
        return;
    }
    let server = Server::start(HEALTHY);
    exercise(&server);
    let driver = Driver::start();
    let session = Session::new(&driver);
    let page = format!("http://{}/security", server.addr);

    session.open(&page);
    // The shell shows no data before the token is typed.
    let rows = session.script("return document.querySelectorAll('#signals tbody tr').length;");
    assert_eq!(rows, 0);
    session.type_into("#token", TOKEN);
    session.click("#login button[type=submit]");
    session.wait_for_color("green");
    let green = session.screenshot("shield-green.png");
    // The token lives in the tab's session storage, not in the URL.
    let url = session.call("GET", "/url", None);
    assert_eq!(url, page.as_str());
    assert!(!url.as_str().unwrap().contains(TOKEN));

    let (code, _, _) = server.request(
        "PUT",
        "/api/admin/approval-mode",
        Some(&json!({ "mode": "off" })),
    );
    assert_eq!(code, 200);
    session.click("#run-audit");
    session.wait_for_color("amber");
    let row = session.script(
        "const row = document.querySelector('tr[data-signal=\"approval-mode\"]'); \
         return row ? [row.className, row.innerText] : null;",
    );
    assert_eq!(row[0], "warning", "{row}");
    assert!(row[1].as_str().unwrap().contains("off"), "{row}");
    assert!(row[1].as_str().unwrap().contains("-25"), "{row}");
    let amber = session.screenshot("shield-amber.png");
    for shot in [green, amber] {
        assert!(
            std::fs::metadata(&shot).unwrap().len() > 1000,
            "{}",
            shot.display()
        );
        eprintln!("screenshot: {}", shot.display());
    }
}
