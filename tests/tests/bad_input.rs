//! Acceptance: a client that sends garbage bytes, a text frame or a frame
//! over the size limit is disconnected with a logged warning, and the other
//! clients keep syncing.

use std::time::Duration;

use automerge::Automerge;
use futures::{SinkExt, StreamExt};
use hospes_tests::{ServerProcess, client, server};
use tokio_tungstenite::tungstenite::Message;

/// The limit the server is started with in this test (the default is 16 MiB).
const LIMIT: usize = 64 * 1024;

#[tokio::test]
async fn bad_frames_disconnect_only_their_sender() {
    let dir = server::data_dir();
    let limit = LIMIT.to_string();
    let hospes = ServerProcess::start(dir.path(), &["--max-frame-bytes", &limit]).await;

    // Two well-behaved phones share a document before, during and after.
    let alice = client::repo().await;
    let alice_dialer = client::connect(&alice, &hospes.sync_url()).await;
    let bob = client::repo().await;
    let _bob_dialer = client::connect(&bob, &hospes.sync_url()).await;
    let shared = alice.create(Automerge::new()).await.expect("created");
    client::put(&shared, "hours", "Mon-Fri 9-17");
    client::acknowledged(&shared, &alice_dialer).await;
    let bobs_copy = bob
        .find(shared.document_id().clone())
        .await
        .expect("running")
        .expect("bob finds alice's document");

    let garbage = Message::Binary(vec![0xde, 0xad, 0xbe, 0xef, 0x00, 0xff, 0x13, 0x37].into());
    assert_disconnected(&hospes, garbage).await;
    let text = Message::Text("{\"type\":\"join\"}".into());
    assert_disconnected(&hospes, text).await;
    let oversized = Message::Binary(vec![0xa1; LIMIT * 2].into());
    assert_disconnected(&hospes, oversized).await;

    for (bad, warning) in [
        ("garbage", "failed to decode message"),
        ("a text frame", "text frame received"),
        ("an oversized frame", "too long"),
    ] {
        let line = hospes.wait_for_log(warning, Duration::from_secs(10)).await;
        let line = line.unwrap_or_else(|| panic!("{bad} is not logged:\n{}", hospes.log()));
        assert!(line.contains("WARN"), "{bad} is logged as a warning: {line}");
    }

    // Everyone else keeps syncing.
    client::put(&shared, "hours", "Mon-Fri 9-13, closed in August");
    tokio::time::timeout(Duration::from_secs(20), async {
        while client::get(&bobs_copy, "hours").as_deref() != Some("Mon-Fri 9-13, closed in August") {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("bob still receives alice's edits");
    let health = reqwest::get(hospes.http_url("/healthz")).await.expect("reachable");
    assert!(health.status().is_success());
}

/// Connects a raw WebSocket client, sends `message` and expects the server
/// to end the connection.
async fn assert_disconnected(hospes: &ServerProcess, message: Message) {
    let (mut socket, _) = tokio_tungstenite::connect_async(hospes.sync_url())
        .await
        .expect("the upgrade succeeds");
    // The send of an oversized frame may itself fail once the server closes.
    let _ = socket.send(message).await;
    let ended = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            match socket.next().await {
                None | Some(Err(_)) | Some(Ok(Message::Close(_))) => return,
                Some(Ok(_)) => continue,
            }
        }
    })
    .await;
    assert!(ended.is_ok(), "the server keeps a bad client connected; log:\n{}", hospes.log());
}
