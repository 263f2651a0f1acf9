//! `GET /sync`: the automerge-repo sync protocol over a WebSocket, served by
//! samod.

use std::sync::atomic::Ordering;

use axum::extract::State;
use axum::extract::ws::WebSocketUpgrade;
use axum::response::Response;

use crate::app_state::AppState;

pub async fn upgrade(State(state): State<AppState>, upgrade: WebSocketUpgrade) -> Response {
    let connection = state.next_connection.fetch_add(1, Ordering::Relaxed);
    upgrade
        .max_message_size(state.max_frame_bytes)
        .max_frame_size(state.max_frame_bytes)
        .on_failed_upgrade(move |error| {
            tracing::warn!(connection, "sync upgrade failed: {error}");
        })
        .on_upgrade(move |socket| async move {
            let transport =
                crate::sync_transport::transport(socket, state.durability.clone(), connection);
            match state.acceptor.accept(transport) {
                Ok(_handle) => tracing::debug!(connection, "sync connection accepted"),
                Err(_stopped) => tracing::debug!(connection, "sync refused: shutting down"),
            }
        })
}
