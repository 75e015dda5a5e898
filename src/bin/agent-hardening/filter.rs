//! `redact`: a filter for a stream of log lines (`journalctl -f |
//! agent-hardening redact`). Each line is masked and written as soon as it
//! is read, so nothing waits for the end of the input and no more than one
//! line is held.

use std::io::{BufRead, Write};

/// Longer lines are masked up to this length and cut (the redactor's bound).
const MAX_LINE: usize = 1 << 20;

pub(crate) fn run() -> Result<u8, String> {
    let stdin = std::io::stdin().lock();
    let mut stdout = std::io::stdout().lock();
    let mut reader = std::io::BufReader::new(stdin);
    let mut line = Vec::new();
    loop {
        line.clear();
        let read = reader
            .read_until(b'\n', &mut line)
            .map_err(|e| format!("reading stdin: {e}"))?;
        if read == 0 {
            return Ok(0);
        }
        let (text, newline) = match line.strip_suffix(b"\n") {
            Some(text) => (text, "\n"),
            None => (&line[..], ""),
        };
        // Bytes that are not UTF-8 are shown as U+FFFD rather than passed
        // through unread.
        let text = String::from_utf8_lossy(text);
        let masked = agent_hardening::redact::redact(&text, MAX_LINE);
        let written = stdout
            .write_all(masked.as_bytes())
            .and_then(|()| stdout.write_all(newline.as_bytes()))
            .and_then(|()| stdout.flush());
        if let Err(error) = written {
            // The reader went away (`| head`): stop quietly.
            if error.kind() == std::io::ErrorKind::BrokenPipe {
                return Ok(0);
            }
            return Err(format!("writing stdout: {error}"));
        }
    }
}
