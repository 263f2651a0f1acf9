//! Readers behind a real shared cache: Debian's nginx with `proxy_cache`
//! in front of hospes, as a city would run it. A crowd of readers asking
//! for the bundle reaches hospes about once per caching interval, a
//! signed-in editor's API answers are never kept, and a published change
//! reaches readers through the cache once the interval is over.

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use hospes_tests::{ServerProcess, server};
use reqwest::{Method, StatusCode};
use serde_json::Value;

/// nginx on `port`, caching what hospes on `upstream` answers.
struct Nginx {
    child: std::process::Child,
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn nginx(dir: &Path, port: u16, upstream: &str) -> Nginx {
    let binary = Path::new("/usr/sbin/nginx");
    assert!(binary.exists(), "this test needs Debian's nginx: apt-get install nginx-light");
    let d = dir.display();
    let config = format!(
        "daemon off;
master_process off;
worker_processes 1;
pid {d}/nginx.pid;
error_log {d}/error.log warn;
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {d}/body;
    proxy_temp_path {d}/proxy;
    fastcgi_temp_path {d}/fastcgi;
    uwsgi_temp_path {d}/uwsgi;
    scgi_temp_path {d}/scgi;
    proxy_cache_path {d}/cache keys_zone=readers:1m;
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass {upstream};
            proxy_http_version 1.1;
            proxy_cache readers;
            proxy_cache_lock on;
            proxy_cache_revalidate on;
            add_header X-Cache-Status $upstream_cache_status always;
        }}
    }}
}}
"
    );
    let path = dir.join("nginx.conf");
    std::fs::write(&path, config).expect("writable");
    let child = std::process::Command::new(binary)
        .arg("-p")
        .arg(dir)
        .arg("-c")
        .arg(&path)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("nginx starts");
    Nginx { child }
}

/// Waits until nginx answers on `url` (it binds right after starting).
async fn answering(url: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while reqwest::get(url).await.is_err() {
        assert!(Instant::now() < deadline, "nginx does not answer on {url}: see its error.log");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// How many requests for `path` hospes has logged.
fn served(hospes: &ServerProcess, path: &str) -> usize {
    let needle = format!("path={path}");
    hospes.log().lines().filter(|line| line.contains(&needle) && line.contains("finished processing request")).count()
}

#[tokio::test]
async fn a_shared_cache_serves_a_crowd_of_readers_and_passes_a_publish_on() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start_logging(dir.path(), &["--demo"], "info").await;
    let cache_dir = tempfile::tempdir().unwrap();
    let port = server::free_local_addr().port();
    let _nginx = nginx(cache_dir.path(), port, &hospes.http_url(""));
    let via_cache = |path: &str| format!("http://127.0.0.1:{port}{path}");
    let bundle_path = "/api/v1/cities/sample-city/en/bundle";
    answering(&via_cache("/healthz")).await;

    // A crowd of readers within one interval: hospes serves the bundle about once.
    let before = served(&hospes, bundle_path);
    let mut statuses = Vec::new();
    for _ in 0..50 {
        let response = reqwest::get(via_cache(bundle_path)).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        statuses.push(response.headers().get("x-cache-status").and_then(|v| v.to_str().ok()).unwrap_or("").to_string());
    }
    let reached = served(&hospes, bundle_path) - before;
    assert!(reached >= 1, "the first reader, with the cache empty, reached hospes: is the request log as expected?");
    assert!(reached <= 2, "50 readers reached hospes {reached} times; cache said {statuses:?}");
    assert!(statuses.iter().filter(|status| *status == "HIT").count() >= 48, "{statuses:?}");

    // A signed-in editor's answers are never kept for anyone else.
    let editor = hospes.add_user("elif", "sample-city", "editor", &[]).await;
    let documents = |user: &hospes_tests::User| user.request(Method::GET, &via_cache("/api/v1/cities/sample-city/documents")).send();
    let first = documents(&editor).await.unwrap();
    assert_eq!(first.headers()["cache-control"], "private, no-store");
    let listed: Vec<Value> = first.json().await.unwrap();
    let again = documents(&editor).await.unwrap();
    assert_ne!(again.headers().get("x-cache-status").and_then(|v| v.to_str().ok()), Some("HIT"));
    let anonymous = reqwest::get(via_cache("/api/v1/cities/sample-city/documents")).await.unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED, "the cache did not hand the editor's list to a stranger");

    // The editor takes a service off the guide: readers behind the cache see it once the interval is over.
    let service = listed.iter().find(|document| document["kind"] == "service" && document["publish"] == true).expect("a published service");
    let id = service["documentId"].as_str().unwrap();
    let unpublished = editor.request(Method::POST, &hospes.http_url(&format!("/api/v1/documents/{id}/unpublish"))).send().await.unwrap();
    assert_eq!(unpublished.status(), StatusCode::NO_CONTENT);
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let bundle: Value = reqwest::get(via_cache(bundle_path)).await.unwrap().json().await.unwrap();
        // Its items, not the archive's entries, which may link to the service by id.
        if !bundle["items"].as_array().unwrap().iter().any(|item| item["id"] == id) {
            break;
        }
        assert!(Instant::now() < deadline, "the unpublished service still reaches readers through the cache after 60 s");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}
