//! The allow-list of media types: what a client declares (its
//! `Content-Type`) is parsed into one of these or refused, and the bytes
//! must then say the same (their magic numbers), so a page or a script
//! cannot be stored by calling it a picture.

use std::fmt;

/// Sizes are checked while the body arrives. A few minutes of Opus speech
/// from MediaRecorder is well under a megabyte a minute, so 25 MiB holds a
/// long interview; a phone photo is a few megabytes.
pub const AUDIO_MAX_BYTES: usize = 25 * 1024 * 1024;
pub const IMAGE_MAX_BYTES: usize = 10 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MediaType {
    /// Chrome's and Firefox's MediaRecorder: Matroska/WebM with Opus (or Vorbis).
    AudioWebm,
    /// Opus or Vorbis in Ogg (Firefox can record this).
    AudioOgg,
    ImageJpeg,
    ImagePng,
    ImageWebp,
}

impl MediaType {
    pub const ALL: [MediaType; 5] =
        [MediaType::AudioWebm, MediaType::AudioOgg, MediaType::ImageJpeg, MediaType::ImagePng, MediaType::ImageWebp];

    pub fn as_str(self) -> &'static str {
        match self {
            MediaType::AudioWebm => "audio/webm",
            MediaType::AudioOgg => "audio/ogg",
            MediaType::ImageJpeg => "image/jpeg",
            MediaType::ImagePng => "image/png",
            MediaType::ImageWebp => "image/webp",
        }
    }

    /// The declared `Content-Type`, by its essence (`audio/webm;codecs=opus`
    /// is `audio/webm`); `None` for anything not on the list.
    pub fn from_content_type(value: &str) -> Option<MediaType> {
        let essence = value.split(';').next()?.trim();
        MediaType::ALL.into_iter().find(|media_type| essence.eq_ignore_ascii_case(media_type.as_str()))
    }

    /// What the first bytes say the file is; `None` for anything else.
    pub fn sniff(bytes: &[u8]) -> Option<MediaType> {
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(MediaType::ImageJpeg)
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(MediaType::ImagePng)
        } else if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
            Some(MediaType::ImageWebp)
        } else if bytes.starts_with(b"OggS") {
            Some(MediaType::AudioOgg)
        } else if bytes.starts_with(&[0x1A, 0x45, 0xDF, 0xA3]) {
            // EBML; that it is WebM (not another Matroska) is the stripper's to check.
            Some(MediaType::AudioWebm)
        } else {
            None
        }
    }

    /// The file name extension, for exports.
    pub fn extension(self) -> &'static str {
        match self {
            MediaType::AudioWebm => "webm",
            MediaType::AudioOgg => "ogg",
            MediaType::ImageJpeg => "jpg",
            MediaType::ImagePng => "png",
            MediaType::ImageWebp => "webp",
        }
    }

    /// The largest body accepted for this type.
    pub fn max_bytes(self) -> usize {
        if self.is_audio() { AUDIO_MAX_BYTES } else { IMAGE_MAX_BYTES }
    }

    pub fn is_audio(self) -> bool {
        matches!(self, MediaType::AudioWebm | MediaType::AudioOgg)
    }
}

impl fmt::Display for MediaType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_types_are_read_by_their_essence() {
        assert_eq!(MediaType::from_content_type("audio/webm;codecs=opus"), Some(MediaType::AudioWebm));
        assert_eq!(MediaType::from_content_type("Image/PNG"), Some(MediaType::ImagePng));
        assert_eq!(MediaType::from_content_type("image/svg+xml"), None);
        assert_eq!(MediaType::from_content_type("text/html"), None);
        assert_eq!(MediaType::from_content_type("image/pngx"), None);
        assert_eq!(MediaType::from_content_type(""), None);
    }

    #[test]
    fn bytes_are_known_by_their_magic_numbers() {
        assert_eq!(MediaType::sniff(b"\xFF\xD8\xFF\xE0rest"), Some(MediaType::ImageJpeg));
        assert_eq!(MediaType::sniff(b"\x89PNG\r\n\x1a\nrest"), Some(MediaType::ImagePng));
        assert_eq!(MediaType::sniff(b"RIFF\0\0\0\0WEBPVP8 "), Some(MediaType::ImageWebp));
        assert_eq!(MediaType::sniff(b"RIFF\0\0\0\0WAVEfmt "), None);
        assert_eq!(MediaType::sniff(b"OggS\0\x02"), Some(MediaType::AudioOgg));
        assert_eq!(MediaType::sniff(b"\x1A\x45\xDF\xA3\x9F"), Some(MediaType::AudioWebm));
        assert_eq!(MediaType::sniff(b"%PDF-1.7"), None);
        assert_eq!(MediaType::sniff(b"<!doctype html><script>"), None);
        assert_eq!(MediaType::sniff(b""), None);
    }
}
