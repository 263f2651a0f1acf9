//! Every UI locale has every message of the source locale with the same
//! variables, in valid Fluent; the built CSS uses logical properties only,
//! so right-to-left layouts work. The checks are `tests/js/messages.test.mjs`
//! and `tests/js/css-logical.test.mjs` (they read the files; no server).
//! `tests/js/locales.test.mjs` then renders screens in Chromium in rtl and
//! ltr locales at 320 px.

use hospes_tests::node;

#[tokio::test]
async fn every_locale_has_every_message_and_the_css_is_logical() {
    let output =
        node::node(&["--test", "--test-reporter=spec", "messages.test.mjs", "css-logical.test.mjs"]).output().await.expect("node runs");
    let report = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "{report}");
    assert!(report.contains("skipped 0") && report.contains("fail 0"), "{report}");
}

/// The guide's home, a service, the events and the sign-in screen in four
/// right-to-left and three left-to-right UI locales at 320 px, and axe in
/// one of each (`tests/js/locales.test.mjs`, in Chromium).
#[tokio::test]
async fn screens_in_rtl_and_ltr_locales_fit_a_small_phone() {
    let dir = hospes_tests::server::data_dir();
    let hospes = hospes_tests::ServerProcess::start(dir.path(), &["--demo"]).await;
    let output = node::node(&["--test", "--test-reporter=spec", "locales.test.mjs"])
        .env("HOSPES_URL", hospes.http_url(""))
        .env("HOSPES_CITY", "sample-city")
        .output()
        .await
        .expect("node runs");
    let report = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "{report}\nserver log:\n{}", hospes.log());
    assert!(report.contains("skipped 0") && report.contains("fail 0"), "{report}");
}
