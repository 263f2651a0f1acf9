//! The content model reads and writes the shared JSON fixtures
//! (`tests/fixtures/content/`), and survives a trip through an Automerge
//! document (reconcile, save, load, hydrate) unchanged.

use std::path::PathBuf;

use automerge::Automerge;
use autosurgeon::{Hydrate, Reconcile, hydrate, reconcile};
use hospes_content::model::{Article, City, Event, Service, Translation};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

fn fixture(name: &str) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/content").join(name);
    serde_json::from_str(&std::fs::read_to_string(&path).expect("the fixture exists")).expect("valid JSON")
}

/// JSON -> Rust -> Automerge -> bytes -> Automerge -> Rust -> JSON.
fn round_trip<T>(name: &str)
where
    T: DeserializeOwned + Serialize + Reconcile + Hydrate + PartialEq + std::fmt::Debug,
{
    let json = fixture(name);
    let value: T = serde_json::from_value(json.clone()).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut doc = Automerge::new();
    doc.transact::<_, _, automerge::AutomergeError>(|tx| {
        reconcile(tx, &value).expect("reconciles");
        Ok(())
    })
    .expect("commits");
    let loaded = Automerge::load(&doc.save()).expect("loads");
    let back: T = hydrate(&loaded).unwrap_or_else(|e| panic!("{name} hydrates: {e}"));
    assert_eq!(back, value, "{name} through Automerge");
    assert_eq!(serde_json::to_value(&back).expect("serializes"), json, "{name} back to JSON");
}

#[test]
fn every_fixture_round_trips() {
    round_trip::<City>("city.json");
    round_trip::<Service>("service.json");
    round_trip::<Article>("article.json");
    round_trip::<Event>("event.json");
    round_trip::<Translation>("translation.json");
}

#[test]
fn unknown_values_are_refused() {
    let mut service = fixture("service.json");
    service["status"] = Value::from("on-holiday");
    let error = serde_json::from_value::<Service>(service).expect_err("an unknown status");
    assert!(error.to_string().contains("on-holiday"), "{error}");
}
