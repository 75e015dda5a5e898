//! Redaction at the log writer: every line `tracing-subscriber`'s `fmt`
//! layer formats passes through [`Redactor::redact`] once, before it
//! reaches stdout, a file or a collector.
//!
//! Call sites need no discipline, and a secret logged through `?Debug` of a
//! whole struct is masked like any other.

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use tracing_subscriber::fmt::MakeWriter;

use super::Redactor;

/// Wraps a [`MakeWriter`] so that every log line written through it is
/// redacted.
///
/// The `fmt` layer writes each event through a fresh writer; the returned
/// [`RedactingWriter`] buffers the event and writes it, redacted, when the
/// event ends (on `flush` or drop). Nothing is dropped: a line that is not
/// valid UTF-8 is redacted after lossy decoding, and a line with nothing to
/// mask is written unchanged.
///
/// # Example
///
/// ```
/// use agent_hardening::redact::RedactingMakeWriter;
///
/// tracing_subscriber::fmt()
///     .with_writer(RedactingMakeWriter::new(std::io::stdout))
///     .init();
/// tracing::info!(key = "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "charging");
/// // stdout: ... INFO charging key="<redacted:stripe_secret_key>"
/// ```
#[derive(Debug, Clone)]
pub struct RedactingMakeWriter<M> {
    inner: M,
    redactor: &'static Redactor,
    stats: RedactionStats,
}

/// How many log events a [`RedactingMakeWriter`] (and its clones) wrote,
/// read live: the self-audit's `log-redaction` signal is `active` once the
/// writer is installed and has written.
///
/// ```
/// use std::io::Write;
/// use tracing_subscriber::fmt::MakeWriter;
/// use agent_hardening::redact::RedactingMakeWriter;
///
/// let writer = RedactingMakeWriter::new(std::io::sink);
/// let stats = writer.stats();
/// assert_eq!(stats.events(), 0);
/// writer.make_writer().write_all(b"a line\n")?;
/// assert_eq!(stats.events(), 1);
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct RedactionStats(Arc<AtomicU64>);

impl RedactionStats {
    /// Log events written so far.
    pub fn events(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

impl<M> RedactingMakeWriter<M> {
    /// Redacts with the shared default rules ([`Redactor::shared`]).
    pub fn new(inner: M) -> Self {
        Self::with_redactor(inner, Redactor::shared())
    }

    /// Redacts with a custom rule set. The redactor lives as long as the
    /// subscriber, usually the whole process: leak it or keep it in a
    /// `static`.
    ///
    /// ```
    /// use std::sync::LazyLock;
    /// use agent_hardening::redact::{RedactingMakeWriter, Redactor};
    ///
    /// static REDACTOR: LazyLock<Redactor> = LazyLock::new(|| {
    ///     Redactor::builder().rule("acme_token", r"acme_[a-z0-9]{24}", &["acme_"]).build().expect("valid rule")
    /// });
    /// let writer = RedactingMakeWriter::with_redactor(std::io::stderr, &REDACTOR);
    /// # let _ = writer;
    /// ```
    pub fn with_redactor(inner: M, redactor: &'static Redactor) -> Self {
        Self {
            inner,
            redactor,
            stats: RedactionStats::default(),
        }
    }

    /// The count of events this writer and its clones wrote, for the
    /// self-audit.
    pub fn stats(&self) -> RedactionStats {
        self.stats.clone()
    }
}

impl<'a, M: MakeWriter<'a>> MakeWriter<'a> for RedactingMakeWriter<M> {
    type Writer = RedactingWriter<M::Writer>;

    fn make_writer(&'a self) -> Self::Writer {
        RedactingWriter::new(self.inner.make_writer(), self.redactor).counted(&self.stats)
    }

    fn make_writer_for(&'a self, meta: &tracing::Metadata<'_>) -> Self::Writer {
        RedactingWriter::new(self.inner.make_writer_for(meta), self.redactor).counted(&self.stats)
    }
}

/// The writer of one log event: buffers it and writes it redacted to the
/// inner writer on [`flush`](Write::flush) or drop.
#[derive(Debug)]
pub struct RedactingWriter<W: Write> {
    inner: W,
    buffer: Vec<u8>,
    redactor: &'static Redactor,
    stats: Option<RedactionStats>,
}

impl<W: Write> RedactingWriter<W> {
    /// Wraps `inner`, redacting with `redactor`.
    pub fn new(inner: W, redactor: &'static Redactor) -> Self {
        Self {
            inner,
            buffer: Vec::new(),
            redactor,
            stats: None,
        }
    }

    /// Counts the events this writer writes in `stats`.
    fn counted(mut self, stats: &RedactionStats) -> Self {
        self.stats = Some(stats.clone());
        self
    }

    fn write_buffered(&mut self) -> io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let text = String::from_utf8_lossy(&self.buffer);
        let redacted = self.redactor.redact(&text, usize::MAX);
        let result = self.inner.write_all(redacted.as_bytes());
        self.buffer.clear();
        if let Some(stats) = &self.stats {
            stats.0.fetch_add(1, Ordering::Relaxed);
        }
        result
    }
}

impl<W: Write> Write for RedactingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.buffer.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.write_buffered()?;
        self.inner.flush()
    }
}

impl<W: Write> Drop for RedactingWriter<W> {
    fn drop(&mut self) {
        // Drop cannot report errors; the fmt layer ignores them as well.
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_the_line_redacted_on_drop() {
        let mut sink = Vec::new();
        {
            let mut writer = RedactingWriter::new(&mut sink, Redactor::shared());
            writer
                .write_all(b"call with ghp_1234567890abcdefghijklmnopqrstuvwxyz")
                .unwrap();
            writer.write_all(b" done\n").unwrap();
        }
        assert_eq!(
            String::from_utf8(sink).unwrap(),
            "call with <redacted:github_pat> done\n"
        );
    }

    #[test]
    fn invalid_utf8_is_still_written() {
        let mut sink = Vec::new();
        {
            let mut writer = RedactingWriter::new(&mut sink, Redactor::shared());
            writer.write_all(b"bytes \xff\xfe end\n").unwrap();
        }
        assert_eq!(
            String::from_utf8(sink).unwrap(),
            "bytes \u{fffd}\u{fffd} end\n"
        );
    }
}
