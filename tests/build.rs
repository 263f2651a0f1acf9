//! Installs the npm packages of the JavaScript tests (`tests/package.json`:
//! automerge-repo for the interop test, playwright-core for the browser
//! tests) when they are missing or older than the lock file.

use std::path::Path;
use std::process::Command;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    println!("cargo:rerun-if-changed=package-lock.json");
    println!("cargo:rerun-if-changed=node_modules/.package-lock.json");
    let mtime = |path: &str| dir.join(path).metadata().and_then(|m| m.modified()).ok();
    let installed = mtime("node_modules/.package-lock.json");
    if installed.is_some() && installed >= mtime("package-lock.json") {
        return;
    }
    let status = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(dir)
        .status()
        .unwrap_or_else(|error| panic!("cannot run npm for the JavaScript tests: {error}"));
    assert!(status.success(), "`npm ci` failed in {}", dir.display());
}
