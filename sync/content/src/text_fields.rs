//! The one table of each kind's collaborative text: the fields people
//! write, merged character by character (Automerge Text), and the ones
//! translations translate. Everything else is a plain value.
//!
//! A path is dotted; `[]` stands for every element of a list, whose
//! translation key then names the element by its `id`
//! (`locations.<id>.accessibility`); `*` for every key of a map. The web
//! app reads the same table from `web/src/content/text-fields.json`,
//! written from this one (`tests/typescript.rs` fails when it is out of
//! date).

use serde_json::Value;

/// Kind -> paths of its text fields.
pub const TEXT_FIELDS: &[(&str, &[&str])] = &[
    ("city", &[]),
    ("service", &["name", "description", "eligibility", "documents_needed", "cost.fee", "locations[].accessibility", "schedules[].notes"]),
    ("article", &["title", "body"]),
    ("event", &["title", "description", "cost.fee", "place.accessibility"]),
    ("translation", &["fields.*"]),
];

/// The text paths of `kind` (none for an unknown kind).
pub fn of_kind(kind: &str) -> &'static [&'static str] {
    TEXT_FIELDS.iter().find(|(k, _)| *k == kind).map_or(&[], |(_, paths)| paths)
}

/// One text of an item's JSON form: where it is (a JSON pointer) and the key
/// a translation gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextSlot {
    pub pointer: String,
    pub key: String,
}

/// The texts `item` (the JSON form of an item of `kind`) has, in table
/// order; absent optional parts (an event without a place) have none.
pub fn slots(kind: &str, item: &Value) -> Vec<TextSlot> {
    let mut found = Vec::new();
    for path in of_kind(kind) {
        match path.split_once("[].") {
            Some((list, field)) => {
                let elements = item.get(list).and_then(Value::as_array).into_iter().flatten();
                for (index, element) in elements.enumerate() {
                    let Some(id) = element.get("id").and_then(Value::as_str) else { continue };
                    if element.get(field).is_some_and(Value::is_string) {
                        found.push(TextSlot { pointer: format!("/{list}/{index}/{field}"), key: format!("{list}.{id}.{field}") });
                    }
                }
            }
            None => {
                let pointer = format!("/{}", path.replace('.', "/"));
                if item.pointer(&pointer).is_some_and(Value::is_string) {
                    found.push(TextSlot { pointer, key: path.to_string() });
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn list_elements_are_keyed_by_their_id_and_absent_parts_have_no_slots() {
        let service = json!({
            "name": "Desk", "description": "", "eligibility": "", "documents_needed": "",
            "cost": { "free": true, "fee": "" },
            "locations": [{ "id": "main", "accessibility": "Ramp" }, { "id": "annex", "accessibility": "" }],
            "schedules": [],
        });
        let keys: Vec<String> = slots("service", &service).into_iter().map(|slot| slot.key).collect();
        assert_eq!(
            keys,
            [
                "name",
                "description",
                "eligibility",
                "documents_needed",
                "cost.fee",
                "locations.main.accessibility",
                "locations.annex.accessibility"
            ]
        );
        assert_eq!(slots("service", &service)[6].pointer, "/locations/1/accessibility");
        let event = json!({ "title": "Café", "description": "", "cost": { "fee": "" }, "place": null });
        let keys: Vec<String> = slots("event", &event).into_iter().map(|slot| slot.key).collect();
        assert_eq!(keys, ["title", "description", "cost.fee"]);
        assert!(slots("city", &json!({ "name": "Liège" })).is_empty());
    }
}
