//! The pure part of the read side: what readers see, worked out from a
//! pinned version of an item, with no accounts, no CRDTs and no I/O.
//!
//! - [`render`]: a pinned item in one language, each text field saying
//!   which language it actually came from along the city's fallback chain.
//! - [`calendar`]: the pinned services' opening hours and events'
//!   occurrences for the bundle.
//! - [`json_ld`]: schema.org data for an item's page.
//! - [`search_folding`]: the one way indexed text and queries are folded.
//!
//! The server stores the results (projection, search index) and serves them.

pub mod calendar;
pub mod json_ld;
pub mod render;
pub mod search_folding;

/// A published item as the server keeps it: the item and its translations
/// as JSON at their pinned heads.
#[derive(Debug, Clone)]
pub struct PublishedItem {
    pub doc_id: String,
    pub item: String,
    pub translations: String,
    pub published_at: i64,
}
