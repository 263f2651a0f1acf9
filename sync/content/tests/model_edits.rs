//! Server-style edits: hydrate a value from a document, change it, reconcile
//! it back, in one transaction (`model::change`).
//!
//! Hydrating from the `Automerge` document and reconciling into a
//! transaction on it is refused as stale ("the data to be reconciled is
//! stale") as soon as this document's actor has an earlier change that is no
//! longer a head, that is after its first edit once anyone else has edited:
//! a transaction's base heads are its change's dependencies, which Automerge
//! makes the heads plus the actor's own previous change, while a hydrated
//! text remembers the document's heads. The convergence test found it the
//! first time the hub (which wrote the document's first version) edited
//! after a replica had.

use std::path::PathBuf;

use automerge::{ActorId, Automerge};
use autosurgeon::{hydrate, reconcile};
use hospes_content::model::{self, Service, ServiceStatus};

fn service() -> Service {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/content/service.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The server's copy has its own earlier change (the first version), then
/// an editor's change arrives; the server edits again.
fn server_copy_after_an_editors_change() -> Automerge {
    let mut server = Automerge::new().with_actor(ActorId::random());
    server.transact(|tx| reconcile(tx, service())).unwrap();
    let mut editor = server.fork().with_actor(ActorId::random());
    model::change(&mut editor, |s: &mut Service| s.organization = "Croix-Rouge".into()).unwrap();
    server.merge(&mut editor).unwrap();
    server
}

#[test]
fn hydrating_outside_the_transaction_is_refused_as_stale() {
    let mut server = server_copy_after_an_editors_change();
    let mut value: Service = hydrate(&server).unwrap();
    value.status = ServiceStatus::Closed;
    let failure = server.transact(|tx| reconcile(tx, &value)).unwrap_err();
    assert!(failure.error.to_string().contains("stale"), "{}", failure.error);
}

#[test]
fn a_change_after_someone_elses_edit_applies() {
    let mut server = server_copy_after_an_editors_change();
    let changed = model::change(&mut server, |s: &mut Service| {
        s.status = ServiceStatus::Closed;
        s.locations.clear();
        s.locations.len()
    })
    .unwrap();
    assert_eq!(changed, 0);
    let after: Service = hydrate(&server).unwrap();
    assert_eq!(after.status, ServiceStatus::Closed);
    assert_eq!(after.organization, "Croix-Rouge");
    assert!(after.locations.is_empty());
    // The server edits again after another editor's change: still applies.
    let mut editor = server.fork().with_actor(ActorId::random());
    model::change(&mut editor, |s: &mut Service| s.open_to_all = false).unwrap();
    server.merge(&mut editor).unwrap();
    model::change(&mut server, |s: &mut Service| s.name = "Permanence".into()).unwrap();
    let after: Service = hydrate(&server).unwrap();
    assert_eq!((after.name.as_str(), after.open_to_all), ("Permanence", false));
}

#[test]
fn a_change_that_does_not_hydrate_writes_nothing() {
    let mut doc = Automerge::new();
    let before = doc.get_heads();
    let error = model::change(&mut doc, |_: &mut Service| ()).unwrap_err();
    assert!(matches!(error, model::ChangeError::Hydrate(_)), "{error}");
    assert_eq!(doc.get_heads(), before);
}
