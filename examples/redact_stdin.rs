//! Redacts standard input line by line, for piping logs through the
//! default rules: `cargo run --example redact_stdin < app.log`.
//!
//! With `--json`, each input line is a JSON object whose `"text"` field is
//! redacted into a new `"redacted"` field (handy for checking a corpus of
//! samples).

use std::io::{self, BufRead, BufWriter, Write};

use agent_hardening::redact::redact;

fn main() -> io::Result<()> {
    let json = std::env::args().any(|a| a == "--json");
    let stdin = io::stdin();
    let mut out = BufWriter::new(io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = line?;
        if json {
            let mut row: serde_json::Value = serde_json::from_str(&line)?;
            let text = row.get("text").and_then(|t| t.as_str()).unwrap_or_default();
            let redacted = redact(text, usize::MAX).into_owned();
            row["redacted"] = redacted.into();
            writeln!(out, "{row}")?;
        } else {
            writeln!(out, "{}", redact(&line, usize::MAX))?;
        }
    }
    out.flush()
}
