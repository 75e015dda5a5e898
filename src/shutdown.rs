//! Graceful shutdown: Ctrl-C or SIGTERM, requests in flight drained
//! within a deadline, background tasks told to stop.
//!
//! **Threat:** a deploy or an operator's stop that cuts an agent off mid
//! tool call (an e-mail half sent, a file half written, a lockout count
//! never stored), or a process that never exits because one stuck request
//! or a scheduled audit holds it.
//!
//! [`Shutdown`] is one switch: the signal handler (or the host) turns it,
//! the server stops accepting connections and drains, background tasks
//! waiting on a [`ShutdownSignal`] stop, and [`Shutdown::drain`] returns
//! when the server is done or the deadline has passed, whichever is first.
//!
//! # Example
//!
//! ```no_run
//! use std::time::Duration;
//! use agent_hardening::shutdown::Shutdown;
//! use axum::{Router, routing::get};
//!
//! # #[tokio::main]
//! # async fn main() -> std::io::Result<()> {
//! let shutdown = Shutdown::new(Duration::from_secs(20));
//! shutdown.listen_for_signals();
//! // A background task stops with the server.
//! let stopped = shutdown.signal();
//! tokio::spawn(async move { stopped.wait().await; /* flush, close */ });
//!
//! let app = Router::new().route("/api/chat", get(|| async { "hi" }));
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! let server = axum::serve(listener, app).with_graceful_shutdown(shutdown.signal().wait());
//! let drained = shutdown.drain(server.into_future()).await;
//! if !drained.finished() {
//!     eprintln!("requests still running after the deadline; exiting anyway");
//! }
//! # Ok(())
//! # }
//! ```

use std::future::IntoFuture;
use std::time::Duration;

use tokio::sync::watch;

/// The switch a service stops by; see the [module docs](self).
#[derive(Debug, Clone)]
pub struct Shutdown {
    stop: watch::Sender<bool>,
    deadline: Duration,
}

/// A handle that resolves when [`Shutdown`] is turned: give one to the
/// server (`with_graceful_shutdown(signal.wait())`) and to every
/// background task.
#[derive(Debug, Clone)]
pub struct ShutdownSignal(watch::Receiver<bool>);

/// How a drain ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Drained {
    /// The server finished: every request in flight was answered.
    Finished,
    /// The deadline passed with requests still running; they are dropped
    /// when the caller returns.
    DeadlineExceeded,
}

impl Drained {
    /// Whether every request in flight was answered.
    #[must_use]
    pub fn finished(self) -> bool {
        self == Self::Finished
    }
}

impl Shutdown {
    /// A switch, not yet turned, that gives requests in flight
    /// `drain_deadline` to finish once it is. Choose it above your longest
    /// non-streaming model turn and below your orchestrator's kill timeout
    /// (Kubernetes waits 30 s by default before SIGKILL).
    #[must_use]
    pub fn new(drain_deadline: Duration) -> Self {
        let (stop, _) = watch::channel(false);
        Self {
            stop,
            deadline: drain_deadline,
        }
    }

    /// A handle that resolves when the switch is turned.
    #[must_use]
    pub fn signal(&self) -> ShutdownSignal {
        ShutdownSignal(self.stop.subscribe())
    }

    /// Turns the switch (what Ctrl-C and SIGTERM do). Turning it twice is
    /// the same as once.
    pub fn trigger(&self) {
        self.stop.send_replace(true);
    }

    /// Whether the switch was turned.
    #[must_use]
    pub fn is_triggered(&self) -> bool {
        *self.stop.borrow()
    }

    /// Spawns a task that turns the switch on Ctrl-C or, on Unix, SIGTERM.
    /// Needs a Tokio runtime. A signal that cannot be listened for is
    /// logged (`agent_hardening::shutdown`) and the other still counts.
    pub fn listen_for_signals(&self) {
        let shutdown = self.clone();
        tokio::spawn(async move {
            let name = os_signal().await;
            tracing::info!(
                target: "agent_hardening::shutdown",
                signal = name,
                deadline_seconds = shutdown.deadline.as_secs_f64(),
                "shutting down: draining requests in flight"
            );
            shutdown.trigger();
        });
    }

    /// Runs `server` until it finishes by itself, or until the switch is
    /// turned and then at most the drain deadline more. Build `server`
    /// with graceful shutdown on [`signal`](Self::signal) so it stops
    /// accepting and drains; this bounds how long draining may take.
    pub async fn drain<F>(&self, server: F) -> Drained
    where
        F: IntoFuture,
    {
        let server = server.into_future();
        tokio::pin!(server);
        tokio::select! {
            _ = &mut server => return Drained::Finished,
            () = self.signal().wait() => {}
        }
        match tokio::time::timeout(self.deadline, server).await {
            Ok(_) => Drained::Finished,
            Err(_) => {
                tracing::warn!(
                    target: "agent_hardening::shutdown",
                    deadline_seconds = self.deadline.as_secs_f64(),
                    "requests still in flight after the drain deadline; stopping anyway"
                );
                Drained::DeadlineExceeded
            }
        }
    }
}

impl ShutdownSignal {
    /// Resolves when the switch is turned (at once if it was).
    pub async fn wait(mut self) {
        // A dropped `Shutdown` never turns: waiting then lasts forever, as
        // it would for a switch nobody turns.
        if self.0.wait_for(|stopped| *stopped).await.is_err() {
            std::future::pending::<()>().await;
        }
    }

    /// Whether the switch was turned.
    #[must_use]
    pub fn is_triggered(&self) -> bool {
        *self.0.borrow()
    }
}

/// The first of Ctrl-C and (on Unix) SIGTERM, by name.
async fn os_signal() -> &'static str {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(target: "agent_hardening::shutdown", %error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                term.recv().await;
            }
            Err(error) => {
                tracing::error!(target: "agent_hardening::shutdown", %error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => "SIGINT",
        () = terminate => "SIGTERM",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn a_drain_ends_with_the_server_or_at_the_deadline() {
        let shutdown = Shutdown::new(Duration::from_secs(5));
        // A server that finishes by itself.
        assert_eq!(shutdown.drain(async {}).await, Drained::Finished);
        // One that stops two seconds after the switch: within the deadline.
        let signal = shutdown.signal();
        let quick = async move {
            signal.wait().await;
            tokio::time::sleep(Duration::from_secs(2)).await;
        };
        let trigger = shutdown.clone();
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_secs(1)).await;
            trigger.trigger();
        });
        assert_eq!(shutdown.drain(quick).await, Drained::Finished);
        // One that never stops: cut at the deadline.
        let start = tokio::time::Instant::now();
        let stuck = std::future::pending::<()>();
        assert_eq!(shutdown.drain(stuck).await, Drained::DeadlineExceeded);
        assert_eq!(start.elapsed(), Duration::from_secs(5));
    }

    #[tokio::test]
    async fn every_signal_sees_the_switch_once_turned() {
        let shutdown = Shutdown::new(Duration::from_secs(1));
        let early = shutdown.signal();
        assert!(!early.is_triggered());
        shutdown.trigger();
        shutdown.trigger();
        assert!(shutdown.is_triggered() && early.is_triggered());
        early.wait().await;
        shutdown.signal().wait().await;
    }
}
