//! Acceptance: a client that sends garbage bytes, a text frame or a frame
//! over the size limit is disconnected with a logged warning, and the other
//! clients keep syncing.

use std::time::Duration;

use futures::{SinkExt, StreamExt};
use hospes_tests::{ServerProcess, User, client, server};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

/// The limit the server is started with in this test (the default is 16 MiB).
const LIMIT: usize = 64 * 1024;

#[tokio::test]
async fn bad_frames_disconnect_only_their_sender() {
    let dir = server::data_dir();
    let limit = LIMIT.to_string();
    let hospes = ServerProcess::start(dir.path(), &["--max-frame-bytes", &limit]).await;

    // Two well-behaved phones share a document before, during and after.
    let amal = hospes.city_with_editor("liege", "amal").await;
    let bogdan = hospes.add_user("bogdan", "liege", "editor", &[]).await;
    let alice = client::repo(&amal).await;
    let alice_dialer = client::connect(&alice, &hospes.sync_url(), &amal).await;
    let bob = client::repo(&bogdan).await;
    let _bob_dialer = client::connect(&bob, &hospes.sync_url(), &bogdan).await;
    let shared = hospes.new_service(&alice, &amal, "liege").await;
    client::put(&shared, "hours", "Mon-Fri 9-17");
    client::acknowledged(&shared, &alice_dialer).await;
    let bobs_copy = bob.find(shared.document_id().clone()).await.expect("running").expect("bob finds alice's document");

    let garbage = Message::Binary(vec![0xde, 0xad, 0xbe, 0xef, 0x00, 0xff, 0x13, 0x37].into());
    assert_disconnected(&hospes, &amal, garbage).await;
    let text = Message::Text("{\"type\":\"join\"}".into());
    assert_disconnected(&hospes, &amal, text).await;
    let oversized = Message::Binary(vec![0xa1; LIMIT * 2].into());
    assert_disconnected(&hospes, &amal, oversized).await;

    for (bad, warning) in
        [("garbage", "failed to decode message"), ("a text frame", "text frame received"), ("an oversized frame", "too long")]
    {
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
async fn assert_disconnected(hospes: &ServerProcess, user: &User, message: Message) {
    let mut request = hospes.sync_url().into_client_request().expect("a request");
    let bearer = format!("Bearer {}", user.token).parse().expect("a header value");
    request.headers_mut().insert("authorization", bearer);
    let (mut socket, _) = tokio_tungstenite::connect_async(request).await.expect("the upgrade succeeds");
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
