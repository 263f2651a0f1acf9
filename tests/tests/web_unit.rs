//! The web app's unit tests (`web/test/*.test.ts`, vitest in Node: no
//! browser, no server): the editor's and the reader's pure modules. The
//! tests are type-checked first (`web/test/tsconfig.json`), as `npm test`
//! in `web/` does.

use hospes_tests::node;

#[tokio::test]
async fn the_web_apps_pure_modules_pass_their_unit_tests() {
    let web = node::web_dir();
    assert!(
        web.join("node_modules/vitest").is_dir(),
        "{} has no vitest: run the tests with `cargo nextest run --workspace` (the server's build script installs \
         the web app's packages), or `npm ci` there",
        web.display()
    );
    for (what, args) in [
        ("type-checking the tests", &["node_modules/typescript/bin/tsc", "--noEmit", "-p", "test/tsconfig.json"][..]),
        ("the unit tests", &["node_modules/vitest/vitest.mjs", "run"][..]),
    ] {
        let output = node::node_in(&web, args).env("NO_COLOR", "1").output().await.expect("node runs");
        let report = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        assert!(output.status.success(), "{what} failed:\n{report}");
        println!("{report}");
    }
}
