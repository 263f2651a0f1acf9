//! # hospes-content
//!
//! The domain of hospes: what a city's guide is made of, who may touch
//! which part of it, and what readers get from it. Pure: no sockets, no
//! SQLite, no clock of its own (callers pass `now`), so every rule here is
//! tested with plain values.
//!
//! ## Layout
//!
//! - [`access`]: roles, document classes and the permission matrix between
//!   them (the server supplies who holds which role).
//! - [`archive`]: the multivoiced archive's entries and voices, each
//!   voice's consent (who sees it, how its author is named, withdrawal) and
//!   what readers get of a published entry; [`archive_export`]: what a
//!   group takes away (manifest and transcripts).
//! - [`model`]: the documents (city, service, article, event, translation)
//!   as Rust types that reconcile into and hydrate from Automerge
//!   (autosurgeon) and read and write the shared JSON fixtures (serde).
//! - [`text_fields`]: the one table of each kind's collaborative,
//!   translatable text fields, and the texts an item has.
//! - [`translation_status`]: missing / outdated / up to date / machine,
//!   derived from revisions, as in Integreat.
//! - [`recurrence`]: an event's occurrences in the city's time zone (RRULE,
//!   EXDATE, daylight saving), by the `rrule` crate.
//! - [`opening_hours`]: "open now" / "opens at 14:00" from a service's
//!   schedules.
//! - [`ical`]: RFC 5545 feeds for phone calendars, and imports of partner
//!   calendars (`icalendar` crate).
//! - [`hsds`]: Open Referral HSDS 3.0 tabular packages (CSV + datapackage.json
//!   in a zip), export and all-or-nothing import, translations included.
//! - [`addresses`]: web and e-mail addresses, phone numbers and Markdown
//!   link targets that readers can follow safely (parsed, or refused with a
//!   reason); [`markdown_links`]: the links of a Markdown text;
//!   [`publish_checks`]: every value publishing refuses, named by its field.
//! - [`reading`]: the pure part of the read side: a pinned item rendered
//!   per language, the bundle's calendar, schema.org JSON-LD, and the text
//!   folding search uses.
//!
//! Text that people write is kept in the item's source language in the item
//! document; each other language lives in its own translation document
//! (one per item and language). That split is what lets access control give
//! a translator write access to exactly their languages: samod decides per
//! document, and cannot inspect which field a change touches.

pub mod access;
pub mod addresses;
pub mod archive;
pub mod archive_export;
pub mod hsds;
pub mod ical;
pub mod markdown_links;
pub mod model;
pub mod opening_hours;
pub mod publish_checks;
pub mod reading;
pub mod recurrence;
pub mod text_fields;
pub mod translation_status;
