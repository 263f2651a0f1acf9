//! Recordings and pictures that archive groups upload for their voices.
//!
//! - [`media_type`]: the allow-list of types, each declared by the client
//!   and confirmed by the bytes' magic numbers; the size limit of each.
//! - [`image`], [`webm`], [`ogg`]: each format without its metadata, the
//!   picture or sound itself copied unchanged; what does not parse as its
//!   type is refused.
//! - [`hash`]: a file's name, the SHA-256 of its stripped bytes.
//! - [`upload`]: the bounded way in: a few bodies at a time, each refused
//!   as soon as it crosses its limit, stripping off the async workers.
//! - [`store`]: files under `<data>/media/<2 hex>/<hash>` (written whole
//!   or not at all) and the `media` table (which group holds a file,
//!   whether it is public).

pub mod hash;
pub mod image;
pub mod media_type;
pub mod ogg;
pub mod store;
pub mod upload;
pub mod webm;

#[cfg(test)]
mod tests;

pub use hash::MediaHash;
pub use media_type::MediaType;
pub use store::MediaStore;

/// Bytes that do not parse as the type they claim (and showed by their
/// first bytes); the message says what is wrong, for the person uploading.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Unreadable(pub String);

#[derive(Debug, thiserror::Error)]
pub enum MediaError {
    #[error("a {media_type} file may be at most {limit} bytes")]
    TooLarge { media_type: MediaType, limit: usize },
    #[error("{0}")]
    Unsupported(String),
    #[error(transparent)]
    Unreadable(#[from] Unreadable),
    /// As many uploads as the server takes at once are under way.
    #[error("too many uploads at once")]
    Busy,
    #[error("the upload broke off")]
    BrokenOff,
    #[error("media storage: {0}")]
    Io(#[from] std::io::Error),
    #[error("database: {0}")]
    Database(#[from] rusqlite::Error),
}

/// The metadata-free bytes of `bytes`, read as `media_type`.
pub fn strip(media_type: MediaType, bytes: &[u8]) -> Result<Vec<u8>, Unreadable> {
    match media_type {
        MediaType::ImageJpeg => image::strip_jpeg(bytes),
        MediaType::ImagePng => image::strip_png(bytes),
        MediaType::ImageWebp => image::strip_webp(bytes),
        MediaType::AudioWebm => webm::strip_webm(bytes),
        MediaType::AudioOgg => ogg::strip_ogg(bytes),
    }
}
