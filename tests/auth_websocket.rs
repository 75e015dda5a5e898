//! WebSocket handshakes through the auth layer on a real TCP server: the
//! token may ride in `Sec-WebSocket-Protocol`, and a locked-out client is
//! refused before the handshake.

use std::net::SocketAddr;

use agent_hardening::http::auth::{AuthLayer, Tokens};
use axum::Router;
use axum::extract::WebSocketUpgrade;
use axum::extract::ws::WebSocket;
use axum::response::Response;
use axum::routing::get;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const TOKEN: &str = "ws-token-0123456789abcdef";

async fn echo(socket: WebSocket) {
    let mut socket = socket;
    while let Some(Ok(message)) = socket.recv().await {
        if socket.send(message).await.is_err() {
            break;
        }
    }
}

async fn ws(upgrade: WebSocketUpgrade) -> Response {
    upgrade.on_upgrade(echo)
}

/// Starts the server on a free loopback port; it stops when the test's
/// runtime ends.
async fn start() -> SocketAddr {
    let auth = AuthLayer::new(Tokens::new(TOKEN).unwrap()).websocket_subprotocol_token(true);
    let app = Router::new()
        .route("/ws", get(ws))
        .route("/api/ping", get(|| async { "pong" }))
        .layer(auth);
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
        .unwrap();
    });
    addr
}

/// Sends one raw HTTP/1.1 request and returns the response head.
async fn request_head(addr: SocketAddr, head: &str) -> String {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut buf = vec![0u8; 4096];
    let mut read = 0;
    while !buf[..read].windows(4).any(|w| w == b"\r\n\r\n") {
        let n = stream.read(&mut buf[read..]).await.unwrap();
        assert!(n > 0, "connection closed before the response head");
        read += n;
    }
    String::from_utf8_lossy(&buf[..read]).into_owned()
}

fn handshake(addr: SocketAddr, protocols: &str) -> String {
    format!(
        "GET /ws HTTP/1.1\r\nHost: {addr}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
         Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\
         Sec-WebSocket-Protocol: {protocols}\r\n\r\n"
    )
}

#[tokio::test]
async fn subprotocol_token_opens_the_socket_and_a_locked_client_gets_429_first() {
    let addr = start().await;

    let head = request_head(addr, &handshake(addr, &format!("bearer, {TOKEN}"))).await;
    assert!(head.starts_with("HTTP/1.1 101"), "{head}");
    let lower = head.to_ascii_lowercase();
    assert!(
        lower.contains("sec-websocket-protocol: bearer\r\n"),
        "{head}"
    );
    assert!(
        !head.contains(TOKEN),
        "the token must not be echoed: {head}"
    );

    let head = request_head(addr, &handshake(addr, "bearer, wrong-token")).await;
    assert!(head.starts_with("HTTP/1.1 401"), "{head}");

    // Nine more failures lock 127.0.0.1 ...
    for _ in 0..9 {
        let head = request_head(
            addr,
            &format!(
                "GET /api/ping HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer nope\r\n\r\n"
            ),
        )
        .await;
        assert!(head.starts_with("HTTP/1.1 401"), "{head}");
    }
    // ... and the next handshake, good token and all, is refused before it starts.
    let head = request_head(addr, &handshake(addr, &format!("bearer, {TOKEN}"))).await;
    assert!(head.starts_with("HTTP/1.1 429"), "{head}");
    assert!(
        head.to_ascii_lowercase().contains("retry-after: 900"),
        "{head}"
    );
}
