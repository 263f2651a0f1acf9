//! Acceptance: strangers without an account cannot take the server down by
//! asking it to hash passphrases. 64 clients at once, each request from a
//! new address (the worst case for per-client limits), for 10 s of bogus
//! invite acceptances and 10 s of bogus sign-ins: the server's memory stays
//! under 300 MB, signed-in people and readers keep being answered, and an
//! unknown invite token costs no hash at all.
//!
//! Before the bound, 24 such clients drove the server to about 5 GB.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use hospes_tests::{ServerProcess, server};
use reqwest::{Method, StatusCode};
use serde_json::json;

const CLIENTS: usize = 64;
const FLOOD: Duration = Duration::from_secs(10);
const MEMORY_BUDGET_KIB: u64 = 300 * 1024;

/// The resident memory of a process, in KiB.
fn resident_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("the server is running");
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmRSS in /proc/<pid>/status")
}

/// How many passphrases the server hashed or checked so far (it logs a
/// debug line for each, see `passphrase_hash`).
fn hashes(hospes: &ServerProcess) -> usize {
    hospes.log().lines().filter(|line| line.contains("hashing a passphrase") || line.contains("checking a passphrase")).count()
}

/// Runs `CLIENTS` tasks sending `request(n)` back to back for `FLOOD`,
/// while sampling the server's memory and asking, as a signed-in editor and
/// as a reader, for a page each 200 ms. Returns the peak memory (KiB), the
/// statuses the flood got, and how many of the others' requests failed.
async fn flood(
    hospes: &ServerProcess,
    editor_token: &str,
    request: impl Fn(&reqwest::Client, u64) -> reqwest::RequestBuilder + Send + Sync + 'static,
) -> (u64, Vec<StatusCode>, Vec<String>) {
    let request = Arc::new(request);
    let running = Arc::new(AtomicBool::new(true));
    let sent = Arc::new(AtomicU64::new(0));
    let flooders: Vec<_> = (0..CLIENTS)
        .map(|_| {
            let (request, running, sent) = (request.clone(), running.clone(), sent.clone());
            tokio::spawn(async move {
                let http = reqwest::Client::builder().timeout(Duration::from_secs(60)).build().unwrap();
                let mut statuses = Vec::new();
                while running.load(Ordering::Relaxed) {
                    let n = sent.fetch_add(1, Ordering::Relaxed);
                    match request(&http, n).send().await {
                        Ok(response) => statuses.push(response.status()),
                        Err(error) => panic!("a flooding request got no answer: {error}"),
                    }
                }
                statuses
            })
        })
        .collect();

    let http = reqwest::Client::builder().timeout(Duration::from_secs(30)).build().unwrap();
    let mut peak = 0;
    let mut failures = Vec::new();
    let started = tokio::time::Instant::now();
    let mut tick = tokio::time::interval(Duration::from_millis(200));
    while started.elapsed() < FLOOD {
        tick.tick().await;
        peak = peak.max(resident_kib(hospes.pid()));
        let session = http.request(Method::GET, hospes.http_url("/api/v1/session")).bearer_auth(editor_token).send().await;
        let reader = http.get(hospes.http_url("/api/v1/cities/liege")).send().await;
        for (what, answer) in [("the editor's session", session), ("a reader's city", reader)] {
            match answer {
                Ok(response) if response.status() == StatusCode::OK => {}
                Ok(response) => failures.push(format!("{what}: {}", response.status())),
                Err(error) => failures.push(format!("{what}: {error}")),
            }
        }
    }
    running.store(false, Ordering::Relaxed);
    let mut statuses = Vec::new();
    for flooder in flooders {
        statuses.extend(flooder.await.expect("a flooder ran"));
    }
    peak = peak.max(resident_kib(hospes.pid()));
    (peak, statuses, failures)
}

/// A new address for every request (as a proxy in front would report it).
fn address(n: u64) -> String {
    format!("10.{}.{}.{}", (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn floods_of_bogus_invites_and_logins_are_bounded_and_others_are_served() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start_logging(
        dir.path(),
        &["--trusted-proxy", "127.0.0.1"],
        "info,samod=warn,samod_core=warn,hospes::passphrase_hash=debug",
    )
    .await;
    let editor = hospes.city_with_editor("liege", "elif").await;
    let base = hospes.http_url("");

    // Unknown invite tokens: answered at once, and nothing is hashed.
    let before = hashes(&hospes);
    let invites = base.clone();
    let (peak, statuses, failures) = flood(&hospes, &editor.token, move |http, n| {
        http.post(format!("{invites}/api/v1/invites/not-a-real-token-{n}/accept"))
            .header("x-forwarded-for", address(n))
            .json(&json!({ "name": format!("stranger {n}"), "passphrase": "a long enough passphrase" }))
    })
    .await;
    println!("invite flood: {} requests, peak {peak} KiB", statuses.len());
    assert!(statuses.len() > CLIENTS, "the flood ran: {} requests", statuses.len());
    assert!(statuses.iter().all(|s| *s == StatusCode::NOT_FOUND), "unknown invites are not found");
    assert_eq!(hashes(&hospes), before, "an unknown invite token costs no hash");
    assert!(peak < MEMORY_BUDGET_KIB, "peak memory {peak} KiB during the invite flood");
    assert!(failures.is_empty(), "others were not served: {failures:?}");

    // Bogus sign-ins, each from a new address: hashing is the bound.
    let logins = base.clone();
    let (peak, statuses, failures) = flood(&hospes, &editor.token, move |http, n| {
        http.post(format!("{logins}/api/v1/login"))
            .header("x-forwarded-for", address(n))
            .json(&json!({ "name": format!("stranger {n}"), "passphrase": "a long enough passphrase" }))
    })
    .await;
    let busy = statuses.iter().filter(|s| **s == StatusCode::SERVICE_UNAVAILABLE).count();
    let wrong = statuses.iter().filter(|s| **s == StatusCode::UNAUTHORIZED).count();
    println!("login flood: {} requests ({wrong} checked, {busy} busy), peak {peak} KiB", statuses.len());
    assert_eq!(busy + wrong, statuses.len(), "every attempt is wrong or told to come back: {statuses:?}");
    assert!(busy > 0, "beyond the queue, attempts are refused at once ({wrong} were checked)");
    assert!(peak < MEMORY_BUDGET_KIB, "peak memory {peak} KiB during the login flood");
    assert!(failures.is_empty(), "others were not served: {failures:?}");

    // And once it is over, the editor signs in as ever.
    hospes.sign_in("elif", &editor.passphrase).await;
}
