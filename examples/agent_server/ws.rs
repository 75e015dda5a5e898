//! An echo WebSocket, behind the same auth layer as the API (the token
//! may also come as `Sec-WebSocket-Protocol: bearer, <token>`).

use axum::extract::ws::{WebSocket, WebSocketUpgrade};
use axum::response::Response;

/// An echo WebSocket, behind the same auth layer as the API.
pub(crate) async fn websocket(upgrade: WebSocketUpgrade) -> Response {
    upgrade.on_upgrade(echo)
}

async fn echo(mut socket: WebSocket) {
    while let Some(Ok(message)) = socket.recv().await {
        if socket.send(message).await.is_err() {
            break;
        }
    }
}
