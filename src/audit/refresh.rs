//! Re-running the audit on a schedule, so alerts fire without anyone
//! asking.

use std::future::Future;
use std::time::Duration;

use super::Shield;

/// The default interval between audits.
pub const DEFAULT_REFRESH: Duration = Duration::from_secs(300);

impl Shield {
    /// Runs the audit now and then every `every` on the tokio runtime, until
    /// `stop` completes (pass the server's shutdown signal). Each round
    /// first runs the sources' scheduled work ([`Shield::run_scheduled`]:
    /// a dependency scan when one is due), then the audit, on a blocking
    /// thread: sources may read the environment or files, and a scan
    /// takes a while.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() {
    /// use std::time::Duration;
    /// use agent_hardening::audit::Shield;
    ///
    /// let shield = Shield::builder().build();
    /// let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    /// let task = shield.spawn_refresh(Duration::from_secs(300), async { let _ = stopped.await; });
    /// # tokio::time::sleep(Duration::from_millis(50)).await;
    /// let _ = stop.send(());
    /// task.await.expect("the refresh task stops cleanly");
    /// assert!(shield.latest().is_some());
    /// # }
    /// ```
    pub fn spawn_refresh(
        &self,
        every: Duration,
        stop: impl Future<Output = ()> + Send + 'static,
    ) -> tokio::task::JoinHandle<()> {
        let shield = self.clone();
        let every = every.max(Duration::from_millis(10));
        tokio::spawn(async move {
            tokio::pin!(stop);
            let mut ticks = tokio::time::interval(every);
            ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tokio::select! {
                    () = &mut stop => break,
                    _ = ticks.tick() => {
                        let shield = shield.clone();
                        // A panic inside is caught by the audit; a failed
                        // join only skips this round.
                        let _ = tokio::task::spawn_blocking(move || {
                            shield.run_scheduled();
                            shield.audit()
                        })
                        .await;
                    }
                }
            }
        })
    }
}
