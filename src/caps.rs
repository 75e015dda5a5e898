//! Per-tool ceilings over exact sliding windows.
//!
//! **Threat:** tool-frequency abuse: a prompt injection or a runaway loop
//! that sends 200 emails in ten minutes or deletes records one call at a
//! time. A cap lets a tool run `limit` times per `window`; the next call is
//! refused with `anomaly_gate_blocked` and is not counted, so the tool runs
//! again as soon as old calls leave the window.
//!
//! # Matching
//!
//! A cap's pattern is a tool name (`send_email`) or a prefix ending in `*`
//! (`delete_*`). An exact name wins over a prefix, and a longer prefix over
//! a shorter one; adding a cap with a pattern that already exists replaces
//! it. Each tool name counts on its own: `delete_user` and `delete_file`
//! each get the `delete_*` ceiling. Tools no cap matches are not limited.
//!
//! # Example
//!
//! ```
//! use std::sync::Arc;
//! use std::time::Duration;
//! use agent_hardening::caps::Caps;
//! use agent_hardening::clock::ManualClock;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), serde_json::Error> {
//! let clock = ManualClock::new();
//! let caps = Caps::recommended().clock(Arc::new(clock.clone()));
//! for _ in 0..5 {
//!     assert!(caps.check("send_email").await.is_ok());
//! }
//! let blocked = caps.check("send_email").await.unwrap_err();
//! assert_eq!(
//!     serde_json::to_value(&blocked)?,
//!     serde_json::json!({
//!         "status": "anomaly_gate_blocked", "tool": "send_email",
//!         "count": 5, "limit": 5, "window_seconds": 3600, "retry_after_seconds": 3600,
//!         "message": "send_email ran 5 times in the last 3600 seconds, its limit; try again in 3600 seconds"
//!     })
//! );
//! clock.advance(Duration::from_secs(3600));
//! assert!(caps.check("send_email").await.is_ok());
//! # Ok(())
//! # }
//! ```

use std::fmt;
use std::future::Future;
use std::num::NonZeroU32;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll, ready};
use std::time::Duration;

use serde::Serialize;

use crate::clock::{Clock, SystemClock};
use crate::store::{CallStore, MemoryStore, StoreFuture, WindowCount};

const HOUR: Duration = Duration::from_secs(3600);
const DAY: Duration = Duration::from_secs(24 * 3600);

/// The tool caps of an agent.
#[derive(Debug, Clone)]
pub struct Caps {
    rules: Vec<Cap>,
    store: Arc<dyn CallStore>,
    clock: Arc<dyn Clock>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Cap {
    pattern: Pattern,
    limit: NonZeroU32,
    window: Duration,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Pattern {
    Exact(String),
    Prefix(String),
}

impl Pattern {
    fn parse(pattern: &str) -> Self {
        match pattern.strip_suffix('*') {
            Some(prefix) => Self::Prefix(prefix.to_owned()),
            None => Self::Exact(pattern.to_owned()),
        }
    }

    /// How well this pattern matches `tool`: exact beats any prefix, a
    /// longer prefix beats a shorter one.
    fn rank(&self, tool: &str) -> Option<usize> {
        match self {
            Self::Exact(name) => (name == tool).then_some(usize::MAX),
            Self::Prefix(prefix) => tool.starts_with(prefix.as_str()).then_some(prefix.len()),
        }
    }
}

impl Caps {
    /// No caps: every tool runs.
    #[must_use]
    pub fn new() -> Self {
        Self {
            rules: Vec::new(),
            store: Arc::new(MemoryStore::new()),
            clock: Arc::new(SystemClock),
        }
    }

    /// The recommended caps for an agent's usual tools: `send_email` 5 per
    /// hour, `delete_*` and `forget_*` 3 per day, `execute_code` and
    /// `run_code` 20 per day, `write_file` 30 per hour. Add or override
    /// with [`cap`](Self::cap).
    #[must_use]
    pub fn recommended() -> Self {
        let n = |v: u32| NonZeroU32::new(v).unwrap_or(NonZeroU32::MIN);
        Self::new()
            .cap("send_email", n(5), HOUR)
            .cap("delete_*", n(3), DAY)
            .cap("forget_*", n(3), DAY)
            .cap("execute_code", n(20), DAY)
            .cap("run_code", n(20), DAY)
            .cap("write_file", n(30), HOUR)
    }

    /// The old name of [`recommended`](Self::recommended).
    #[deprecated(since = "0.1.0", note = "renamed to `Caps::recommended`")]
    #[must_use]
    pub fn seed_defaults() -> Self {
        Self::recommended()
    }

    /// Adds (or replaces) the cap for `pattern`: a tool name, or a prefix
    /// ending in `*`.
    #[must_use]
    pub fn cap(mut self, pattern: &str, limit: NonZeroU32, window: Duration) -> Self {
        let pattern = Pattern::parse(pattern);
        self.rules.retain(|c| c.pattern != pattern);
        self.rules.push(Cap {
            pattern,
            limit,
            window,
        });
        self
    }

    /// Where calls are counted (a shared store keeps replicas in step).
    #[must_use]
    pub fn store(mut self, store: Arc<dyn CallStore>) -> Self {
        self.store = store;
        self
    }

    /// The time source (a [`ManualClock`](crate::clock::ManualClock) in
    /// tests).
    #[must_use]
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The `(limit, window)` that applies to `tool`, if any.
    #[must_use]
    pub fn limit_for(&self, tool: &str) -> Option<(NonZeroU32, Duration)> {
        self.rule_for(tool).map(|c| (c.limit, c.window))
    }

    fn rule_for(&self, tool: &str) -> Option<&Cap> {
        self.rules
            .iter()
            .filter_map(|c| c.pattern.rank(tool).map(|rank| (rank, c)))
            .max_by_key(|(rank, _)| *rank)
            .map(|(_, c)| c)
    }

    /// Counts a call of `tool` if it is under its cap. The answer is a
    /// future: with the in-memory store it is ready at once (no
    /// allocation, and [`CapCheck::into_ready`] takes it without a
    /// runtime); a shared store answers after one round trip.
    ///
    /// Its output is `Err(`[`AnomalyGateBlocked`]`)` when the tool already
    /// ran `limit` times in the window (that call is not counted), or when
    /// a shared store cannot count it and its policy is to refuse.
    pub fn check<'a>(&self, tool: &'a str) -> CapCheck<'a> {
        let Some(cap) = self.rule_for(tool) else {
            return CapCheck(CheckState::Ready(Some(Ok(()))));
        };
        let seen = self
            .store
            .try_record(tool, self.clock.now(), cap.limit.get(), cap.window);
        match seen.into_ready() {
            Ok(seen) => CapCheck(CheckState::Ready(Some(verdict(
                tool, cap.limit, cap.window, seen,
            )))),
            Err(waiting) => CapCheck(CheckState::Waiting {
                tool,
                limit: cap.limit,
                window: cap.window,
                waiting,
            }),
        }
    }
}

/// What the store's count means for the call.
fn verdict(
    tool: &str,
    limit: NonZeroU32,
    window: Duration,
    seen: WindowCount,
) -> Result<(), AnomalyGateBlocked> {
    if seen.recorded {
        return Ok(());
    }
    let window_seconds = window.as_secs();
    // Whole seconds, rounded up: retrying at the stated time succeeds.
    let retry_after_seconds = seen.retry_after.map(crate::rejection::retry_after_seconds);
    let when =
        retry_after_seconds.map_or_else(|| "later".to_owned(), |s| format!("in {s} seconds"));
    Err(AnomalyGateBlocked {
        status: "anomaly_gate_blocked",
        tool: tool.to_owned(),
        count: seen.count,
        limit: limit.get(),
        window_seconds,
        retry_after_seconds,
        message: format!(
            "{tool} ran {} times in the last {window_seconds} seconds, its limit; try again {when}",
            seen.count
        ),
    })
}

/// The answer of [`Caps::check`]: a future of `Result<(),
/// AnomalyGateBlocked>`, ready at once unless the store is shared.
#[must_use = "a cap check records nothing for a shared store unless it is awaited"]
pub struct CapCheck<'a>(CheckState<'a>);

enum CheckState<'a> {
    Ready(Option<Result<(), AnomalyGateBlocked>>),
    Waiting {
        tool: &'a str,
        limit: NonZeroU32,
        window: Duration,
        waiting: StoreFuture<WindowCount>,
    },
}

impl CapCheck<'_> {
    /// The answer if it is known now (always, with the in-memory store).
    ///
    /// # Errors
    ///
    /// Gives the check back when it waits on a shared store: await it.
    pub fn into_ready(self) -> Result<Result<(), AnomalyGateBlocked>, Self> {
        match self.0 {
            CheckState::Ready(Some(answer)) => Ok(answer),
            state => Err(Self(state)),
        }
    }
}

impl Future for CapCheck<'_> {
    type Output = Result<(), AnomalyGateBlocked>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match &mut self.0 {
            // Polled after completion: a caller bug; never completing is
            // the only answer that grants nothing.
            CheckState::Ready(answer) => answer.take().map_or(Poll::Pending, Poll::Ready),
            CheckState::Waiting {
                tool,
                limit,
                window,
                waiting,
            } => {
                let seen = ready!(Pin::new(waiting).poll(cx));
                Poll::Ready(verdict(tool, *limit, *window, seen))
            }
        }
    }
}

impl fmt::Debug for CapCheck<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match self.0 {
            CheckState::Ready(_) => "ready",
            CheckState::Waiting { .. } => "waiting",
        };
        f.debug_tuple("CapCheck").field(&state).finish()
    }
}

impl Default for Caps {
    fn default() -> Self {
        Self::new()
    }
}

/// A tool call refused by its cap. Serialises to `{"status":
/// "anomaly_gate_blocked", "tool", "count", "limit", "window_seconds",
/// "retry_after_seconds", "message"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct AnomalyGateBlocked {
    /// Always `anomaly_gate_blocked`.
    pub status: &'static str,
    /// The tool that was refused.
    pub tool: String,
    /// Calls already in the window.
    pub count: u32,
    /// The cap.
    pub limit: u32,
    /// The window, in seconds.
    pub window_seconds: u64,
    /// When the next call of the tool fits under the cap, in whole seconds
    /// (rounded up); absent when the store cannot tell.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after_seconds: Option<u64>,
    /// A sentence for the model and the operator.
    pub message: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;

    #[test]
    fn exact_beats_prefix_and_longer_prefix_beats_shorter() {
        let n = |v| NonZeroU32::new(v).unwrap();
        let caps = Caps::new()
            .cap("delete_*", n(3), DAY)
            .cap("delete_temp_*", n(50), HOUR)
            .cap("delete_user", n(1), DAY);
        assert_eq!(caps.limit_for("delete_user"), Some((n(1), DAY)));
        assert_eq!(caps.limit_for("delete_temp_file"), Some((n(50), HOUR)));
        assert_eq!(caps.limit_for("delete_row"), Some((n(3), DAY)));
        assert_eq!(caps.limit_for("read_file"), None);
        // Replacing a preset's cap.
        let caps = Caps::recommended().cap("send_email", n(100), HOUR);
        assert_eq!(caps.limit_for("send_email"), Some((n(100), HOUR)));
    }

    /// The memory store answers at once.
    fn check(caps: &Caps, tool: &str) -> Result<(), AnomalyGateBlocked> {
        caps.check(tool)
            .into_ready()
            .unwrap_or_else(|_| panic!("the memory store answers at once"))
    }

    #[test]
    fn sliding_window_is_exact_and_refusals_do_not_count() {
        let clock = ManualClock::new();
        let caps = Caps::new()
            .cap("send_email", NonZeroU32::new(2).unwrap(), HOUR)
            .clock(Arc::new(clock.clone()));
        assert!(check(&caps, "send_email").is_ok());
        clock.advance(Duration::from_secs(1800));
        assert!(check(&caps, "send_email").is_ok());
        for _ in 0..10 {
            assert!(check(&caps, "send_email").is_err());
        }
        // The first call leaves the window an hour after it was made, not at a bucket edge.
        clock.advance(Duration::from_secs(1799));
        assert!(check(&caps, "send_email").is_err());
        clock.advance(Duration::from_secs(1));
        assert!(check(&caps, "send_email").is_ok());
        assert!(check(&caps, "send_email").is_err());
    }
}
