//! The multivoiced archive, on the server: accounts of arrival by experts
//! by experience, each entry with several voices side by side.
//!
//! A group lives in the city that hosts it (its admins list it); its
//! members may come from any city of the server (an account's group role
//! is held in the group's city, whatever its other roles), and its entries
//! speak about any of the server's cities. Entries, their index and their
//! voices are documents of the group ([`hospes_content::access`]); who
//! else sees a voice is its author's consent ([`consent`]), which only
//! the author changes or withdraws ([`voices`]).
//!
//! - [`consent`]: the table of each voice's consent.
//! - [`publication`]: publishing an entry with its public voices, and
//!   rewriting it when a consent changes.
//! - [`voices`]: what authors do with their voices: see and set consent,
//!   withdraw.
//! - [`erasure`]: a withdrawn voice's stored history erased, and the
//!   sweep that finishes an erasure a crash interrupted.
//! - [`export`]: what a group takes away: manifest, transcripts and
//!   recordings and photos in a zip.

pub mod consent;
pub mod erasure;
pub mod export;
pub mod publication;
pub mod voices;
