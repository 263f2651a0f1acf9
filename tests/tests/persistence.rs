//! Acceptance: documents survive a restart, and a document made on a client
//! while the server is down reaches the server when it comes back.

use automerge::Automerge;
use hospes_tests::{ServerProcess, client, server};

#[tokio::test]
async fn documents_survive_a_graceful_restart() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &[]).await;
    let editor = hospes.city_with_editor("liege", "amal").await;

    let phone = client::repo(&editor).await;
    let dialer = client::connect(&phone, &hospes.sync_url(), &editor).await;
    let handle = hospes.new_service(&phone, &editor, "liege").await;
    client::put(&handle, "title", "Free legal advice, whatever your papers");
    client::acknowledged(&handle, &dialer).await;

    let status = hospes.terminate().await;
    assert!(status.success(), "SIGTERM ends the server with exit code 0, got {status}");

    let hospes = ServerProcess::start(dir.path(), &[]).await;
    let laptop_session = hospes.sign_in(&editor.name, &editor.passphrase).await;
    let other_phone = client::repo(&laptop_session).await;
    let _dialer = client::connect(&other_phone, &hospes.sync_url(), &laptop_session).await;
    let found =
        other_phone.find(handle.document_id().clone()).await.expect("the repo runs").expect("the restarted server has the document");
    assert_eq!(client::get(&found, "title").as_deref(), Some("Free legal advice, whatever your papers"));
}

#[tokio::test]
async fn a_document_made_offline_reaches_the_server_when_it_comes_back() {
    let dir = server::data_dir();
    let addr = server::free_local_addr();
    let sync_url = format!("ws://{addr}/sync");
    // The volunteer signed in on an earlier visit; then the server went away.
    let hospes = ServerProcess::start_on(dir.path(), addr, &[]).await;
    hospes.add_city("liege");
    let volunteer = hospes.add_user("bogdan", "liege", "volunteer", &[]).await;
    assert!(hospes.terminate().await.success());

    // The phone keeps dialing a server that is not there; the event is
    // made offline.
    let phone = client::repo(&volunteer).await;
    let dialer = client::dial(&phone, &sync_url, &volunteer);
    let handle = phone.create(Automerge::new()).await.expect("created offline");
    client::put(&handle, "title", "Language café, Tuesday 18:00");
    assert!(!dialer.is_connected());

    // Back online: the app registers what it made offline, then it syncs.
    let hospes = ServerProcess::start_on(dir.path(), addr, &[]).await;
    let id = handle.document_id().to_string();
    let registered = hospes.register(&volunteer, &id, serde_json::json!({ "kind": "event", "city": "liege" })).await;
    assert_eq!(registered, reqwest::StatusCode::CREATED);
    client::acknowledged_after_connect(&handle, &dialer).await;

    let editor = hospes.add_user("amal", "liege", "editor", &[]).await;
    let other_phone = client::repo(&editor).await;
    let _dialer = client::connect(&other_phone, &hospes.sync_url(), &editor).await;
    let found =
        other_phone.find(handle.document_id().clone()).await.expect("the repo runs").expect("the server received the offline document");
    assert_eq!(client::get(&found, "title").as_deref(), Some("Language café, Tuesday 18:00"));
}
