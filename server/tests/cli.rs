//! The command line rejects bad arguments with a clear message.
//! (Also makes `cargo test` build the real `hospes` binary, which the
//! cross-crate tests in `tests/` start.)

use std::process::Command;

fn hospes(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_hospes")).args(args).output().expect("the binary runs")
}

#[test]
fn version_and_help() {
    let version = hospes(&["--version"]);
    assert!(version.status.success());
    assert!(String::from_utf8_lossy(&version.stdout).contains(env!("CARGO_PKG_VERSION")));
    let help = hospes(&["serve", "--help"]);
    assert!(String::from_utf8_lossy(&help.stdout).contains("--demo"));
}

#[test]
fn bad_listen_address_is_named() {
    let output = hospes(&["serve", "--listen", "not-an-address"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("--listen"), "{stderr}");
}
