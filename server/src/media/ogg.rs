//! Ogg (Opus or Vorbis) loses its comment header's contents (title,
//! artist, date, location, encoder: all of it free text); every other
//! packet is written again unchanged, with its page's granule position,
//! by the `ogg` crate (which checks each page's CRC on the way in).
//!
//! One logical stream only: a file with several (chained, or audio beside
//! video or a skeleton) is refused rather than half understood.

use std::io::Cursor;

use ogg::{PacketReader, PacketWriteEndInfo, PacketWriter};

use super::Unreadable;

fn unreadable(why: impl std::fmt::Display) -> Unreadable {
    Unreadable(format!("not a readable Ogg audio file: {why}"))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Opus,
    Vorbis,
}

impl Codec {
    fn of(identification: &[u8]) -> Option<Codec> {
        if identification.starts_with(b"OpusHead") {
            Some(Codec::Opus)
        } else if identification.starts_with(b"\x01vorbis") {
            Some(Codec::Vorbis)
        } else {
            None
        }
    }

    fn is_comment_header(self, packet: &[u8]) -> bool {
        match self {
            Codec::Opus => packet.starts_with(b"OpusTags"),
            Codec::Vorbis => packet.starts_with(b"\x03vorbis"),
        }
    }

    /// A comment header with an empty vendor string and no comments.
    fn empty_comment_header(self) -> Vec<u8> {
        let mut header = match self {
            Codec::Opus => b"OpusTags".to_vec(),
            Codec::Vorbis => b"\x03vorbis".to_vec(),
        };
        header.extend_from_slice(&0u32.to_le_bytes()); // vendor string length
        header.extend_from_slice(&0u32.to_le_bytes()); // number of comments
        if self == Codec::Vorbis {
            header.push(1); // framing bit
        }
        header
    }

    /// Header packets before the audio: identification, comments, and
    /// Vorbis's setup.
    fn headers(self) -> usize {
        match self {
            Codec::Opus => 2,
            Codec::Vorbis => 3,
        }
    }
}

pub fn strip_ogg(data: &[u8]) -> Result<Vec<u8>, Unreadable> {
    let mut reader = PacketReader::new(Cursor::new(data));
    let mut writer = PacketWriter::new(Vec::with_capacity(data.len()));
    let mut codec = None;
    let mut serial = 0;
    let mut index = 0usize;
    while let Some(packet) = reader.read_packet().map_err(unreadable)? {
        let codec = match codec {
            Some(codec) if packet.stream_serial() == serial => codec,
            Some(_) => return Err(unreadable("it holds more than one stream")),
            None => {
                serial = packet.stream_serial();
                *codec.insert(Codec::of(&packet.data).ok_or_else(|| unreadable("its stream is neither Opus nor Vorbis"))?)
            }
        };
        let mut end = if packet.last_in_stream() {
            PacketWriteEndInfo::EndStream
        } else if packet.last_in_page() {
            PacketWriteEndInfo::EndPage
        } else {
            PacketWriteEndInfo::NormalPacket
        };
        let absgp = packet.absgp_page();
        let content = if index == 1 {
            if !codec.is_comment_header(&packet.data) {
                return Err(unreadable("its second packet is not a comment header"));
            }
            // Opus wants its comment header to end a page (RFC 7845, 3).
            if codec == Codec::Opus && end == PacketWriteEndInfo::NormalPacket {
                end = PacketWriteEndInfo::EndPage;
            }
            codec.empty_comment_header()
        } else {
            packet.data
        };
        writer.write_packet(content, serial, end, absgp).map_err(unreadable)?;
        index += 1;
    }
    match codec {
        Some(codec) if index > codec.headers() => Ok(writer.into_inner()),
        _ => Err(unreadable("it ends before its audio")),
    }
}
