//! Graceful shutdown over TCP: on SIGTERM a request in flight completes,
//! new connections are refused, background tasks stop, and the server is
//! done within the drain deadline; a request that outlives the deadline
//! does not keep it alive. (Its own test binary: the SIGTERM goes to this
//! process, whose handler the test installs.)

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use tokio::sync::Notify;

use agent_hardening::shutdown::{Drained, Shutdown};
use axum::Router;
use axum::routing::get;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// `/held` answers only once `release` is notified, so a test decides
/// how long the request stays in flight instead of racing a timer.
fn app(release: Arc<Notify>) -> Router {
    Router::new()
        .route(
            "/held",
            get(move || async move {
                release.notified().await;
                "done"
            }),
        )
        .route("/quick", get(|| async { "quick" }))
}

/// Serves `app` on a free loopback port until `shutdown` drains it.
async fn serve(
    shutdown: &Shutdown,
    release: Arc<Notify>,
) -> (SocketAddr, tokio::task::JoinHandle<(Drained, Instant)>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server =
        axum::serve(listener, app(release)).with_graceful_shutdown(shutdown.signal().wait());
    let shutdown = shutdown.clone();
    let task = tokio::spawn(async move {
        let drained = shutdown.drain(server).await;
        (drained, Instant::now())
    });
    (addr, task)
}

/// Sends `GET path` and reads the whole answer.
async fn get_over_tcp(addr: SocketAddr, path: &str) -> std::io::Result<String> {
    let mut stream = TcpStream::connect(addr).await?;
    stream
        .write_all(
            format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .as_bytes(),
        )
        .await?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await?;
    Ok(answer)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_drains_the_request_in_flight_and_refuses_new_ones() {
    let shutdown = Shutdown::new(Duration::from_secs(5));
    shutdown.listen_for_signals();
    let release = Arc::new(Notify::new());
    let (addr, server) = serve(&shutdown, Arc::clone(&release)).await;
    let task_stopped = Arc::new(AtomicBool::new(false));
    let background = {
        let stopped = Arc::clone(&task_stopped);
        let signal = shutdown.signal();
        tokio::spawn(async move {
            signal.wait().await;
            stopped.store(true, Ordering::SeqCst);
        })
    };

    let in_flight = tokio::spawn(get_over_tcp(addr, "/held"));
    tokio::time::sleep(Duration::from_millis(200)).await;
    let signalled = Instant::now();
    let kill = std::process::Command::new("kill")
        .args(["-TERM", &std::process::id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());

    // The switch turns, the background task stops, new connections are
    // refused while the held request is still being served.
    tokio::time::timeout(Duration::from_secs(2), shutdown.signal().wait())
        .await
        .expect("SIGTERM turns the switch");
    let mut refused = false;
    for _ in 0..20 {
        if get_over_tcp(addr, "/quick").await.is_err() {
            refused = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    assert!(refused, "a connection after SIGTERM was served");
    assert!(!in_flight.is_finished(), "the held request ended early");
    release.notify_one();

    let answer = in_flight.await.unwrap().unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.ends_with("done"), "{answer}");
    let (drained, done) = server.await.unwrap();
    assert_eq!(drained, Drained::Finished);
    assert!(done.duration_since(signalled) < Duration::from_secs(5));
    background.await.unwrap();
    assert!(task_stopped.load(Ordering::SeqCst));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_past_the_deadline_does_not_keep_the_server_alive() {
    let shutdown = Shutdown::new(Duration::from_millis(500));
    let (addr, server) = serve(&shutdown, Arc::new(Notify::new())).await;
    let stuck = tokio::spawn(get_over_tcp(addr, "/held"));
    tokio::time::sleep(Duration::from_millis(200)).await;
    let triggered = Instant::now();
    shutdown.trigger();
    let (drained, done) = server.await.unwrap();
    assert_eq!(drained, Drained::DeadlineExceeded);
    let took = done.duration_since(triggered);
    assert!(
        took >= Duration::from_millis(500) && took < Duration::from_secs(3),
        "{took:?}"
    );
    stuck.abort();
}
