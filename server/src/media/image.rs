//! Pictures lose everything but what draws them: EXIF (with GPS and the
//! camera's serial number), XMP, IPTC, comments, thumbnails and text
//! chunks. The compressed pixel data is copied as it came; nothing is
//! decoded or re-encoded (`img-parts` splits the containers).
//!
//! Each format keeps an allow-list of parts, not a deny-list, so a kind of
//! metadata nobody thought of is dropped too.

use img_parts::jpeg::{Jpeg, markers};
use img_parts::png::Png;
use img_parts::riff::RiffChunk;
use img_parts::webp::{CHUNK_ALPH, CHUNK_ANIM, CHUNK_ANMF, CHUNK_ICCP, CHUNK_VP8, CHUNK_VP8L, CHUNK_VP8X, WebP};
use img_parts::{Bytes, ImageEXIF};

use super::Unreadable;

/// JPEG: every APPn segment and comment goes, except the ICC profile
/// (colours) and Adobe's APP14 (how to read the colour components). JFIF's
/// APP0 goes too: it can hold a thumbnail, and decoders do not need it.
pub fn strip_jpeg(bytes: &[u8]) -> Result<Vec<u8>, Unreadable> {
    let mut jpeg = Jpeg::from_bytes(Bytes::copy_from_slice(bytes)).map_err(|error| Unreadable(format!("not a readable JPEG: {error}")))?;
    let segments = jpeg.segments_mut();
    if !segments.iter().any(|segment| segment.marker() == markers::SOS) {
        return Err(Unreadable("not a readable JPEG: it has no image data".into()));
    }
    segments.retain(|segment| keep_jpeg_segment(segment.marker(), segment.contents()));
    // Up to the end of the first scan's header: SOI and the segments kept.
    let first_scan = segments.iter().position(|segment| segment.marker() == markers::SOS).expect("checked above");
    let headers = 2 + segments[..=first_scan].iter().map(|segment| segment.len()).sum::<usize>();
    let encoded = jpeg.encoder().bytes();
    // img-parts keeps everything after the first scan's header as that
    // scan's data; metadata can still be there (between a progressive
    // JPEG's scans, or after the end, where phones append depth maps and
    // second pictures).
    let mut out = encoded[..headers].to_vec();
    out.extend(after_first_scan(&encoded[headers..])?);
    Ok(out)
}

fn keep_jpeg_segment(marker: u8, contents: &[u8]) -> bool {
    match marker {
        markers::APP2 => contents.starts_with(b"ICC_PROFILE\0"),
        markers::APP14 => contents.starts_with(b"Adobe"),
        markers::APP0..=markers::APP15 | markers::COM => false,
        _ => true,
    }
}

/// The bytes after the first SOS header up to and with the end marker,
/// without APPn and comment segments between scans, and nothing after the
/// end. Entropy-coded data has no `FF` but stuffed `FF 00`, restart
/// markers `FF D0`..`FF D7` and fill `FF FF`; any other marker starts a
/// segment with a length, except the end.
fn after_first_scan(data: &[u8]) -> Result<Vec<u8>, Unreadable> {
    let truncated = || Unreadable("not a readable JPEG: it ends before its end marker".into());
    let mut out = Vec::with_capacity(data.len());
    let mut at = 0;
    while at < data.len() {
        let byte = data[at];
        if byte != 0xFF {
            out.push(byte);
            at += 1;
            continue;
        }
        let marker = *data.get(at + 1).ok_or_else(truncated)?;
        match marker {
            0x00 | 0xD0..=0xD7 => {
                out.extend_from_slice(&data[at..at + 2]);
                at += 2;
            }
            // Fill: the next FF is the marker.
            0xFF => at += 1,
            markers::EOI => {
                out.extend_from_slice(&[0xFF, markers::EOI]);
                return Ok(out);
            }
            _ => {
                let length = data.get(at + 2..at + 4).map(|b| usize::from(u16::from_be_bytes([b[0], b[1]]))).ok_or_else(truncated)?;
                if length < 2 {
                    return Err(Unreadable("not a readable JPEG: a segment with a length under 2".into()));
                }
                let end = at + 2 + length;
                let segment = data.get(at..end).ok_or_else(truncated)?;
                if keep_jpeg_segment(marker, &segment[4..]) {
                    out.extend_from_slice(segment);
                }
                at = end;
            }
        }
    }
    Err(truncated())
}

/// PNG: the chunks that draw the picture and its colours, nothing else
/// (`tEXt`, `zTXt`, `iTXt`, `eXIf`, `tIME` and private chunks go).
pub fn strip_png(bytes: &[u8]) -> Result<Vec<u8>, Unreadable> {
    const KEEP: [&[u8; 4]; 18] = [
        b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"cHRM", b"gAMA", b"iCCP", b"sBIT", b"sRGB", b"cICP", b"mDCV", b"cLLI", b"bKGD",
        b"pHYs", b"acTL", b"fcTL", b"fdAT",
    ];
    let mut png = Png::from_bytes(Bytes::copy_from_slice(bytes)).map_err(|error| Unreadable(format!("not a readable PNG: {error}")))?;
    let chunks = png.chunks_mut();
    let well_formed = chunks.first().is_some_and(|chunk| &chunk.kind() == b"IHDR")
        && chunks.last().is_some_and(|chunk| &chunk.kind() == b"IEND")
        && chunks.iter().any(|chunk| &chunk.kind() == b"IDAT");
    if !well_formed {
        return Err(Unreadable("not a readable PNG: it needs IHDR first, image data and IEND last".into()));
    }
    chunks.retain(|chunk| KEEP.contains(&&chunk.kind()));
    Ok(png.encoder().bytes().to_vec())
}

/// WebP: the image (lossy, lossless, alpha, animation frames) and its ICC
/// profile; EXIF, XMP and unknown chunks go, and the VP8X header's flags
/// are set again to what is left.
pub fn strip_webp(bytes: &[u8]) -> Result<Vec<u8>, Unreadable> {
    const KEEP: [[u8; 4]; 7] = [CHUNK_VP8, CHUNK_VP8L, CHUNK_VP8X, CHUNK_ALPH, CHUNK_ANIM, CHUNK_ANMF, CHUNK_ICCP];
    let mut webp = WebP::from_bytes(Bytes::copy_from_slice(bytes)).map_err(|error| Unreadable(format!("not a readable WebP: {error}")))?;
    if !webp.chunks().iter().any(|chunk| matches!(chunk.id(), CHUNK_VP8 | CHUNK_VP8L | CHUNK_ANMF)) {
        return Err(Unreadable("not a readable WebP: it has no image data".into()));
    }
    webp.chunks_mut().retain(|chunk: &RiffChunk| KEEP.contains(&chunk.id()));
    // Setting no EXIF makes img-parts recompute the VP8X flags (EXIF, XMP).
    webp.set_exif(None);
    Ok(webp.encoder().bytes().to_vec())
}
