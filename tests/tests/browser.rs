//! Acceptance: in headless Debian Chromium (playwright-core), the app loads,
//! registers its service worker, shows "connected", and still shows its
//! shell after a reload with the network off. The browser side is
//! `tests/js/shell.test.mjs`.

use hospes_tests::{ServerProcess, node, server};

#[tokio::test]
async fn the_pwa_shell_installs_connects_and_works_offline() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &[]).await;
    let output = node::node(&["--test", "--test-reporter=spec", "shell.test.mjs"])
        .env("HOSPES_URL", hospes.http_url(""))
        .output()
        .await
        .expect("node runs");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "browser test failed:\n{report}\nserver log:\n{}", hospes.log());
    println!("{report}");
}
