//! The read side's storage: what readers see, without accounts and without
//! CRDTs.
//!
//! Publishing pins a version of an item (its heads, and the heads of its
//! translations); [`publish`] renders that version per language of the city
//! (with `hospes_content::reading`) and [`projection`] keeps the rendered
//! objects in SQLite, where the read API serves them from; [`search`]
//! indexes the pinned text for full-text search. Later edits change
//! nothing here until the item is published again.

pub mod projection;
pub mod publish;
pub mod search;
