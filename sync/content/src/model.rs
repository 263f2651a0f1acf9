//! The documents of a city's guide.
//!
//! Every type here is both [`autosurgeon::Reconcile`]/[`autosurgeon::Hydrate`]
//! (its Automerge form) and serde (its JSON form, as in the fixtures under
//! `tests/fixtures/content/` that the TypeScript types are checked against).
//! Both forms use the same names (snake_case fields, kebab-case values), so
//! a document read by the web app looks like its fixture. Text that people write and merge character by
//! character is [`autosurgeon::Text`]; identifiers, codes and dates are
//! plain strings.
//!
//! Fields follow Open Referral HSDS 3.0 for services (name, description,
//! organization, eligibility, required documents, cost options, languages,
//! locations, schedules as RRULEs, contacts, status) and RFC 5545 for events
//! (start, end, RRULE, EXDATE). No field records anything about a person's
//! residence status.

use std::collections::BTreeMap;

use autosurgeon::{Hydrate, Reconcile, Text};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The version of this model a document was written with.
///
/// Integers are `i64` throughout: Automerge stores them as signed integers,
/// which JavaScript reads as plain numbers (unsigned ones arrive as BigInt).
pub const SCHEMA_VERSION: i64 = 1;

/// Why [`change`] wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum ChangeError {
    #[error("the document does not hydrate: {0}")]
    Hydrate(#[from] autosurgeon::HydrateError),
    #[error("the changed value does not reconcile: {0}")]
    Reconcile(#[from] autosurgeon::ReconcileError),
}

/// Changes the `T` that `doc` holds in one transaction: hydrates it, lets
/// `edit` change it, reconciles it back (lists with a `#[key]` by it), and
/// returns what `edit` returned. On an error nothing is written.
///
/// The value is hydrated from the transaction, not from `doc`. A hydrated
/// [`Text`] remembers the heads it was read at and refuses to reconcile at
/// others, and a transaction's heads are its change's dependencies, which
/// Automerge makes the document's heads plus this actor's own previous
/// change. So a value hydrated from `doc` and reconciled into a transaction
/// is refused as stale whenever this actor has edited before and someone
/// else since (`tests/model_edits.rs`).
///
/// Replace a text whole (`Text::with_value`) rather than with
/// `Text::splice` or `Text::update`: autosurgeon 0.14 records those at byte
/// offsets and Automerge applies them at character offsets, so after a
/// non-ASCII character they land elsewhere or fail ("index out of bounds").
pub fn change<T, R>(doc: &mut automerge::Automerge, edit: impl FnOnce(&mut T) -> R) -> Result<R, ChangeError>
where
    T: Hydrate + Reconcile,
{
    let outcome = doc.transact::<_, _, ChangeError>(|tx| {
        let mut value: T = autosurgeon::hydrate(tx)?;
        let result = edit(&mut value);
        autosurgeon::reconcile(tx, &value)?;
        Ok(result)
    });
    outcome.map(|success| success.result).map_err(|failure| failure.error)
}

/// A city's configuration document.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize, Deserialize, TS)]
pub struct City {
    #[ts(type = "number")]
    pub schema: i64,
    pub slug: String,
    pub name: String,
    /// IANA time zone, e.g. `Europe/Brussels`: events and opening hours are
    /// in this zone.
    pub time_zone: String,
    /// The language items are written in first (BCP 47).
    pub source_language: String,
    /// The language tree; each language's `fallback` is the next one to try.
    pub languages: Vec<CityLanguage>,
    pub categories: Vec<Category>,
    /// Events volunteers publish go live without review.
    pub volunteers_publish: bool,
    /// Sample content, shown as such.
    pub sample: bool,
}

#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize, Deserialize, TS)]
pub struct CityLanguage {
    /// BCP 47 tag.
    #[key]
    pub tag: String,
    /// Where this language's translations come from, and where readers fall
    /// back to when a text is missing; `None` for the source language.
    pub fallback: Option<String>,
    pub direction: Direction,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Reconcile, Hydrate, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[autosurgeon(rename = "ltr")]
    Ltr,
    #[autosurgeon(rename = "rtl")]
    Rtl,
}

#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize, Deserialize, TS)]
pub struct Category {
    /// Stable id, e.g. `legal-and-residence`.
    #[key]
    pub id: String,
    /// An icon name from the app's own icon set (no third-party fonts).
    pub icon: String,
    /// The category's name per language.
    #[ts(type = "Record<string, string>")]
    pub names: BTreeMap<String, String>,
}

/// Who a service or event is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Reconcile, Hydrate, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum TargetGroup {
    #[autosurgeon(rename = "asylum-seekers-and-refugees")]
    AsylumSeekersAndRefugees,
    #[autosurgeon(rename = "temporary-protection")]
    TemporaryProtection,
    #[autosurgeon(rename = "undocumented-residents")]
    UndocumentedResidents,
    #[autosurgeon(rename = "women")]
    Women,
    #[autosurgeon(rename = "unaccompanied-minors")]
    UnaccompaniedMinors,
    #[autosurgeon(rename = "children")]
    Children,
    #[autosurgeon(rename = "students")]
    Students,
    #[autosurgeon(rename = "everyone")]
    Everyone,
}

/// A service of the city's guide (HSDS `service` with its locations,
/// schedules and contacts).
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize, Deserialize, TS)]
pub struct Service {
    #[ts(type = "number")]
    pub schema: i64,
    pub source_language: String,
    /// Bumped by every edit of the source text that is not marked minor;
    /// translations record the revision they were made from.
    #[ts(type = "number")]
    pub source_revision: i64,
    #[serde(with = "text")]
    #[ts(type = "string")]
    pub name: Text,
    #[serde(with = "text")]
    #[ts(type = "string")]
    pub description: Text,
    /// The provider organization's name.
    pub organization: String,
    /// Category ids of the city.
    pub categories: Vec<String>,
    pub target_groups: Vec<TargetGroup>,
    /// "Open to everyone, whatever their residence status."
    pub open_to_all: bool,
    #[serde(with = "text")]
    #[ts(type = "string")]
    pub eligibility: Text,
    #[serde(with = "text")]
    #[ts(type = "string")]
    pub documents_needed: Text,
    pub cost: Cost,
    /// Languages spoken by staff (BCP 47).
    pub languages_spoken: Vec<String>,
    /// Interpretation can be arranged.
    pub interpretation: bool,
    pub locations: Vec<Location>,
    pub schedules: Vec<Schedule>,
    pub contacts: Contacts,
    pub status: ServiceStatus,
    pub last_verified: Option<Verification>,
}

#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize, Deserialize, TS)]
pub struct Cost {
    pub free: bool,
    /// The fee, when not free ("5 € per course, reduced for students").
    #[serde(with = "text")]
    #[ts(type = "string")]
    pub fee: Text,
}

#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize, Deserialize, TS)]
pub struct Location {
    /// Stable within the item; translations address fields through it.
    /// The list is matched by it when reconciled (`#[key]`), so removing one
    /// place deletes that place, not the last one's fields.
    #[key]
    pub id: String,
    pub name: String,
    pub address: Address,
    /// Degrees. Read from an integer too: Automerge's JavaScript API stores
    /// a whole number (a latitude typed as `50`) as an integer, not a float.
    #[autosurgeon(hydrate = "coordinate::hydrate")]
    pub latitude: Option<f64>,
    #[autosurgeon(hydrate = "coordinate::hydrate")]
    pub longitude: Option<f64>,
    #[serde(with = "text")]
    #[ts(type = "string")]
    pub accessibility: Text,
    /// A mobile or outreach service that comes to people.
    pub outreach: bool,
}

#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize, Deserialize, TS)]
pub struct Address {
    pub street: String,
    pub postal_code: String,
    pub locality: String,
    pub region: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
}

/// Opening hours as HSDS schedules: an RRULE of days, the hours open on
/// them, closed days, or "by appointment".
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize, Deserialize, TS)]
pub struct Schedule {
    /// Matched by id when reconciled, like a location's.
    #[key]
    pub id: String,
    /// RFC 5545 recurrence of the days this applies to, e.g.
    /// `FREQ=WEEKLY;BYDAY=MO,TU,WE`.
    pub rrule: String,
    /// Local time in the city's zone, `HH:MM`.
    pub opens_at: String,
    pub closes_at: String,
    /// ISO dates bounding the schedule, if any.
    pub valid_from: Option<String>,
    pub valid_to: Option<String>,
    /// ISO dates when the service is closed (holidays).
    pub closed_dates: Vec<String>,
    pub by_appointment: bool,
    #[serde(with = "text")]
    #[ts(type = "string")]
    pub notes: Text,
}

#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize, Deserialize, TS)]
pub struct Contacts {
    pub phones: Vec<String>,
    pub email: String,
    pub website: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Reconcile, Hydrate, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ServiceStatus {
    #[autosurgeon(rename = "active")]
    Active,
    #[autosurgeon(rename = "temporarily-closed")]
    TemporarilyClosed,
    #[autosurgeon(rename = "closed")]
    Closed,
}

/// When a service was last checked, and by whom (a display name).
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize, Deserialize, TS)]
pub struct Verification {
    /// ISO date.
    pub date: String,
    pub by: String,
}

/// A guide article: rights and procedures, in a tree.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize, Deserialize, TS)]
pub struct Article {
    #[ts(type = "number")]
    pub schema: i64,
    pub source_language: String,
    #[ts(type = "number")]
    pub source_revision: i64,
    #[serde(with = "text")]
    #[ts(type = "string")]
    pub title: Text,
    /// A Markdown subset: paragraphs, headings, lists, emphasis, links.
    #[serde(with = "text")]
    #[ts(type = "string")]
    pub body: Text,
    /// The parent article's document id; `None` at the top of the tree.
    pub parent: Option<String>,
    /// Position among its siblings.
    #[ts(type = "number")]
    pub order: i64,
    /// An ISO date (`YYYY-MM-DD`, inclusive) until which the reader's home
    /// page shows this article as a notice from the city ("Winter plan: 60
    /// extra beds from 1 December"); `None` for a normal article. Documents
    /// written before this field have no such key and read as `None`
    /// (autosurgeon refuses a missing key even for an `Option`, hence
    /// `missing`).
    #[serde(default)]
    #[autosurgeon(missing = "Default::default")]
    #[ts(optional = nullable)]
    pub notice_until: Option<String>,
}

/// An event of the city's calendar.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize, Deserialize, TS)]
pub struct Event {
    #[ts(type = "number")]
    pub schema: i64,
    pub source_language: String,
    #[ts(type = "number")]
    pub source_revision: i64,
    #[serde(with = "text")]
    #[ts(type = "string")]
    pub title: Text,
    #[serde(with = "text")]
    #[ts(type = "string")]
    pub description: Text,
    pub event_type: EventType,
    /// Local date-time in the city's zone, `YYYY-MM-DDTHH:MM`.
    pub start: String,
    pub end: String,
    /// RFC 5545 RRULE value, e.g. `FREQ=WEEKLY;BYDAY=TU`.
    pub rrule: Option<String>,
    /// Cancelled occurrences (EXDATE), as local start date-times.
    pub exdates: Vec<String>,
    pub place: Option<Location>,
    pub online_link: String,
    pub organizer: String,
    pub audience: Vec<TargetGroup>,
    pub languages: Vec<String>,
    pub cost: Cost,
    pub registration_link: String,
    /// Open to long-time residents too (mixed events bring people together).
    pub open_to_residents: bool,
    pub cancelled: bool,
    /// Where an imported event came from, so a second import updates it.
    pub source: Option<ImportSource>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Reconcile, Hydrate, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum EventType {
    #[autosurgeon(rename = "workshop")]
    Workshop,
    #[autosurgeon(rename = "language-cafe")]
    LanguageCafe,
    #[autosurgeon(rename = "festival")]
    Festival,
    #[autosurgeon(rename = "commemoration")]
    Commemoration,
    #[autosurgeon(rename = "job-fair")]
    JobFair,
    #[autosurgeon(rename = "sport")]
    Sport,
    #[autosurgeon(rename = "information-session")]
    InformationSession,
    #[autosurgeon(rename = "other")]
    Other,
}

#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize, Deserialize, TS)]
pub struct ImportSource {
    /// The calendar's URL or name.
    pub calendar: String,
    /// The event's iCalendar UID there.
    pub uid: String,
}

/// One language's text of one item.
#[derive(Debug, Clone, PartialEq, Reconcile, Hydrate, Serialize, Deserialize, TS)]
pub struct Translation {
    #[ts(type = "number")]
    pub schema: i64,
    /// The item's document id.
    pub item: String,
    /// BCP 47 tag.
    pub language: String,
    /// The item's `source_revision` this translation was made from.
    #[ts(type = "number")]
    pub translated_from_revision: i64,
    /// Machine-translated and not yet reviewed by a person.
    pub machine: bool,
    /// Translated text by field path: `name`, `description`, `cost.fee`,
    /// `locations.<id>.accessibility`, `schedules.<id>.notes`, ...
    #[serde(with = "text_map")]
    #[ts(type = "Record<string, string>")]
    pub fields: BTreeMap<String, Text>,
}

/// A coordinate in its Automerge form: a float, an integer (what the web
/// app writes for a whole number), or null.
mod coordinate {
    use automerge::{ObjId, ScalarValue, Value};
    use autosurgeon::{HydrateError, Prop, ReadDoc};

    pub fn hydrate<D: ReadDoc>(doc: &D, obj: &ObjId, prop: Prop<'_>) -> Result<Option<f64>, HydrateError> {
        let expected = "a number or null";
        match doc.get(obj, &prop)? {
            Some((Value::Scalar(value), _)) => match value.as_ref() {
                ScalarValue::Null => Ok(None),
                ScalarValue::F64(f) => Ok(Some(*f)),
                ScalarValue::Int(i) => Ok(Some(*i as f64)),
                ScalarValue::Uint(u) => Ok(Some(*u as f64)),
                other => Err(HydrateError::unexpected(expected, format!("{other:?}"))),
            },
            Some((Value::Object(kind), _)) => Err(HydrateError::unexpected(expected, format!("a {kind:?}"))),
            None => Err(HydrateError::unexpected(expected, "nothing at all".to_string())),
        }
    }
}

/// serde for [`Text`]: a plain JSON string.
pub(crate) mod text {
    use autosurgeon::Text;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(text: &Text, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(text.as_str())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        String::deserialize(deserializer).map(Text::with_value)
    }
}

mod text_map {
    use std::collections::BTreeMap;

    use autosurgeon::Text;
    use serde::ser::SerializeMap;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(map: &BTreeMap<String, Text>, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_map(Some(map.len()))?;
        for (key, text) in map {
            out.serialize_entry(key, text.as_str())?;
        }
        out.end()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<BTreeMap<String, Text>, D::Error> {
        let plain = BTreeMap::<String, String>::deserialize(deserializer)?;
        Ok(plain.into_iter().map(|(key, value)| (key, Text::with_value(value))).collect())
    }
}

#[cfg(test)]
mod tests {
    use automerge::transaction::Transactable;
    use automerge::{AutoCommit, ROOT};

    use super::*;

    fn article() -> Article {
        Article {
            schema: SCHEMA_VERSION,
            source_language: "fr".into(),
            source_revision: 1,
            title: Text::with_value("Plan hiver"),
            body: Text::with_value("60 lits en plus."),
            parent: None,
            order: 1,
            notice_until: Some("2027-03-31".into()),
        }
    }

    /// Articles written before `notice_until` existed (no such key) read as
    /// normal articles, from Automerge and from JSON.
    #[test]
    fn articles_without_notice_until_read_as_normal_articles() {
        let mut doc = AutoCommit::new();
        autosurgeon::reconcile(&mut doc, article()).unwrap();
        let back: Article = autosurgeon::hydrate(&doc).unwrap();
        assert_eq!(back.notice_until.as_deref(), Some("2027-03-31"));
        doc.delete(ROOT, "notice_until").unwrap();
        let old: Article = autosurgeon::hydrate(&doc).unwrap();
        assert_eq!(old, Article { notice_until: None, ..article() });

        let mut json = serde_json::to_value(article()).unwrap();
        json.as_object_mut().unwrap().remove("notice_until");
        let old: Article = serde_json::from_value(json).unwrap();
        assert_eq!(old.notice_until, None);
    }
}
