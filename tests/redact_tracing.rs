//! Redaction at the log writer: every event still reaches the sink, whole
//! and in order, with only the secrets masked.

use std::io::{self, Write};
use std::sync::{Arc, Mutex, PoisonError};

use agent_hardening::redact::RedactingMakeWriter;

/// A sink the test can read back: every writer appends to one buffer.
#[derive(Clone, Default)]
struct Sink(Arc<Mutex<Vec<u8>>>);

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Sink {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(PoisonError::into_inner)).into_owned()
    }
}

/// Runs `log` under a `fmt` subscriber that writes through
/// `RedactingMakeWriter`, and returns what reached the sink.
fn capture(ansi: bool, log: impl FnOnce()) -> String {
    let sink = Sink::default();
    let make_writer = {
        let sink = sink.clone();
        move || sink.clone()
    };
    let subscriber = tracing_subscriber::fmt()
        .with_writer(RedactingMakeWriter::new(make_writer))
        .with_ansi(ansi)
        .without_time()
        .finish();
    tracing::subscriber::with_default(subscriber, log);
    sink.text()
}

#[derive(Debug)]
#[allow(dead_code)] // read through Debug only
struct ToolResult {
    customer: &'static str,
    api_key: &'static str,
}

#[test]
fn every_line_is_written_with_its_secrets_masked() {
    let text = capture(false, || {
        tracing::info!(tool = "lookup_customer", "call started");
        tracing::info!(
            key = "sk_live_51Hq8ZtLmN4pR7vW2xY9bC3dF",
            "charging customer"
        );
        let result = ToolResult {
            customer: "ana.lopez@example.com",
            api_key: "ghp_0123456789abcdefghijABCDEFGHIJ012345",
        };
        tracing::warn!(?result, "tool result");
        tracing::info!("call finished");
    });
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "a log line was lost:\n{text}");
    assert!(
        lines[0].contains("call started") && lines[0].contains("lookup_customer"),
        "{text}"
    );
    assert!(
        lines[1].contains("charging customer key=\"<redacted:stripe_secret_key>\""),
        "{text}"
    );
    assert!(lines[2].contains("<redacted:email>@example.com"), "{text}");
    assert!(lines[2].contains("<redacted:github_pat>"), "{text}");
    assert!(lines[3].contains("call finished"), "{text}");
    assert!(
        !text.contains("sk_live_51Demo")
            && !text.contains("ana.lopez")
            && !text.contains("ghp_0123"),
        "{text}"
    );
}

#[test]
fn fields_stay_masked_in_coloured_terminal_output() {
    let text = capture(true, || {
        tracing::info!(password = "Winter-2026-Rotation", db_password = %"c0rrect-h0rse", "connecting");
    });
    assert!(text.contains("connecting"), "{text}");
    assert!(
        !text.contains("Winter-2026") && !text.contains("c0rrect-h0rse"),
        "{text:?}"
    );
}
