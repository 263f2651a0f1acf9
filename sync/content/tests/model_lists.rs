//! Lists of places, schedules, languages and categories are matched by id
//! when a changed value is reconciled into its document. Matched by position,
//! removing the first place rewrote the second into the first's slot and
//! deleted the last one, so a concurrent edit of the second place on another
//! device was lost (and a stale fork could fail to merge).

use std::path::PathBuf;

use automerge::{AutoCommit, Automerge};
use autosurgeon::{Text, hydrate, reconcile};
use hospes_content::model::{Location, Schedule, Service};

fn service_with_two_places_and_schedules() -> Service {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/content/service.json");
    let mut service: Service = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut second: Location = service.locations[0].clone();
    second.id = "branch".into();
    second.name = "Branch office".into();
    second.address.street = "Second street 2".into();
    service.locations.push(second);
    let mut evenings: Schedule = service.schedules[0].clone();
    evenings.id = "evenings".into();
    evenings.opens_at = "18:00".into();
    evenings.closes_at = "20:00".into();
    service.schedules.push(evenings);
    service
}

fn document_of(service: &Service) -> AutoCommit {
    let mut doc = AutoCommit::new();
    reconcile(&mut doc, service).unwrap();
    doc
}

fn edit(doc: &mut AutoCommit, change: impl FnOnce(&mut Service)) {
    let mut service: Service = hydrate(doc).unwrap();
    change(&mut service);
    reconcile(doc, &service).unwrap();
}

#[test]
fn removing_the_first_place_while_another_device_edits_the_second_keeps_that_edit() {
    let mut office = document_of(&service_with_two_places_and_schedules());
    let mut field = office.fork();

    edit(&mut office, |s| {
        s.locations.remove(0);
        s.schedules.remove(0);
    });
    edit(&mut field, |s| {
        s.locations[1].name = "Branch office (2nd floor)".into();
        s.schedules[1].closes_at = "21:00".into();
    });
    office.merge(&mut field).unwrap();

    let merged: Service = hydrate(&office).unwrap();
    let places: Vec<(&str, &str, &str)> =
        merged.locations.iter().map(|l| (l.id.as_str(), l.name.as_str(), l.address.street.as_str())).collect();
    assert_eq!(places, [("branch", "Branch office (2nd floor)", "Second street 2")]);
    let hours: Vec<(&str, &str, &str)> =
        merged.schedules.iter().map(|s| (s.id.as_str(), s.opens_at.as_str(), s.closes_at.as_str())).collect();
    assert_eq!(hours, [("evenings", "18:00", "21:00")]);
}

#[test]
fn removing_a_place_touches_only_that_place() {
    let mut doc = document_of(&service_with_two_places_and_schedules());
    let before = doc.get_heads();
    edit(&mut doc, |s| {
        s.locations.remove(0);
    });
    // One deletion, no rewriting of the remaining place's fields.
    let changes = doc.get_changes(&before);
    let ops: usize = changes.iter().map(|c| c.len()).sum();
    assert_eq!(ops, 1, "removing a place should be one delete, not a rewrite of the others");
    let after: Service = hydrate(&doc).unwrap();
    assert_eq!(after.locations.len(), 1);
    assert_eq!(after.locations[0].id, "branch");
}

#[test]
fn a_place_added_on_each_device_keeps_both() {
    let mut office = document_of(&service_with_two_places_and_schedules());
    let mut field = office.fork();
    let template = service_with_two_places_and_schedules().locations[0].clone();
    edit(&mut office, |s| {
        s.locations.push(Location { id: "library".into(), name: "Library corner".into(), ..template.clone() });
        s.locations[0].accessibility = Text::from("Step-free entrance");
    });
    edit(&mut field, |s| {
        s.locations.insert(0, Location { id: "bus".into(), name: "Outreach bus".into(), outreach: true, ..template.clone() });
    });
    office.merge(&mut field).unwrap();

    let merged: Service = hydrate(&office).unwrap();
    let mut ids: Vec<&str> = merged.locations.iter().map(|l| l.id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, ["branch", "bus", "library", "main"]);
    let main = merged.locations.iter().find(|l| l.id == "main").unwrap();
    assert_eq!(main.accessibility.as_str(), "Step-free entrance");
    // The merged document still saves and loads.
    let reloaded = Automerge::load(&office.save()).unwrap();
    assert_eq!(hydrate::<_, Service>(&reloaded).unwrap(), merged);
}
