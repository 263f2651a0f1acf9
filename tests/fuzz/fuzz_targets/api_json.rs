//! The JSON request bodies of the API, through the real router of a
//! running server (routing, the same-origin and JSON checks, the body
//! limit, extraction, the handlers and the database), signed in as a city
//! admin.
//!
//! The first byte picks an endpoint that takes a body (and, for those with
//! a path parameter, one of a few values: a real one, an unknown one, a
//! malformed one); the rest is the body. Every answer must be JSON and none
//! a server error (`hospes_fuzz::Server::request`).

#![no_main]

use axum::http::Method;
use hospes_fuzz::{CITY, server};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Some((&choice, body)) = bytes.split_first() else { return };
    let server = server();
    let document = &server.documents[usize::from(choice >> 4) % server.documents.len()];
    // A real value, an unknown one, one that does not parse.
    let pick = |values: [&str; 3]| values[usize::from(choice >> 4) % 3].to_string();
    let (method, path) = match choice % 8 {
        0 => (Method::POST, "/api/v1/login".to_string()),
        1 => (Method::POST, format!("/api/v1/invites/{}/accept", pick([&server.invite, "nosuchinvite", "%ff%00"]))),
        2 => (Method::POST, format!("/api/v1/cities/{}/invites", pick([CITY, "nowhere", "Not%20A%20Slug"]))),
        3 => {
            let member = server.member.to_string();
            (Method::PUT, format!("/api/v1/cities/{CITY}/members/{}/roles", pick([&member, "999999", "-1"])))
        }
        4 => (Method::POST, format!("/api/v1/cities/{}/suggestions", pick([CITY, "nowhere", "%2e%2e"]))),
        5 => (Method::POST, "/api/v1/documents".to_string()),
        6 => (Method::POST, format!("/api/v1/documents/{document}/publish")),
        _ => (Method::POST, format!("/api/v1/cities/{CITY}/suggestions/{}/resolve", pick(["1", "999999", "x"]))),
    };
    server.request(method, &path, body.to_vec());
});
