//! Acceptance (content): Rust and TypeScript agree on the model. The shared
//! fixtures round-trip both ways: documents the Rust model writes read back
//! as the fixtures in JavaScript (`@automerge/automerge`), and documents the
//! web app's writer (`web/src/content/automerge-form.js`) makes from the
//! fixtures hydrate into the Rust model as the fixtures.

use autosurgeon::{Hydrate, hydrate};
use hospes_content::model::{Article, City, Event, Service, Translation};
use hospes_tests::fixtures::{document, fixture};
use hospes_tests::node;
use serde::Serialize;
use serde::de::DeserializeOwned;

fn write_rust<T: DeserializeOwned + autosurgeon::Reconcile>(dir: &std::path::Path, kind: &str) {
    let value: T = fixture(&format!("{kind}.json"));
    std::fs::write(dir.join(format!("rust-{kind}.automerge")), document(&value).save()).unwrap();
}

fn read_js<T: DeserializeOwned + Hydrate + Serialize + PartialEq + std::fmt::Debug>(dir: &std::path::Path, kind: &str) {
    let bytes = std::fs::read(dir.join(format!("js-{kind}.automerge"))).expect("the JS side wrote it");
    let doc = automerge::Automerge::load(&bytes).expect("a valid document");
    let value: T = hydrate(&doc).unwrap_or_else(|error| panic!("{kind} written by JavaScript: {error}"));
    assert_eq!(value, fixture::<T>(&format!("{kind}.json")), "{kind} written by JavaScript");
}

#[tokio::test]
async fn fixtures_round_trip_between_rust_and_javascript() {
    let dir = tempfile::tempdir().unwrap();
    write_rust::<City>(dir.path(), "city");
    write_rust::<Service>(dir.path(), "service");
    write_rust::<Article>(dir.path(), "article");
    write_rust::<Event>(dir.path(), "event");
    write_rust::<Translation>(dir.path(), "translation");

    let output = node::node(&["model_interop.mjs", dir.path().to_str().unwrap()]).output().await.expect("node runs");
    assert!(
        output.status.success(),
        "the JavaScript side disagrees:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );

    read_js::<City>(dir.path(), "city");
    read_js::<Service>(dir.path(), "service");
    read_js::<Article>(dir.path(), "article");
    read_js::<Event>(dir.path(), "event");
    read_js::<Translation>(dir.path(), "translation");
}

/// The TypeScript types (`web/src/content/model.ts`) accept every fixture:
/// each is written into a TypeScript file as a literal of its type and
/// checked by the web app's own `tsc` (literals keep their string-union
/// types, which a JSON import would widen).
#[tokio::test]
async fn the_typescript_types_accept_every_fixture() {
    let web = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../web");
    let tsc = web.join("node_modules/typescript/bin/tsc");
    assert!(tsc.exists(), "the web app's npm packages are installed by `cargo build` (server/build.rs)");
    let model = web.join("src/content/model.ts").canonicalize().unwrap();
    let mut check = format!("import type {{ Documents }} from {:?};\n", model.to_str().unwrap());
    for kind in ["city", "service", "article", "event", "translation"] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("fixtures/content/{kind}.json"));
        let json = std::fs::read_to_string(path).unwrap();
        check.push_str(&format!("export const {kind}: Documents[{kind:?}] = {json};\n"));
    }
    // A value the types must refuse, so that the check itself can fail.
    check.push_str("// @ts-expect-error an unknown status is not a ServiceStatus\nexport const bad: Documents[\"service\"][\"status\"] = \"on-holiday\";\n");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fixtures.check.ts");
    std::fs::write(&file, check).unwrap();
    let output = tokio::process::Command::new("node")
        .arg(&tsc)
        .args([
            "--noEmit",
            "--strict",
            "--exactOptionalPropertyTypes",
            "--target",
            "es2022",
            "--module",
            "esnext",
            "--moduleResolution",
            "bundler",
            "--resolveJsonModule",
            "--allowImportingTsExtensions",
            "--skipLibCheck",
        ])
        .arg(&file)
        .output()
        .await
        .expect("node runs tsc");
    assert!(
        output.status.success(),
        "the TypeScript types disagree with the fixtures:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
