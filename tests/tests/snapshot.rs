//! `GET /api/v1/cities/{city}/snapshot`: an editor's first download of a
//! city in one response holds the documents `/sync` would share with the
//! session and nothing else (checked in the raw bytes), loads as the same
//! documents, is compressed when asked, and needs a live session.
//! `POST` of the same path with document ids (a later opening's changed
//! documents) holds those of them, by the same rules.

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

async fn named_snapshot(hospes: &ServerProcess, user: &User, city: &str, documents: &[String]) -> reqwest::Response {
    user.request(Method::POST, &hospes.http_url(&format!("/api/v1/cities/{city}/snapshot")))
        .json(&serde_json::json!({ "documents": documents }))
        .send()
        .await
        .expect("reachable")
}

#[tokio::test]
async fn a_snapshot_of_named_documents_holds_those_the_user_may_read_and_no_others() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &[]).await;
    let elif = hospes.city_with_editor("liege", "elif").await;
    let olga = hospes.city_with_editor("osijek", "olga").await;

    let laptop = client::repo(&elif).await;
    let laptop_link = client::connect(&laptop, &hospes.sync_url(), &elif).await;
    let mut liege = Vec::new();
    for name in ["Permanence juridique", "Cours de français", "Épicerie sociale"] {
        let service = hospes.new_service(&laptop, &elif, "liege").await;
        client::put(&service, "name", name);
        client::acknowledged(&service, &laptop_link).await;
        liege.push(service);
    }
    let phone = client::repo(&olga).await;
    let phone_link = client::connect(&phone, &hospes.sync_url(), &olga).await;
    let osijek_service = hospes.new_service(&phone, &olga, "osijek").await;
    let secret = "only Osijek's editors read this";
    client::put(&osijek_service, "name", secret);
    client::acknowledged(&osijek_service, &phone_link).await;

    let id = |handle: &samod::DocHandle| handle.document_id().to_string();
    let asked = vec![id(&liege[0]), id(&liege[2]), id(&osijek_service)];
    let response = named_snapshot(&hospes, &elif, "liege", &asked).await;
    assert_eq!(response.status(), StatusCode::OK);
    let body = response.bytes().await.expect("the whole body");
    let documents = frames(&body);
    let mut got: Vec<&String> = documents.keys().collect();
    got.sort();
    let mut expected = vec![&asked[0], &asked[1]];
    expected.sort();
    assert_eq!(got, expected, "the two named Liège services, not the third, not Osijek's");
    assert!(!contains(&body, asked[2].as_bytes()), "another city's document id is not in the bytes");
    assert!(!contains(&body, secret.as_bytes()), "nor its text");
    let loaded = Automerge::load(&documents[&asked[1]]).expect("a saved document");
    assert_eq!(loaded.get_heads(), liege[2].with_document(|doc| doc.get_heads()));

    // Naming Liège's documents under Osijek gives none of them.
    let elsewhere = named_snapshot(&hospes, &olga, "osijek", &asked).await;
    assert_eq!(elsewhere.status(), StatusCode::OK);
    let elsewhere = frames(&elsewhere.bytes().await.expect("the whole body"));
    assert_eq!(elsewhere.keys().collect::<Vec<_>>(), vec![&asked[2]], "Olga gets only her own city's document");

    // Bad requests are refused whole, with what is wrong.
    let not_an_id = named_snapshot(&hospes, &elif, "liege", &[asked[0].clone(), "not-an-id".into()]).await;
    assert_eq!(not_an_id.status(), StatusCode::BAD_REQUEST);
    let problem: Value = not_an_id.json().await.expect("JSON");
    assert!(problem["message"].as_str().unwrap().contains("not-an-id"), "{problem}");
    let too_many = vec![asked[0].clone(); 1_001]; // one more than a request may name
    let too_many = named_snapshot(&hospes, &elif, "liege", &too_many).await;
    assert_eq!(too_many.status(), StatusCode::BAD_REQUEST);

    let anonymous = reqwest::Client::new()
        .post(hospes.http_url("/api/v1/cities/liege/snapshot"))
        .json(&serde_json::json!({ "documents": asked }))
        .send()
        .await
        .expect("reachable");
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
}
