//! The reader's Markdown renderer (`web/src/reader/markdown.ts`) holds its
//! promises for any article: property tests with fast-check in
//! `tests/js/markdown.test.mjs` (no server, no browser: happy-dom).
//! `HOSPES_MARKDOWN_RUNS` makes a longer run (see `tests/fuzz/README.md`).

use hospes_tests::node;

#[tokio::test]
async fn the_markdown_renderer_makes_only_safe_markup_and_keeps_the_text() {
    let output = node::node(&["--test", "--test-reporter=spec", "markdown.test.mjs"]).output().await.expect("node runs");
    let report = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "{report}");
    assert!(report.contains("skipped 0") && report.contains("fail 0"), "{report}");
}
