//! Instruction counts of the hot paths, held against a committed baseline.
//!
//! Wall-clock benches on a shared machine move by 1.5x from run to run; the
//! number of instructions a path executes does not. This bench runs itself
//! under valgrind's callgrind once per path, counts the instructions of a
//! fixed number of iterations (the inputs are built and the path is warmed
//! up outside the count), and compares each path with
//! `benches/instructions.baseline`:
//!
//! ```text
//! cargo bench --all-features --bench instructions                       # check: exit 1 when a path costs >10% more
//! cargo bench --all-features --bench instructions -- --update-baseline  # accept today's counts on purpose
//! cargo bench --all-features --bench instructions -- gate               # only the paths whose name holds `gate`
//! ```
//!
//! `.ci/run` runs the check with every feature (the baseline is measured
//! so; the default features count within 1% of it). The counts depend on
//! the compiler and the dependencies' versions: after a toolchain or
//! `Cargo.lock` update, re-measure the baseline in its own commit. Needs
//! `valgrind` on `PATH`; one check takes about a minute.
#![allow(missing_docs)]

mod common;
mod inputs;

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::hint::black_box;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use agent_hardening::approval::{ApprovalMode, approve};
use agent_hardening::gate::gate;
use agent_hardening::http::auth::{AuthLayer, Tokens};
use agent_hardening::http::headers::{Csp, SecurityHeadersLayer};
use agent_hardening::redact::redact;
use axum::body::Body;
use common::run;
use http::{Request, Response};
use inputs::commands::MIX;
use inputs::email::{EMAIL, email_injected, email_non_ascii};
use inputs::log_lines::{clean_lines, dense_lines, mixed_lines};
use inputs::requests::{TOKEN, bearer_request};
use tower::{Layer, Service, service_fn};

/// A path costing more than this over its baseline fails the check.
const TOLERANCE: f64 = 0.10;

/// The function whose instructions callgrind counts (`--toggle-collect`).
const COUNTED: &str = "*counted_iterations*";

/// One hot path: what an iteration is, how many are counted, and how to
/// build one (inputs and services are made before the count starts).
struct HotPath {
    name: &'static str,
    iteration: &'static str,
    iterations: u32,
    build: fn() -> Box<dyn FnMut()>,
}

const PATHS: &[HotPath] = &[
    HotPath {
        name: "redact/clean_log_lines",
        iteration: "2,000 log lines with nothing to mask",
        iterations: 3,
        build: || redact_lines(clean_lines()),
    },
    HotPath {
        name: "redact/mixed_log_lines",
        iteration: "2,100 log lines, a secret every ~2 KB",
        iterations: 3,
        build: || redact_lines(mixed_lines()),
    },
    HotPath {
        name: "redact/secret_dense_lines",
        iteration: "2,000 lines, most with a secret",
        iterations: 2,
        build: || redact_lines(dense_lines()),
    },
    HotPath {
        name: "gate/benign_1kb_ascii",
        iteration: "one 1 KB e-mail",
        iterations: 20,
        build: || gate_email(EMAIL.to_owned()),
    },
    HotPath {
        name: "gate/benign_1kb_non_ascii",
        iteration: "the same e-mail with accents, dashes and guillemets",
        iterations: 10,
        build: || gate_email(email_non_ascii()),
    },
    HotPath {
        name: "gate/injected_1kb",
        iteration: "one 1 KB e-mail with an injection",
        iterations: 10,
        build: || gate_email(email_injected()),
    },
    HotPath {
        name: "approve/mix",
        iteration: "the 76 commands of the approval bench's mix",
        iterations: 3,
        build: || {
            Box::new(|| {
                for command in MIX {
                    black_box(approve(black_box(command), ApprovalMode::Smart, false));
                }
            })
        },
    },
    HotPath {
        name: "auth/valid_bearer",
        iteration: "one request with the current token",
        iterations: 50,
        build: auth_check,
    },
    HotPath {
        name: "headers/strict_csp",
        iteration: "one response given the security headers",
        iterations: 50,
        build: security_headers,
    },
];

fn redact_lines(lines: Vec<String>) -> Box<dyn FnMut()> {
    Box::new(move || {
        for line in &lines {
            black_box(redact(black_box(line), usize::MAX));
        }
    })
}

fn gate_email(text: String) -> Box<dyn FnMut()> {
    Box::new(move || {
        black_box(gate(black_box(&text), "email_body"));
    })
}

fn auth_check() -> Box<dyn FnMut()> {
    let tokens = Tokens::new(TOKEN).unwrap_or_else(|e| panic!("{e}"));
    let mut service = AuthLayer::new(tokens).layer(service_fn(|_: Request<Body>| async {
        Ok::<_, Infallible>(Response::new(Body::empty()))
    }));
    let peer = SocketAddr::new(IpAddr::V4(Ipv4Addr::new(198, 51, 100, 7)), 40_000);
    Box::new(move || {
        let request = bearer_request(peer);
        let _ = run(std::future::poll_fn(|cx| service.poll_ready(cx)));
        let response = run(service.call(request)).unwrap_or_else(|e| match e {});
        assert_eq!(response.status(), 200);
    })
}

fn security_headers() -> Box<dyn FnMut()> {
    let csp = Csp::strict().build().unwrap_or_else(|e| panic!("{e}"));
    let mut service = SecurityHeadersLayer::new()
        .csp_enforce(csp)
        .layer(service_fn(|_: Request<()>| async {
            Ok::<_, Infallible>(Response::new(()))
        }));
    Box::new(move || {
        black_box(run(service.call(Request::new(()))).unwrap_or_else(|e| match e {}));
    })
}

/// The iterations callgrind counts; never inlined, so its name is in the
/// binary for `--toggle-collect`.
#[inline(never)]
fn counted_iterations(iteration: &mut dyn FnMut(), iterations: u32) {
    for _ in 0..iterations {
        iteration();
    }
}

/// Runs one path as the child of a check: warm-up, then the counted part.
fn measure(name: &str) -> ExitCode {
    let Some(path) = PATHS.iter().find(|p| p.name == name) else {
        eprintln!("no hot path named {name}");
        return ExitCode::from(2);
    };
    let mut iteration = (path.build)();
    // Grammars, caches and lazily built tables, outside the count.
    iteration();
    counted_iterations(&mut *iteration, path.iterations);
    ExitCode::SUCCESS
}

/// Instructions per iteration of `path`, counted by callgrind.
fn count(path: &HotPath, out_dir: &Path) -> Result<u64, String> {
    let exe = std::env::current_exe().map_err(|e| format!("own path: {e}"))?;
    let out_file = out_dir.join(format!("{}.callgrind", path.name.replace('/', "_")));
    let output = Command::new("valgrind")
        .arg("--tool=callgrind")
        .arg(format!("--toggle-collect={COUNTED}"))
        .arg(format!("--callgrind-out-file={}", out_file.display()))
        .arg(&exe)
        .args(["--measure", path.name])
        .output()
        .map_err(|e| format!("valgrind could not be started ({e}): install valgrind"))?;
    if !output.status.success() {
        return Err(format!(
            "{} failed under valgrind: {}",
            path.name,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let profile =
        std::fs::read_to_string(&out_file).map_err(|e| format!("{}: {e}", out_file.display()))?;
    // `totals:` holds the collected events; the first is instructions.
    let total: u64 = profile
        .lines()
        .find_map(|line| line.strip_prefix("totals:"))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| format!("{}: no totals line", out_file.display()))?;
    if total == 0 {
        return Err(format!(
            "{}: nothing counted: is `{COUNTED}` in the binary?",
            path.name
        ));
    }
    Ok(total / u64::from(path.iterations))
}

fn baseline_file() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/instructions.baseline")
}

/// `path instructions` pairs; `#` starts a comment.
fn read_baseline(text: &str) -> Result<BTreeMap<String, u64>, String> {
    let mut baseline = BTreeMap::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let mut fields = line.split_whitespace();
        let (Some(name), Some(count), None) = (fields.next(), fields.next(), fields.next()) else {
            return Err(format!("baseline line not `path instructions`: {line}"));
        };
        let count = count
            .parse()
            .map_err(|_| format!("baseline count not a number: {line}"))?;
        baseline.insert(name.to_owned(), count);
    }
    Ok(baseline)
}

fn write_baseline(counts: &BTreeMap<&str, u64>) -> Result<(), String> {
    let rustc = Command::new("rustc")
        .arg("-V")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_else(|_| "unknown rustc".to_owned());
    let mut text = format!(
        "# Instructions per iteration of each hot path (benches/instructions.rs),\n\
         # counted by callgrind in the bench profile with {rustc}.\n\
         # Update on purpose: cargo bench --all-features --bench instructions -- --update-baseline\n"
    );
    for path in PATHS {
        if let Some(count) = counts.get(path.name) {
            text.push_str(&format!("{} {count}  # {}\n", path.name, path.iteration));
        }
    }
    std::fs::write(baseline_file(), text).map_err(|e| format!("writing the baseline: {e}"))
}

fn check(filter: Option<&str>, update: bool) -> Result<bool, String> {
    let out_dir = std::env::temp_dir().join(format!(
        "agent-hardening-instructions-{}",
        std::process::id()
    ));
    std::fs::create_dir_all(&out_dir).map_err(|e| format!("{}: {e}", out_dir.display()))?;
    let baseline_text = std::fs::read_to_string(baseline_file()).unwrap_or_default();
    let baseline = read_baseline(&baseline_text)?;
    let mut counts = BTreeMap::new();
    let mut within = true;
    println!(
        "{:<28} {:>14} {:>14} {:>8}",
        "path", "baseline", "now", "change"
    );
    for path in PATHS
        .iter()
        .filter(|p| filter.is_none_or(|f| p.name.contains(f)))
    {
        let now = count(path, &out_dir)?;
        counts.insert(path.name, now);
        let Some(&before) = baseline.get(path.name) else {
            println!("{:<28} {:>14} {now:>14} {:>8}", path.name, "-", "new");
            within &= update;
            continue;
        };
        let change = now as f64 / before as f64 - 1.0;
        let verdict = if change > TOLERANCE {
            within = false;
            "  over the tolerance"
        } else if change < -TOLERANCE {
            "  faster: update the baseline to hold the gain"
        } else {
            ""
        };
        println!(
            "{:<28} {before:>14} {now:>14} {:>+7.1}%{verdict}",
            path.name,
            change * 100.0
        );
    }
    let _ = std::fs::remove_dir_all(&out_dir);
    if update {
        // Paths not measured this time keep their old counts.
        let mut merged: BTreeMap<&str, u64> = PATHS
            .iter()
            .filter_map(|p| baseline.get(p.name).map(|&c| (p.name, c)))
            .collect();
        merged.extend(counts);
        write_baseline(&merged)?;
        println!("baseline written: {}", baseline_file().display());
        return Ok(true);
    }
    Ok(within)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(at) = args.iter().position(|a| a == "--measure") {
        return match args.get(at + 1) {
            Some(name) => measure(name),
            None => ExitCode::from(2),
        };
    }
    let update = args.iter().any(|a| a == "--update-baseline");
    // `cargo bench` passes `--bench`; anything else not a flag filters.
    let filter = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map(String::as_str);
    match check(filter, update) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => {
            eprintln!(
                "a hot path costs more than {:.0}% over benches/instructions.baseline \
                 (or has no baseline): make it cheaper, or update the baseline on purpose \
                 with `cargo bench --all-features --bench instructions -- --update-baseline`",
                TOLERANCE * 100.0
            );
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("instruction-count check: {e}");
            ExitCode::from(2)
        }
    }
}
