//! Running the JavaScript side of the tests (`tests/js/`) with Node.
//!
//! `tests/build.rs` installs its npm packages before any test runs.

use std::path::{Path, PathBuf};

use tokio::process::Command;

/// `tests/js/`.
pub fn js_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("js")
}

/// `web/`: the web app, whose npm packages the server's build script installs.
pub fn web_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../web")
}

/// `node <args>` run from `tests/js/`, killed if the test is dropped.
pub fn node(args: &[&str]) -> Command {
    node_in(&js_dir(), args)
}

/// `node <args>` run from `dir`, killed if the test is dropped.
pub fn node_in(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new("node");
    command.args(args).current_dir(dir).kill_on_drop(true);
    command
}
