//! Acceptance (security, bounded work): the events API costs about the same
//! for this month, a month in the year 9999 and a whole year, with 50
//! open-ended daily events that started years ago; and it writes at most
//! one log line per request (besides the request's own), naming no
//! content, however many events fail.

use std::time::{Duration, Instant};

use chrono::{Duration as Days, Utc};
use hospes_tests::accounts::command;
use hospes_tests::{ServerProcess, server};
use reqwest::StatusCode;
use serde_json::Value;

/// Rounds of requests per window; the median of each is compared.
const ROUNDS: usize = 9;

/// The lines logged after the first `skip`, less each request's own line
/// (method, path, status, latency).
fn lines_beyond_requests(log: &str, skip: usize) -> Vec<&str> {
    log.lines().skip(skip).filter(|line| !line.contains("finished processing request")).collect()
}

/// A calendar of `count` events, each `rrule` from `start` (local), 18:00
/// to 20:00, titled `title n`.
fn calendar(count: usize, start: &str, rrule: &str, title: &str) -> String {
    let mut ics = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hospes tests//EN\r\n");
    for n in 0..count {
        ics.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:{title}-{n}@tests.example.org\r\nDTSTAMP:20200101T000000Z\r\n\
             DTSTART;TZID=Europe/Brussels:{start}T180000\r\nDTEND;TZID=Europe/Brussels:{start}T200000\r\n\
             RRULE:{rrule}\r\nSUMMARY:{title} {n}\r\nEND:VEVENT\r\n"
        ));
    }
    ics.push_str("END:VCALENDAR\r\n");
    ics
}

/// `hospes city add` and `hospes import-ics` (which publishes).
fn city_with_events(dir: &std::path::Path, slug: &str, ics: &str) {
    let (ok, text) = command(
        dir,
        &["city", "add", "--slug", slug, "--name", slug, "--time-zone", "Europe/Brussels", "--source-language", "fr", "--language", "en"],
    );
    assert!(ok, "{text}");
    let file = dir.join(format!("{slug}.ics"));
    std::fs::write(&file, ics).unwrap();
    let (ok, text) = command(dir, &["import-ics", file.to_str().unwrap(), "--city", slug, "--calendar", "partner", "--language", "fr"]);
    assert!(ok, "{text}");
}

async fn events(hospes: &ServerProcess, city: &str, from: &str, to: &str) -> Value {
    let response = reqwest::get(hospes.http_url(&format!("/api/v1/cities/{city}/fr/events?from={from}&to={to}"))).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{from} to {to}");
    response.json().await.unwrap()
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

#[tokio::test]
async fn far_future_and_wide_windows_cost_what_this_month_costs() {
    let dir = server::data_dir();
    city_with_events(dir.path(), "sample-city", &calendar(50, "20200106", "FREQ=DAILY", "Permanence"));
    let hospes = ServerProcess::start(dir.path(), &[]).await;

    let today = Utc::now().date_naive();
    let day = |offset: i64| (today + Days::days(offset)).format("%Y-%m-%d").to_string();
    let windows = [
        ("this month", day(0), day(30)),
        ("a month in 9999", "9999-12-01".to_string(), "9999-12-31".to_string()),
        ("a whole year", day(0), day(366)),
    ];
    // Once each, untimed (first use of the connection and the statements).
    for (_, from, to) in &windows {
        events(&hospes, "sample-city", from, to).await;
    }
    let log_before = hospes.log().lines().count();
    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); windows.len()];
    for _ in 0..ROUNDS {
        for (index, (name, from, to)) in windows.iter().enumerate() {
            let started = Instant::now();
            let body = events(&hospes, "sample-city", from, to).await;
            times[index].push(started.elapsed());
            let occurrences = body["occurrences"].as_array().unwrap().len();
            match index {
                // 30 days, 50 events a day.
                0 | 1 => assert_eq!(occurrences, 1500, "{name}"),
                // 18,300 fall in the year; the answer stops at its cap.
                _ => {
                    assert_eq!(occurrences, 2000, "{name}");
                    assert_eq!(body["truncated"], true, "{name}");
                }
            }
        }
    }
    let log = hospes.log();
    let lines = lines_beyond_requests(&log, log_before);
    assert!(lines.is_empty(), "nothing fails here, so nothing but the requests is logged:\n{}", lines.join("\n"));

    let medians: Vec<Duration> = times.into_iter().map(median).collect();
    println!("medians (this month, 9999, a year): {medians:?}");
    for (index, (name, _, _)) in windows.iter().enumerate().skip(1) {
        let ratio = medians[index].as_secs_f64() / medians[0].as_secs_f64();
        assert!(ratio <= 10.0, "{name} took {:?}, this month {:?}: {ratio:.1} times as long", medians[index], medians[0]);
    }
}

#[tokio::test]
async fn events_that_fail_to_expand_cost_one_log_line_per_request_naming_no_content() {
    let dir = server::data_dir();
    // Every minute of every day: more than the expansion scans to reach any
    // window, so each of these fails on every request.
    let minutes: Vec<String> = (0..60).map(|m| m.to_string()).collect();
    let hours: Vec<String> = (0..24).map(|h| h.to_string()).collect();
    let flood = format!("FREQ=YEARLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR={};BYMINUTE={}", hours.join(","), minutes.join(","));
    let mut ics = calendar(5, "20200106", &flood, "Unbounded");
    ics = ics.replace("END:VCALENDAR\r\n", "");
    ics.push_str(
        &calendar(1, "20200106", "FREQ=DAILY", "Daily").replace("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hospes tests//EN\r\n", ""),
    );
    city_with_events(dir.path(), "sample-city", &ics);
    let hospes = ServerProcess::start(dir.path(), &[]).await;

    let today = Utc::now().date_naive();
    let (from, to) = (today.format("%Y-%m-%d").to_string(), (today + Days::days(7)).format("%Y-%m-%d").to_string());
    let log_before = hospes.log().lines().count();
    const REQUESTS: usize = 3;
    for _ in 0..REQUESTS {
        let body = events(&hospes, "sample-city", &from, &to).await;
        assert_eq!(body["occurrences"].as_array().unwrap().len(), 7, "the daily event is still there");
        let bundle = reqwest::get(hospes.http_url("/api/v1/cities/sample-city/fr/bundle")).await.unwrap();
        assert_eq!(bundle.status(), StatusCode::OK);
    }
    let log = hospes.log();
    let new = lines_beyond_requests(&log, log_before);
    assert_eq!(new.len(), 2 * REQUESTS, "one line per events answer and per bundle:\n{}", new.join("\n"));
    assert!(new.iter().all(|line| line.contains("left_out=5")), "{}", new.join("\n"));
    assert!(!log.contains("Unbounded") && !log.contains("BYMINUTE"), "no title, no rule in the log:\n{log}");
}
