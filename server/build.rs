//! Builds the web app (`web/`, TypeScript + Vite) before the server embeds
//! it, so that a fresh clone needs nothing but `cargo build`.
//!
//! The build runs only when `web/dist` is missing or older than its sources;
//! `npm ci` runs only when the installed packages are missing or older than
//! the lock file. Nothing built here is committed.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

/// Inputs of the web build, relative to `web/`, plus the shared Fluent files.
const WEB_SOURCES: &[&str] = &[
    "src",
    "public",
    "index.html",
    "package.json",
    "package-lock.json",
    "vite.config.ts",
    "tsconfig.json",
    "tsconfig.sw.json",
    "build",
    "../i18n",
];

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let web = manifest_dir.join("../web");
    for source in WEB_SOURCES {
        println!("cargo:rerun-if-changed={}", web.join(source).display());
    }
    println!("cargo:rerun-if-changed={}", web.join("dist/index.html").display());

    let newest_source = WEB_SOURCES.iter().filter_map(|source| newest_mtime(&web.join(source))).max();
    let built = mtime(&web.join("dist/index.html"));
    if matches!((built, newest_source), (Some(built), Some(source)) if built >= source) {
        return;
    }

    let lock = mtime(&web.join("package-lock.json"));
    let installed = mtime(&web.join("node_modules/.package-lock.json"));
    if installed.is_none() || lock > installed {
        npm(&web, &["ci", "--no-audit", "--no-fund"]);
    }
    npm(&web, &["run", "build"]);
}

fn npm(dir: &Path, args: &[&str]) {
    let status = Command::new("npm")
        .args(args)
        .current_dir(dir)
        .status()
        .unwrap_or_else(|error| panic!("cannot run npm to build the web app ({error}); install Node.js 20 and npm"));
    assert!(status.success(), "`npm {}` failed in {}", args.join(" "), dir.display());
}

fn mtime(path: &Path) -> Option<SystemTime> {
    path.metadata().and_then(|meta| meta.modified()).ok()
}

/// The newest modification time of a file or of anything below a directory.
fn newest_mtime(path: &Path) -> Option<SystemTime> {
    let meta = path.metadata().ok()?;
    if !meta.is_dir() {
        return meta.modified().ok();
    }
    std::fs::read_dir(path)
        .ok()?
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name() != "node_modules")
        .filter_map(|entry| newest_mtime(&entry.path()))
        .chain(meta.modified().ok())
        .max()
}
