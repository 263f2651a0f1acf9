//! The server side of sync frames: a real WebSocket to `/sync` of a running
//! server, signed in as a city admin who also edits, after a correct handshake; then the
//! fuzzer's frames. They reach the same code a phone's do: the transport
//! (`sync_transport`), samod's decoding, the share policy (`ServerAccess`
//! through `policy`), the storage, and the durability gate (`wire`) on the
//! replies.
//!
//! The input is frames separated by `\n--\n`. A frame's first byte says
//! what it is: the bytes as they are, or the rest as the `data` of a
//! `request` or `sync` message (encoded by the harness, so the fuzzer need
//! not find valid CBOR and document ids first), sent as us or as another
//! peer. Its second byte picks the document: one the admin may write, an
//! unknown one, or not a document id.
//!
//! After the frames, a request for a document must still be answered (or
//! the connection closed): a server that stops answering is a finding, as
//! is a panic anywhere in it.

#![no_main]

use std::time::Duration;

use automerge::sync::{self, SyncDoc};
use futures::{SinkExt, StreamExt};
use hospes_fuzz::server;
use hospes_sync::wire;
use libfuzzer_sys::fuzz_target;
use minicbor::Encoder;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

/// How long the server may take to answer the request after the frames.
const ANSWER_WITHIN: Duration = Duration::from_secs(20);
const SERVER_PEER: &str = "hospes-server";
/// A well-formed document id no one registered.
const UNKNOWN_DOCUMENT: &str = "2hFEdCDw1HykCkNUHSU9euooMdma";

fuzz_target!(|bytes: &[u8]| {
    let server = server();
    let frames: Vec<Vec<u8>> = split(bytes, b"\n--\n").into_iter().map(|frame| frame_of(frame, server)).collect();
    server.runtime.block_on(async {
        let mut request = format!("ws://{}/sync", server.address).into_client_request().expect("a request");
        request.headers_mut().insert("cookie", server.cookie.parse().expect("a header value"));
        let (mut socket, _) = tokio_tungstenite::connect_async(request).await.expect("the server accepts the upgrade");
        socket.send(Message::binary(join(&server.peer_id))).await.expect("sending the handshake");
        match tokio::time::timeout(ANSWER_WITHIN, socket.next()).await {
            Ok(Some(Ok(Message::Binary(reply)))) => {
                assert_eq!(wire::parse_message(&reply).map(|m| m.kind).ok(), Some("peer"), "the handshake is answered")
            }
            other => panic!("no answer to the handshake: {other:?}"),
        }
        for frame in frames {
            if socket.send(Message::binary(frame)).await.is_err() {
                return; // closed by the server: a bad frame ends the connection
            }
        }
        let probe = probe_document(server);
        let data = sync::Message::encode(
            automerge::Automerge::new().generate_sync_message(&mut sync::State::new()).expect("a first sync message"),
        );
        if socket.send(Message::binary(message("request", probe, &server.peer_id, &data))).await.is_err() {
            return;
        }
        let answered = tokio::time::timeout(ANSWER_WITHIN, async {
            while let Some(Ok(reply)) = socket.next().await {
                if let Message::Binary(reply) = reply
                    && wire::parse_message(&reply).ok().and_then(|m| m.document_id) == Some(probe)
                {
                    return;
                }
            }
        })
        .await;
        assert!(answered.is_ok(), "the server neither answered a request nor closed the connection");
    });
});

/// The frame one part of the input stands for (see the module doc).
fn frame_of(part: &[u8], server: &hospes_fuzz::Server) -> Vec<u8> {
    let [kind, document, data @ ..] = part else { return part.to_vec() };
    // The probe is left out: its answer must not hang on what the frames did.
    let documents = &server.documents[..server.documents.len() - 1];
    let document = match usize::from(*document) {
        n if n < documents.len() => documents[n].as_str(),
        n if n % 2 == 0 => UNKNOWN_DOCUMENT,
        _ => "not a document id",
    };
    match kind % 5 {
        0 => part.to_vec(),
        1 => message("request", document, &server.peer_id, data),
        2 => message("sync", document, &server.peer_id, data),
        3 => message("sync", document, "someone-else", data),
        _ => message("ephemeral", document, &server.peer_id, data),
    }
}

/// The document asked for after the frames, which they never name.
fn probe_document(server: &hospes_fuzz::Server) -> &str {
    server.documents.last().expect("the demo city has documents")
}

fn split<'a>(bytes: &'a [u8], separator: &[u8]) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    let mut rest = bytes;
    while let Some(at) = rest.windows(separator.len()).position(|window| window == separator) {
        parts.push(&rest[..at]);
        rest = &rest[at + separator.len()..];
    }
    parts.push(rest);
    parts
}

/// automerge-repo's `join`, as its clients send it.
fn join(peer_id: &str) -> Vec<u8> {
    let mut e = Encoder::new(Vec::new());
    e.map(4).and_then(|e| e.str("type")).and_then(|e| e.str("join")).expect("encoding");
    e.str("senderId").and_then(|e| e.str(peer_id)).expect("encoding");
    e.str("supportedProtocolVersions").and_then(|e| e.array(1)).and_then(|e| e.str("1")).expect("encoding");
    e.str("peerMetadata").and_then(|e| e.map(1)).and_then(|e| e.str("isEphemeral")).and_then(|e| e.bool(false)).expect("encoding");
    e.into_writer()
}

/// A message about one document, to the server.
fn message(kind: &str, document: &str, sender: &str, data: &[u8]) -> Vec<u8> {
    let ephemeral = kind == "ephemeral";
    let mut e = Encoder::new(Vec::new());
    e.map(if ephemeral { 7 } else { 5 }).expect("encoding");
    e.str("type").and_then(|e| e.str(kind)).expect("encoding");
    e.str("documentId").and_then(|e| e.str(document)).expect("encoding");
    e.str("senderId").and_then(|e| e.str(sender)).expect("encoding");
    e.str("targetId").and_then(|e| e.str(SERVER_PEER)).expect("encoding");
    e.str("data").and_then(|e| e.bytes(data)).expect("encoding");
    if ephemeral {
        e.str("count").and_then(|e| e.u64(1)).expect("encoding");
        e.str("sessionId").and_then(|e| e.str("fuzz")).expect("encoding");
    }
    e.into_writer()
}
