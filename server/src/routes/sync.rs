//! `GET /sync`: the automerge-repo sync protocol over a WebSocket, served by
//! samod.

use std::sync::atomic::Ordering;

use axum::extract::State;
use axum::extract::ws::WebSocketUpgrade;
use axum::http::HeaderMap;
use axum::response::Response;
use samod::PeerId;

use super::error::ApiError;
use crate::app_state::AppState;
use crate::http::auth;

/// Only signed-in users sync: without a live session the answer is 401,
/// before any upgrade. The connection is bound to the session's peer id, so
/// a client that claims another id in the handshake is disconnected by
/// samod, and it closes when the session ends.
pub async fn upgrade(State(state): State<AppState>, headers: HeaderMap, upgrade: WebSocketUpgrade) -> Result<Response, ApiError> {
    let session = auth::session_of(&state, &headers).await?.ok_or_else(ApiError::unauthenticated)?;
    let peer_id = PeerId::from(session.peer_id().as_str());
    let session_ended = state.access.connection_switch(&session.id);
    let connection = state.next_connection.fetch_add(1, Ordering::Relaxed);
    Ok(upgrade
        .max_message_size(state.max_frame_bytes)
        .max_frame_size(state.max_frame_bytes)
        .on_failed_upgrade(move |error| {
            tracing::warn!(connection, "sync upgrade failed: {error}");
        })
        .on_upgrade(move |socket| async move {
            let transport = crate::http::sync_transport::transport(socket, state.durability.clone(), session_ended, connection)
                .with_expected_peer_id(peer_id);
            match state.acceptor.accept(transport) {
                Ok(_handle) => tracing::debug!(connection, "sync connection accepted"),
                Err(_stopped) => tracing::debug!(connection, "sync refused: shutting down"),
            }
        }))
}
