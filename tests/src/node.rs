//! Running the JavaScript side of the tests (`tests/js/`) with Node.
//!
//! `tests/build.rs` installs its npm packages before any test runs.

use std::path::PathBuf;

use tokio::process::Command;

/// `tests/js/`.
pub fn js_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("js")
}

/// `node <args>` run from `tests/js/`, killed if the test is dropped.
pub fn node(args: &[&str]) -> Command {
    let mut command = Command::new("node");
    command.args(args).current_dir(js_dir()).kill_on_drop(true);
    command
}
