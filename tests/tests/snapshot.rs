//! `GET /api/v1/cities/{city}/snapshot`: an editor's first download of a
//! city in one response holds the documents `/sync` would share with the
//! session and nothing else (checked in the raw bytes), loads as the same
//! documents, is compressed when asked, and needs a live session.

use std::collections::HashMap;
use std::time::Duration;

use automerge::{Automerge, ReadDoc};
use hospes_tests::{ServerProcess, User, client, media::contains, server};
use reqwest::header::{ACCEPT_ENCODING, CONTENT_ENCODING};
use reqwest::{Method, StatusCode};
use serde_json::Value;

async fn snapshot(hospes: &ServerProcess, user: &User, city: &str) -> reqwest::Response {
    user.request(Method::GET, &hospes.http_url(&format!("/api/v1/cities/{city}/snapshot"))).send().await.expect("reachable")
}

/// The frames of a snapshot body: document id -> saved bytes.
fn frames(mut body: &[u8]) -> HashMap<String, Vec<u8>> {
    let mut documents = HashMap::new();
    while !body.is_empty() {
        let id_length = usize::from(u16::from_be_bytes([body[0], body[1]]));
        let id = String::from_utf8(body[2..2 + id_length].to_vec()).expect("a UTF-8 id");
        body = &body[2 + id_length..];
        let length = u32::from_be_bytes(body[..4].try_into().expect("four bytes")) as usize;
        documents.insert(id, body[4..4 + length].to_vec());
        body = &body[4 + length..];
    }
    documents
}

#[tokio::test]
async fn a_snapshot_holds_what_the_user_may_read_and_nothing_else() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &[]).await;
    let elif = hospes.city_with_editor("liege", "elif").await;
    let olga = hospes.city_with_editor("osijek", "olga").await;

    let laptop = client::repo(&elif).await;
    let laptop_link = client::connect(&laptop, &hospes.sync_url(), &elif).await;
    let liege_service = hospes.new_service(&laptop, &elif, "liege").await;
    client::put(&liege_service, "name", "Permanence juridique de Liège");
    client::acknowledged(&liege_service, &laptop_link).await;

    let phone = client::repo(&olga).await;
    let phone_link = client::connect(&phone, &hospes.sync_url(), &olga).await;
    let osijek_service = hospes.new_service(&phone, &olga, "osijek").await;
    let secret = "only Osijek's editors read this";
    client::put(&osijek_service, "name", secret);
    client::acknowledged(&osijek_service, &phone_link).await;

    let response = snapshot(&hospes, &elif, "liege").await;
    assert_eq!(response.status(), StatusCode::OK);
    let body = response.bytes().await.expect("the whole body");
    let documents = frames(&body);

    // What the list of documents names (what /sync shares), and not more.
    let listed: Vec<String> = hospes
        .documents(&elif, "liege")
        .await
        .iter()
        .map(|entry: &Value| entry["documentId"].as_str().expect("an id").to_string())
        .collect();
    let liege_id = liege_service.document_id().to_string();
    assert!(documents.contains_key(&liege_id), "the editor's own service");
    assert!(documents.keys().all(|id| listed.contains(id)), "only listed documents: {:?}", documents.keys());
    let osijek_id = osijek_service.document_id().to_string();
    assert!(!contains(&body, osijek_id.as_bytes()), "another city's document id is not in the bytes");
    assert!(!contains(&body, secret.as_bytes()), "nor its text");

    // Each frame loads as the document the server has, at its heads.
    let loaded = Automerge::load(&documents[&liege_id]).expect("a saved document");
    assert_eq!(loaded.get_heads(), liege_service.with_document(|doc| doc.get_heads()));
    let name = loaded.get(automerge::ROOT, "name").expect("readable").expect("a name").0.into_string().expect("a string");
    assert_eq!(name, "Permanence juridique de Liège");

    // Compressed when the client says it can read it.
    let compressed = elif
        .request(Method::GET, &hospes.http_url("/api/v1/cities/liege/snapshot"))
        .header(ACCEPT_ENCODING, "gzip")
        .send()
        .await
        .expect("reachable");
    assert_eq!(compressed.headers().get(CONTENT_ENCODING).map(|v| v.as_bytes()), Some(&b"gzip"[..]));
    let compressed = compressed.bytes().await.unwrap_or_else(|error| panic!("{error}: {}", hospes.log()));
    assert!(compressed.len() < body.len());

    // Olga's snapshot of Liège holds nothing of it.
    let outsider = snapshot(&hospes, &olga, "liege").await;
    assert_eq!(outsider.status(), StatusCode::OK);
    let outsider = outsider.bytes().await.expect("the whole body");
    assert!(!contains(&outsider, liege_id.as_bytes()));
}

#[tokio::test]
async fn a_snapshot_needs_a_live_session() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &[]).await;
    let elif = hospes.city_with_editor("liege", "elif").await;
    let admin = hospes.add_user("anna", "liege", "city_admin", &[]).await;
    assert_eq!(snapshot(&hospes, &elif, "liege").await.status(), StatusCode::OK);

    let anonymous = reqwest::get(hospes.http_url("/api/v1/cities/liege/snapshot")).await.expect("reachable");
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);

    let members: Value =
        admin.request(Method::GET, &hospes.http_url("/api/v1/cities/liege/members")).send().await.unwrap().json().await.unwrap();
    let member = members.as_array().unwrap().iter().find(|m| m["name"] == "elif").expect("elif is a member");
    let revoke = admin
        .request(Method::POST, &hospes.http_url(&format!("/api/v1/cities/liege/members/{}/revoke", member["accountId"])))
        .timeout(Duration::from_secs(30))
        .send()
        .await
        .unwrap();
    assert_eq!(revoke.status(), StatusCode::NO_CONTENT);
    assert_eq!(snapshot(&hospes, &elif, "liege").await.status(), StatusCode::UNAUTHORIZED, "a revoked session");
}
