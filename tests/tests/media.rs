//! Acceptance: archive groups' media over HTTP against the real server.
//! What is stored (the file in the data directory, the `media` row) is
//! read directly, so "no metadata" and "nothing partial" are checked on
//! disk, not through the server's own answers.

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use hospes_tests::media::{contains, fixture, read, upload};
use hospes_tests::{ServerProcess, User, server};
use reqwest::header::{AUTHORIZATION, CACHE_CONTROL, CONTENT_RANGE, CONTENT_TYPE, ETAG, IF_NONE_MATCH, RANGE};
use reqwest::{Body, StatusCode};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Every piece of metadata in the fixtures says this.
const SECRET: &[u8] = b"Mariam at the border";
const MIB: usize = 1024 * 1024;

struct World {
    hospes: ServerProcess,
    /// In Liège's `voices`.
    member: User,
    /// In Liège's other group.
    other_member: User,
    /// In Osijek's `voices`: the same group slug in another city.
    osijek_member: User,
    /// Liège's editor, who has no group role.
    editor: User,
}

async fn world(dir: &Path) -> World {
    let hospes = ServerProcess::start(dir, &[]).await;
    for city in ["liege", "osijek"] {
        hospes.add_city(city);
        hospes.add_group(city, "voices");
    }
    hospes.add_group("liege", "other");
    let member = hospes.add_user("mariam", "liege", "group_member", &["--group", "voices"]).await;
    let other_member = hospes.add_user("otto", "liege", "group_member", &["--group", "other"]).await;
    let osijek_member = hospes.add_user("olga", "osijek", "group_member", &["--group", "voices"]).await;
    let editor = hospes.add_user("eda", "liege", "editor", &[]).await;
    World { hospes, member, other_member, osijek_member, editor }
}

const VOICES: &str = "/api/v1/cities/liege/groups/voices/media";

/// Every file under the data directory's media folder, temporary ones too.
fn media_files(data_dir: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() { walk(&path, out) } else { out.push(path) }
        }
    }
    let mut out = Vec::new();
    walk(&data_dir.join("media"), &mut out);
    out
}

fn media_rows(data_dir: &Path) -> i64 {
    let conn = rusqlite::Connection::open(data_dir.join("hospes.sqlite")).unwrap();
    conn.query_row("SELECT COUNT(*) FROM media", [], |row| row.get(0)).unwrap()
}

fn stored(data_dir: &Path, hash: &str) -> Vec<u8> {
    std::fs::read(data_dir.join("media").join(&hash[..2]).join(hash)).expect("the stored file")
}

async fn error_code(response: reqwest::Response) -> (StatusCode, String) {
    let status = response.status();
    let body: Value = response.json().await.expect("a JSON error");
    (status, body["error"].as_str().expect("an error code").to_string())
}

#[tokio::test]
async fn a_members_photo_is_stored_without_gps_and_only_the_group_reads_it() {
    let dir = server::data_dir();
    let world = world(dir.path()).await;
    let hospes = &world.hospes;
    let original = fixture("with-gps.jpg");
    assert!(exif::Reader::new().read_from_container(&mut Cursor::new(&original)).is_ok(), "the fixture has EXIF");

    let response = upload(hospes, VOICES, Some(&world.member), "image/jpeg", original.clone()).await.unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    let body: Value = response.json().await.unwrap();
    let hash = body["hash"].as_str().unwrap().to_string();
    assert_eq!(body["url"], format!("/api/v1/media/{hash}"));
    assert_eq!(body["mime"], "image/jpeg");

    let file = stored(dir.path(), &hash);
    assert_eq!(body["size"], file.len());
    assert!(file.len() < original.len());
    match exif::Reader::new().read_from_container(&mut Cursor::new(&file)) {
        Err(exif::Error::NotFound(_)) => {}
        other => panic!("the stored file still has EXIF: {:?}", other.map(|exif| exif.fields().count())),
    }
    assert!(!contains(&file, SECRET), "no XMP, IPTC or comment is left");

    // The same bytes again: the same file, 200.
    let again = upload(hospes, VOICES, Some(&world.member), "image/jpeg", original.clone()).await.unwrap();
    assert_eq!(again.status(), StatusCode::OK);
    assert_eq!(again.json::<Value>().await.unwrap()["hash"], hash.as_str());
    assert_eq!(media_rows(dir.path()), 1);

    // The group reads it back.
    let response = read(hospes, Some(&world.member), &hash).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[CONTENT_TYPE], "image/jpeg");
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
    assert_eq!(response.headers()[CACHE_CONTROL], "private");
    let etag = response.headers()[ETAG].to_str().unwrap().to_string();
    assert_eq!(etag, format!("\"{hash}\""));
    assert_eq!(response.bytes().await.unwrap(), file);
    let revalidated = reqwest::Client::new()
        .get(hospes.http_url(&format!("/api/v1/media/{hash}")))
        .header(AUTHORIZATION, format!("Bearer {}", world.member.token))
        .header(IF_NONE_MATCH, &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(revalidated.status(), StatusCode::NOT_MODIFIED);
    // Players ask for byte ranges (Safari will not play audio otherwise).
    let part = reqwest::Client::new()
        .get(hospes.http_url(&format!("/api/v1/media/{hash}")))
        .header(AUTHORIZATION, format!("Bearer {}", world.member.token))
        .header(RANGE, "bytes=2-11")
        .send()
        .await
        .unwrap();
    assert_eq!(part.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(part.headers()[CONTENT_RANGE], format!("bytes 2-11/{}", file.len()));
    assert_eq!(part.bytes().await.unwrap(), file[2..12]);

    // Nobody else learns that it exists.
    for (who, user) in [("another group", Some(&world.other_member)), ("voices of another city", Some(&world.osijek_member))] {
        assert_eq!(read(hospes, user, &hash).await.status(), StatusCode::NOT_FOUND, "{who}");
    }
    assert_eq!(read(hospes, Some(&world.editor), &hash).await.status(), StatusCode::NOT_FOUND, "the city's editor");
    assert_eq!(read(hospes, None, &hash).await.status(), StatusCode::NOT_FOUND, "anonymous");
    assert_eq!(read(hospes, Some(&world.member), &"0".repeat(64)).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(read(hospes, Some(&world.member), "..%2F..%2Fhospes.sqlite").await.status(), StatusCode::NOT_FOUND);

    // Nor may they add to the group.
    for user in [&world.other_member, &world.osijek_member, &world.editor] {
        let response = upload(hospes, VOICES, Some(user), "image/jpeg", original.clone()).await.unwrap();
        assert_eq!(error_code(response).await, (StatusCode::FORBIDDEN, "forbidden".to_string()), "{}", user.name);
    }
    let anonymous = upload(hospes, VOICES, None, "image/jpeg", original.clone()).await.unwrap();
    assert_eq!(error_code(anonymous).await, (StatusCode::UNAUTHORIZED, "unauthenticated".to_string()));
    let cross_origin = reqwest::Client::new()
        .post(hospes.http_url(VOICES))
        .header(AUTHORIZATION, format!("Bearer {}", world.member.token))
        .header(CONTENT_TYPE, "image/jpeg")
        .header("sec-fetch-site", "cross-site")
        .body(original.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(error_code(cross_origin).await, (StatusCode::FORBIDDEN, "cross_origin".to_string()));
    assert_eq!(media_rows(dir.path()), 1);

    // Once the group publishes it (the publishing code sets `public`), anyone reads it.
    let conn = rusqlite::Connection::open(dir.path().join("hospes.sqlite")).unwrap();
    conn.execute("UPDATE media SET public = 1 WHERE hash = ?1", [&hash]).unwrap();
    let public = read(hospes, None, &hash).await;
    assert_eq!(public.status(), StatusCode::OK);
    assert_eq!(public.headers()[CACHE_CONTROL], "public, no-cache");
    assert_eq!(public.bytes().await.unwrap(), file);
}

#[tokio::test]
async fn every_kind_is_stored_without_its_metadata() {
    let dir = server::data_dir();
    let world = world(dir.path()).await;
    for (name, content_type) in [
        ("with-title.webm", "audio/webm;codecs=opus"),
        ("with-comments.ogg", "audio/ogg"),
        ("with-text.png", "image/png"),
        ("with-exif.webp", "image/webp"),
    ] {
        let original = fixture(name);
        assert!(contains(&original, SECRET));
        let response = upload(&world.hospes, VOICES, Some(&world.member), content_type, original).await.unwrap();
        assert_eq!(response.status(), StatusCode::CREATED, "{name}");
        let body: Value = response.json().await.unwrap();
        let file = stored(dir.path(), body["hash"].as_str().unwrap());
        assert!(!contains(&file, SECRET), "{name} keeps its metadata");
        if name.ends_with(".webm") {
            assert!(!contains(&file, b"Chrome"), "the writing application is gone");
            assert!(contains(&file, b"A_OPUS") && contains(&file, b"OpusHead"), "the audio track is there");
        }
        assert_eq!(body["mime"], content_type.split(';').next().unwrap());
    }
}

#[tokio::test]
async fn wrong_and_broken_files_are_refused_and_leave_nothing() {
    let dir = server::data_dir();
    let world = world(dir.path()).await;
    let png = fixture("with-text.png");
    let cases: [(&str, Vec<u8>, StatusCode, &str); 7] = [
        ("image/png", b"%PDF-1.7\n1 0 obj << >> endobj\n".to_vec(), StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type"),
        ("image/png", b"<!doctype html><script>alert(1)</script>".to_vec(), StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type"),
        ("image/jpeg", png.clone(), StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type"),
        ("text/html", b"<!doctype html>".to_vec(), StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type"),
        ("image/svg+xml", b"<svg onload=alert(1)>".to_vec(), StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type"),
        ("application/json", png.clone(), StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type"),
        ("image/png", png[..png.len() / 2].to_vec(), StatusCode::UNPROCESSABLE_ENTITY, "unreadable_media"),
    ];
    for (content_type, body, status, code) in cases {
        let response = upload(&world.hospes, VOICES, Some(&world.member), content_type, body).await.unwrap();
        assert_eq!(error_code(response).await, (status, code.to_string()), "{content_type}");
    }
    assert_eq!(media_files(dir.path()), Vec::<PathBuf>::new());
    assert_eq!(media_rows(dir.path()), 0);
}

#[tokio::test]
async fn an_upload_over_its_limit_is_refused_and_leaves_nothing() {
    let dir = server::data_dir();
    let world = world(dir.path()).await;
    // Declared by its length: refused before any of the body is read (the
    // client sends none, and gets its answer).
    let mut connection = tokio::net::TcpStream::connect(world.hospes.addr).await.unwrap();
    let head = format!(
        "POST {VOICES} HTTP/1.1\r\nHost: {}\r\nAuthorization: Bearer {}\r\nContent-Type: image/png\r\nContent-Length: {}\r\n\r\n",
        world.hospes.addr,
        world.member.token,
        10 * MIB + 1
    );
    connection.write_all(head.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    while !contains(&answer, b"\r\n\r\n") {
        let mut buffer = [0u8; 4096];
        let read = tokio::time::timeout(Duration::from_secs(10), connection.read(&mut buffer)).await.expect("an answer").unwrap();
        assert!(read > 0, "closed without an answer");
        answer.extend_from_slice(&buffer[..read]);
    }
    assert!(answer.starts_with(b"HTTP/1.1 413"), "{}", String::from_utf8_lossy(&answer));
    // Sent in chunks without a length: refused when it crosses the limit.
    // A client still sending then may find the connection closed before it
    // reads the 413 (HTTP/1.1 has no polite way to stop it), so a client
    // should check a file's size against the limits before sending it.
    let chunks = (0..27).map(|_| Ok::<_, std::io::Error>(vec![0x1Au8; MIB]));
    let response = upload(&world.hospes, VOICES, Some(&world.member), "audio/webm", Body::wrap_stream(futures::stream::iter(chunks))).await;
    match response {
        Ok(response) => assert_eq!(error_code(response).await, (StatusCode::PAYLOAD_TOO_LARGE, "too_large".to_string())),
        // The server may close the connection after its answer, before the client read it.
        Err(error) => assert!(error.is_request(), "{error}"),
    }
    assert_eq!(media_files(dir.path()), Vec::<PathBuf>::new());
    assert_eq!(media_rows(dir.path()), 0);
}

#[tokio::test]
async fn oversized_uploads_in_parallel_do_not_hold_up_other_requests() {
    let dir = server::data_dir();
    let world = world(dir.path()).await;
    let hospes = &world.hospes;
    const UPLOADS: usize = 3;
    // Each upload sends 2 MiB, waits until /healthz has answered, then goes over the limit.
    let started = Arc::new(AtomicUsize::new(0));
    let (all_started_tx, mut all_started) = tokio::sync::watch::channel(0usize);
    let (go_on, go_on_rx) = tokio::sync::watch::channel(false);
    let all_started_tx = Arc::new(all_started_tx);
    let mut uploads = Vec::new();
    for _ in 0..UPLOADS {
        let (started, all_started_tx, go_on_rx) = (started.clone(), all_started_tx.clone(), go_on_rx.clone());
        let chunks = futures::stream::unfold(0usize, move |sent| {
            let (started, all_started_tx, mut go_on_rx) = (started.clone(), all_started_tx.clone(), go_on_rx.clone());
            async move {
                if sent == 2 {
                    all_started_tx.send_replace(started.fetch_add(1, Ordering::SeqCst) + 1);
                    go_on_rx.wait_for(|go| *go).await.ok()?;
                }
                (sent < 30).then(|| (Ok::<_, std::io::Error>(vec![0x1Au8; MIB]), sent + 1))
            }
        });
        let request = reqwest::Client::new()
            .post(hospes.http_url(VOICES))
            .header(CONTENT_TYPE, "audio/webm")
            .header(AUTHORIZATION, format!("Bearer {}", world.member.token))
            .body(Body::wrap_stream(chunks))
            .timeout(Duration::from_secs(60))
            .send();
        uploads.push(tokio::spawn(async move { request.await.map(|response| response.status()) }));
    }
    tokio::time::timeout(Duration::from_secs(30), all_started.wait_for(|count| *count == UPLOADS)).await.unwrap().unwrap();

    // Meanwhile: the server answers, and a small upload goes through.
    let health = reqwest::Client::new().get(hospes.http_url("/healthz")).timeout(Duration::from_secs(5)).send().await.unwrap();
    assert_eq!(health.status(), StatusCode::OK);
    let small = upload(hospes, VOICES, Some(&world.member), "audio/ogg", fixture("with-comments.ogg")).await.unwrap();
    assert_eq!(small.status(), StatusCode::CREATED);

    go_on.send_replace(true);
    for upload in uploads {
        match upload.await.unwrap() {
            Ok(status) => assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE),
            Err(error) => assert!(error.is_request(), "{error}"),
        }
    }
    assert_eq!(media_rows(dir.path()), 1, "only the small upload");
    assert_eq!(media_files(dir.path()).len(), 1);
    let health = reqwest::get(hospes.http_url("/healthz")).await.unwrap();
    assert_eq!(health.status(), StatusCode::OK);
}
