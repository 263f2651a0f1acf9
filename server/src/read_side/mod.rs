//! The read side's storage: what readers see, without accounts and without
//! CRDTs.
//!
//! [`crate::publishing`] renders a pinned version per language of the city
//! (with `hospes_content::reading`); [`projection`] keeps the rendered
//! objects in SQLite, where the read API serves them from; [`search`]
//! indexes the pinned text for full-text search. Later edits change
//! nothing here until the item is published again.

pub mod projection;
pub mod search;
