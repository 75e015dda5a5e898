//! `audit`: a running service's shield report, for CI. It asks
//! `GET /api/security/status` with the token from `AGENT_TOKEN`, prints the
//! report (JSON, or SARIF for code-scanning uploads), and fails below a
//! score or on any critical signal. Plain `http://` only: run it against the
//! service's address inside its network, or through a local tunnel.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

use clap::ArgMatches;
use serde_json::Value;

const TIMEOUT: Duration = Duration::from_secs(10);

pub(crate) fn run(args: &ArgMatches) -> Result<u8, String> {
    let url = super::value(args, "url")?;
    let format = super::value(args, "format")?;
    let min_score = args.get_one::<u8>("min-score").copied().unwrap_or(0);
    let token = std::env::var("AGENT_TOKEN")
        .ok()
        .filter(|t| !t.trim().is_empty())
        .ok_or("AGENT_TOKEN is not set: the shield's routes need the service's bearer token")?;
    let report = get(url, "/api/security/status", &token)?;
    let parsed: Value =
        serde_json::from_str(&report).map_err(|e| format!("the report is not JSON: {e}"))?;
    if format == "sarif" {
        println!("{}", get(url, "/api/security/status?format=sarif", &token)?);
    } else {
        println!("{report}");
    }
    let score = parsed["score"]
        .as_u64()
        .ok_or("the report has no score: is this the shield's route?")?;
    let critical: Vec<&str> = parsed["signals"]
        .as_array()
        .map(|signals| {
            signals
                .iter()
                .filter(|s| s["severity"] == "critical")
                .filter_map(|s| s["name"].as_str())
                .collect()
        })
        .unwrap_or_default();
    let mut failed = false;
    if score < u64::from(min_score) {
        eprintln!("agent-hardening: score {score} is below {min_score}");
        failed = true;
    }
    if !critical.is_empty() {
        eprintln!("agent-hardening: critical signals: {}", critical.join(", "));
        failed = true;
    }
    Ok(u8::from(failed))
}

/// The body of `GET base+path`, which must answer 200.
fn get(base: &str, path: &str, token: &str) -> Result<String, String> {
    let rest = base
        .strip_prefix("http://")
        .ok_or("--url must start with http:// (https is not built in)")?;
    let (authority, prefix) = rest.split_once('/').map_or((rest, ""), |(a, p)| (a, p));
    let prefix = prefix.trim_end_matches('/');
    let target = if prefix.is_empty() {
        path.to_owned()
    } else {
        format!("/{prefix}{path}")
    };
    let host_port = if authority.contains(':') && !authority.ends_with(']') {
        authority.to_owned()
    } else {
        format!("{authority}:80")
    };
    let address = host_port
        .to_socket_addrs()
        .map_err(|e| format!("{authority}: {e}"))?
        .next()
        .ok_or_else(|| format!("{authority}: no address"))?;
    let mut stream =
        TcpStream::connect_timeout(&address, TIMEOUT).map_err(|e| format!("{authority}: {e}"))?;
    stream
        .set_read_timeout(Some(TIMEOUT))
        .map_err(|e| e.to_string())?;
    write!(
        stream,
        // HTTP/1.0: the answer comes whole, never chunked, and the
        // connection closes after it.
        "GET {target} HTTP/1.0\r\nHost: {authority}\r\nAuthorization: Bearer {token}\r\n\
         Accept: application/json\r\n\r\n"
    )
    .map_err(|e| format!("{authority}: {e}"))?;
    let mut raw = Vec::new();
    stream
        .read_to_end(&mut raw)
        .map_err(|e| format!("{authority}: {e}"))?;
    let raw = String::from_utf8_lossy(&raw);
    let (head, body) = raw
        .split_once("\r\n\r\n")
        .ok_or("the service's answer is not HTTP")?;
    let status = head.split_whitespace().nth(1).unwrap_or_default();
    match status {
        "200" => {}
        "401" => return Err("the service refused the token in AGENT_TOKEN (401)".to_owned()),
        "429" => return Err("this address is locked out after failed tokens (429)".to_owned()),
        other => return Err(format!("GET {target} answered {other}")),
    }
    Ok(body.to_owned())
}
