//! Acceptance: any automerge-repo client can talk to a hospes server.
//!
//! A JavaScript `@automerge/automerge-repo` client creates a document through
//! the server; a Rust samod client finds it by its `automerge:` URL and edits
//! it; the JavaScript client sees the edit.

use std::str::FromStr;
use std::time::Duration;

use hospes_tests::{ServerProcess, client, node, server};
use samod::AutomergeUrl;
use tokio::io::{AsyncBufReadExt, BufReader};

#[tokio::test]
async fn js_client_creates_rust_client_edits_js_client_sees_it() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &[]).await;
    let editor = hospes.city_with_editor("liege", "amal").await;

    let mut js = node::node(&["--import", "./with-session.mjs", "interop.mjs", &hospes.sync_url()])
        .env("HOSPES_COOKIE", format!("hospes_session={}", editor.token))
        .env("HOSPES_PEER_ID", &editor.peer_id)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("node runs");
    let mut js_output = BufReader::new(js.stdout.take().expect("piped")).lines();
    let url_line = tokio::time::timeout(Duration::from_secs(30), js_output.next_line())
        .await
        .expect("the JS client prints its document URL")
        .expect("readable")
        .expect("a line");
    let url = AutomergeUrl::from_str(url_line.trim_start_matches("url: ").trim()).expect("an automerge: URL");

    // The editing app registers what it creates; then the server syncs it.
    let document_id = url.document_id().to_string();
    let class = serde_json::json!({ "kind": "service", "city": "liege" });
    assert_eq!(hospes.register(&editor, &document_id, class).await, reqwest::StatusCode::CREATED);

    let laptop = hospes.sign_in(&editor.name, &editor.passphrase).await;
    let rust = client::repo(&laptop).await;
    let _dialer = client::connect(&rust, &hospes.sync_url(), &laptop).await;
    // The JS client announces its new document to the server on its own
    // schedule; ask until the server has it.
    let handle = tokio::time::timeout(Duration::from_secs(30), async {
        loop {
            if let Ok(Some(handle)) = rust.find(url.document_id().clone()).await {
                return handle;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    })
    .await
    .expect("the samod client finds the JS document through the server");
    // The handle can resolve before the content has arrived.
    tokio::time::timeout(Duration::from_secs(20), async {
        while client::get(&handle, "title").as_deref() != Some("created by automerge-repo (JS)") {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("the samod client sees the JS client's content");

    client::put(&handle, "editedBy", "samod");

    let saw = tokio::time::timeout(Duration::from_secs(30), js_output.next_line())
        .await
        .expect("the JS client reports the edit")
        .expect("readable")
        .expect("a line");
    assert_eq!(saw, "saw-edit: samod");
    let status = js.wait().await.expect("node exits");
    assert!(status.success(), "the JS client failed; server log:\n{}", hospes.log());
}
