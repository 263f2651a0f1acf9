//! Every UI locale has every message of the source locale with the same
//! variables, in valid Fluent; the built CSS uses logical properties only,
//! so right-to-left layouts work. The checks are `tests/js/messages.test.mjs`
//! and `tests/js/css-logical.test.mjs` (they read the files; no server).

use hospes_tests::node;

#[tokio::test]
async fn every_locale_has_every_message_and_the_css_is_logical() {
    let output = node::node(&["--test", "--test-reporter=spec", "messages.test.mjs", "css-logical.test.mjs"])
        .output()
        .await
        .expect("node runs");
    let report = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "{report}");
    assert!(report.contains("skipped 0") && report.contains("fail 0"), "{report}");
}
