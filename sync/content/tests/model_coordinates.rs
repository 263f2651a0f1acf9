//! A place's coordinates as the web app writes them. Automerge's JavaScript
//! API stores a whole number as an integer (`50`), any other as a float
//! (`50.5`); the model read only floats, so a service whose place an editor
//! gave a latitude of 50 no longer hydrated (no publishing, no HSDS export,
//! no server-side edit). Found by the convergence test.

use std::path::PathBuf;

use automerge::transaction::Transactable;
use automerge::{Automerge, ObjType, ROOT, ReadDoc, ScalarValue, Value};
use autosurgeon::{hydrate, reconcile};
use hospes_content::model::{Event, Service};

fn fixture<T: serde::de::DeserializeOwned>(name: &str) -> T {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/content").join(name);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn object(doc: &Automerge, parent: &automerge::ObjId, prop: impl Into<automerge::Prop>) -> automerge::ObjId {
    match doc.get(parent, prop).unwrap().unwrap() {
        (Value::Object(_), id) => id,
        other => panic!("not an object: {other:?}"),
    }
}

#[test]
fn whole_degrees_written_as_integers_hydrate() {
    let mut doc = Automerge::new();
    doc.transact(|tx| reconcile(tx, fixture::<Service>("service.json"))).unwrap();
    let place = object(&doc, &object(&doc, &ROOT, "locations"), 0);
    doc.transact::<_, _, automerge::AutomergeError>(|tx| {
        tx.put(&place, "latitude", ScalarValue::Int(50))?;
        tx.put(&place, "longitude", ScalarValue::Int(-4))?;
        Ok(())
    })
    .unwrap();
    let service: Service = hydrate(&doc).unwrap();
    assert_eq!((service.locations[0].latitude, service.locations[0].longitude), (Some(50.0), Some(-4.0)));
}

#[test]
fn an_events_place_with_integer_coordinates_hydrates() {
    let event: Event = fixture("event.json");
    assert!(event.place.is_some());
    let mut doc = Automerge::new();
    doc.transact(|tx| reconcile(tx, &event)).unwrap();
    let place = object(&doc, &ROOT, "place");
    doc.transact::<_, _, automerge::AutomergeError>(|tx| tx.put(&place, "latitude", ScalarValue::Int(51)).map(|_| ())).unwrap();
    let event: Event = hydrate(&doc).unwrap();
    assert_eq!(event.place.unwrap().latitude, Some(51.0));
}

#[test]
fn missing_or_cleared_coordinates_and_other_values() {
    let mut doc = Automerge::new();
    doc.transact(|tx| reconcile(tx, fixture::<Service>("service.json"))).unwrap();
    let place = object(&doc, &object(&doc, &ROOT, "locations"), 0);
    doc.transact::<_, _, automerge::AutomergeError>(|tx| tx.put(&place, "latitude", ScalarValue::Null).map(|_| ())).unwrap();
    assert_eq!(hydrate::<_, Service>(&doc).unwrap().locations[0].latitude, None);
    // Floats still read as floats.
    assert_eq!(hydrate::<_, Service>(&doc).unwrap().locations[0].longitude, Some(5.5));
    // A string is not a coordinate.
    doc.transact::<_, _, automerge::AutomergeError>(|tx| tx.put(&place, "latitude", "50").map(|_| ())).unwrap();
    assert!(hydrate::<_, Service>(&doc).is_err());
    doc.transact::<_, _, automerge::AutomergeError>(|tx| tx.put_object(&place, "latitude", ObjType::Map).map(|_| ())).unwrap();
    assert!(hydrate::<_, Service>(&doc).is_err());
    doc.transact::<_, _, automerge::AutomergeError>(|tx| tx.delete(&place, "latitude")).unwrap();
    assert!(hydrate::<_, Service>(&doc).is_err(), "a place without the key stays an error, as before");
}
