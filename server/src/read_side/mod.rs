//! The read side: what readers see, without accounts and without CRDTs.
//!
//! Publishing pins a version of an item (its heads, and the heads of its
//! translations); [`render`] turns that version into one plain JSON object
//! per language of the city, each text field saying which language it
//! actually came from along the city's fallback chain; [`projection`] keeps
//! those objects in SQLite, where the read API serves them from; [`search`]
//! indexes the pinned text for full-text search; [`calendar`] works out
//! the pinned services' opening hours and events' occurrences for the
//! bundle. Later edits change nothing here until the item is published
//! again.

pub mod calendar;
pub mod json_ld;
pub mod projection;
pub mod publish;
pub mod render;
pub mod search;
