//! An axum WebSocket as a samod transport.
//!
//! samod's own adapter would do, but we need two things it does not give:
//! a clear warning when a client sends something that is not a sync frame
//! (a text frame, a frame over the size limit, a broken connection), and
//! outgoing frames held by the [`DurabilityGate`] until the changes they
//! acknowledge are committed. Garbage inside a binary frame is samod's to
//! judge: it fails to decode it, logs a warning and closes the connection.

use std::convert::Infallible;

use axum::extract::ws::{Message, WebSocket};
use futures::{SinkExt, StreamExt, future};
use hospes_sync::durability::{DurabilityGate, hold_until_durable};
use samod::Transport;
use tokio_util::sync::CancellationToken;

/// Why an incoming frame ends a sync connection.
#[derive(Debug, thiserror::Error)]
pub enum FrameError {
    #[error("text frame received; automerge-repo sync uses binary frames only")]
    TextFrame,
    #[error("frame over the size limit: {0}")]
    TooLarge(String),
    #[error("WebSocket protocol violation: {0}")]
    Protocol(String),
    /// The phone went away (out of signal, app closed): normal, not a fault.
    #[error("connection lost: {0}")]
    Lost(String),
}

impl FrameError {
    fn from_receive(error: axum::Error) -> Self {
        use tungstenite::Error as Ws;
        use tungstenite::error::ProtocolError;
        let error = error.into_inner();
        match error.downcast_ref::<Ws>() {
            Some(Ws::Capacity(capacity)) => FrameError::TooLarge(capacity.to_string()),
            Some(Ws::Protocol(ProtocolError::ResetWithoutClosingHandshake)) => FrameError::Lost(error.to_string()),
            Some(Ws::Protocol(protocol)) => FrameError::Protocol(protocol.to_string()),
            _ => FrameError::Lost(error.to_string()),
        }
    }

    /// Whether the client broke the rules, as opposed to simply vanishing.
    fn is_client_fault(&self) -> bool {
        !matches!(self, FrameError::Lost(_))
    }
}

/// Wraps `socket` for samod. `connection` numbers the connection in logs,
/// which never name the client; `session_ended` closes it.
pub fn transport(socket: WebSocket, durability: DurabilityGate, session_ended: CancellationToken, connection: u64) -> Transport {
    let (sink, stream) = socket.split();
    // When the session ends (logout, revocation) the stream ends, and samod
    // closes the connection.
    let stream = stream.take_until(session_ended.cancelled_owned());

    // A bad frame ends the stream after a warning: samod then closes the
    // connection as if the client had left, without logging it as our error.
    let incoming = stream
        .filter_map(|message| {
            future::ready(match message {
                Ok(Message::Binary(bytes)) => Some(Ok(Vec::from(bytes))),
                Ok(Message::Ping(_) | Message::Pong(_) | Message::Close(_)) => None,
                Ok(Message::Text(_)) => Some(Err(FrameError::TextFrame)),
                Err(error) => Some(Err(FrameError::from_receive(error))),
            })
        })
        .take_while(move |frame| {
            match frame {
                Err(error) if error.is_client_fault() => {
                    tracing::warn!(connection, "sync connection closed: {error}");
                }
                Err(error) => tracing::debug!(connection, "sync connection closed: {error}"),
                Ok(_) => {}
            }
            future::ready(frame.is_ok())
        })
        .filter_map(|frame| future::ready(frame.ok().map(Ok::<_, Infallible>)));

    let outgoing = sink.with(|bytes: Vec<u8>| future::ready(Ok::<_, axum::Error>(Message::Binary(bytes.into()))));
    let outgoing = hold_until_durable(outgoing, durability);

    Transport::new(Box::pin(incoming), Box::pin(outgoing))
}
