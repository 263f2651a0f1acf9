//! Documents made from the shared content fixtures
//! (`tests/fixtures/content/`), as the editing app would make them.

use std::path::Path;

use automerge::Automerge;
use autosurgeon::{Reconcile, reconcile};
use hospes_content::model::{Article, City, Event, Service, Translation};
use serde::de::DeserializeOwned;

/// A fixture as a model value.
pub fn fixture<T: DeserializeOwned>(name: &str) -> T {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/content").join(name);
    serde_json::from_str(&std::fs::read_to_string(path).expect("the fixture exists")).expect("a valid fixture")
}

/// A new Automerge document holding `value`.
pub fn document<T: Reconcile>(value: &T) -> Automerge {
    let mut doc = Automerge::new();
    doc.transact::<_, _, automerge::AutomergeError>(|tx| {
        reconcile(tx, value).expect("reconciles");
        Ok(())
    })
    .expect("commits");
    doc
}

/// A document for an item of `kind` with the fixture's content (a
/// translation names `item`); other kinds start empty.
pub fn document_of_kind(kind: &str, item: Option<&str>) -> Automerge {
    match kind {
        "service" => document(&fixture::<Service>("service.json")),
        "article" => document(&fixture::<Article>("article.json")),
        "event" => document(&fixture::<Event>("event.json")),
        "city" => document(&fixture::<City>("city.json")),
        "translation" => {
            let mut translation: Translation = fixture("translation.json");
            translation.item = item.expect("a translation names its item").to_string();
            document(&translation)
        }
        _ => Automerge::new(),
    }
}
