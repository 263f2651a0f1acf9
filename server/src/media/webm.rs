//! WebM (Matroska's EBML) loses its tags, title, chapters, attachments,
//! recording date, segment ids and the names of its tracks and of the
//! programs that wrote it; its clusters (the audio) are copied byte for
//! byte.
//!
//! Hand-written rather than `webm-iterable`: that crate decodes every
//! element into an enum and writes each again, sizes and all; here only
//! the three elements we change are read (the EBML header's DocType,
//! Info, Tracks) and everything else is a byte range kept or dropped, so
//! what is not metadata is the input's own bytes. The reader is a loop
//! over a slice with every length checked against what is left, at a
//! fixed depth (no recursion on the input), so any byte string is safe
//! to give it and costs time linear in its length.
//!
//! What is kept is an allow-list: in the segment only Info, Tracks and
//! Clusters; in Info the timestamp scale and duration (and "hospes" as
//! the muxing and writing application, which Matroska requires). SeekHead
//! and Cues go because they hold byte positions that change here;
//! players find their way without them, as they do in a live recording
//! (MediaRecorder writes neither).

use super::Unreadable;

const EBML: u32 = 0x1A45_DFA3;
const DOC_TYPE: u32 = 0x4282;
const SEGMENT: u32 = 0x1853_8067;
const SEEK_HEAD: u32 = 0x114D_9B74;
const INFO: u32 = 0x1549_A966;
const TRACKS: u32 = 0x1654_AE6B;
const CLUSTER: u32 = 0x1F43_B675;
const CUES: u32 = 0x1C53_BB6B;
const CHAPTERS: u32 = 0x1043_A770;
const ATTACHMENTS: u32 = 0x1941_A469;
const TAGS: u32 = 0x1254_C367;
const TIMESTAMP_SCALE: u32 = 0x2A_D7B1;
const DURATION: u32 = 0x4489;
const MUXING_APP: u32 = 0x4D80;
const WRITING_APP: u32 = 0x5741;
const TRACK_ENTRY: u32 = 0xAE;
const TRACK_TYPE: u32 = 0x83;
const CODEC_ID: u32 = 0x86;
/// A track's name, its codec's name, settings and links: free text.
const TRACK_TEXT: [u32; 5] = [0x536E, 0x25_8688, 0x3A_9697, 0x3B_4040, 0x26_B240];
const AUDIO_TRACK: u64 = 2;
const AUDIO_CODECS: [&[u8]; 2] = [b"A_OPUS", b"A_VORBIS"];
/// What may follow a cluster of unknown size, and so ends it.
const SEGMENT_CHILDREN: [u32; 8] = [SEEK_HEAD, INFO, TRACKS, CLUSTER, CUES, CHAPTERS, ATTACHMENTS, TAGS];

fn unreadable(why: &str) -> Unreadable {
    Unreadable(format!("not a readable WebM audio file: {why}"))
}

/// An element's head: its id (with the length marker, as the specification
/// writes ids), its size (`None`: unknown, "until the parent ends") and
/// how many bytes the head takes.
struct Head {
    id: u32,
    size: Option<usize>,
    len: usize,
}

/// A variable-length integer at `at`: its value without the length marker,
/// its length, and whether all its value bits are set.
fn vint(data: &[u8], at: usize, max_len: u32) -> Result<(u64, usize, bool), Unreadable> {
    let first = *data.get(at).ok_or_else(|| unreadable("it ends inside an element"))?;
    let len = first.leading_zeros() + 1;
    if len > max_len {
        return Err(unreadable("an element id or size is too long"));
    }
    let len = len as usize;
    let bytes = data.get(at..at + len).ok_or_else(|| unreadable("it ends inside an element"))?;
    let mut value = u64::from(first) & (0xFF >> len);
    for byte in &bytes[1..] {
        value = value << 8 | u64::from(*byte);
    }
    let all_ones = value == (1u64 << (7 * len)) - 1;
    Ok((value, len, all_ones))
}

fn head(data: &[u8], at: usize) -> Result<Head, Unreadable> {
    let (_, id_len, _) = vint(data, at, 4)?;
    let id = data[at..at + id_len].iter().fold(0u32, |id, byte| id << 8 | u32::from(*byte));
    let (size, size_len, unknown) = vint(data, at + id_len, 8)?;
    let size = if unknown { None } else { Some(usize::try_from(size).map_err(|_| unreadable("an element is too large"))?) };
    Ok(Head { id, size, len: id_len + size_len })
}

/// The element at `at` whose size must be known, and where it ends.
fn known(data: &[u8], at: usize, limit: usize) -> Result<(Head, usize), Unreadable> {
    let head = head(data, at)?;
    let size = head.size.ok_or_else(|| unreadable("an element of unknown size where one must be known"))?;
    let end = (at + head.len).checked_add(size).filter(|end| *end <= limit).ok_or_else(|| unreadable("an element runs past its parent"))?;
    Ok((head, end))
}

/// A child of a master element: its id, its bytes whole, and its content.
struct Child<'a> {
    id: u32,
    whole: &'a [u8],
    content: &'a [u8],
}

/// The children of a master element's content (all of known size).
fn children(content: &[u8]) -> Result<Vec<Child<'_>>, Unreadable> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < content.len() {
        let (head, end) = known(content, at, content.len())?;
        out.push(Child { id: head.id, whole: &content[at..end], content: &content[at + head.len..end] });
        at = end;
    }
    Ok(out)
}

fn unsigned(content: &[u8]) -> Option<u64> {
    (content.len() <= 8).then(|| content.iter().fold(0u64, |value, byte| value << 8 | u64::from(*byte)))
}

/// Writes an element: id, an 8-byte size, content.
fn element(out: &mut Vec<u8>, id: u32, content: &[u8]) {
    let id_bytes = id.to_be_bytes();
    let skip = id_bytes.iter().take_while(|byte| **byte == 0).count();
    out.extend_from_slice(&id_bytes[skip..]);
    let mut size = (content.len() as u64).to_be_bytes();
    size[0] = 0x01;
    out.extend_from_slice(&size);
    out.extend_from_slice(content);
}

/// Where a cluster of unknown size ends: at the next element that cannot
/// be inside a cluster, or at `limit`.
fn unknown_cluster_end(data: &[u8], from: usize, limit: usize) -> Result<usize, Unreadable> {
    let mut at = from;
    while at < limit {
        let next = head(data, at)?;
        if SEGMENT_CHILDREN.contains(&next.id) || next.id == EBML || next.id == SEGMENT {
            return Ok(at);
        }
        at = known(data, at, limit)?.1;
    }
    Ok(limit)
}

pub fn strip_webm(data: &[u8]) -> Result<Vec<u8>, Unreadable> {
    let (ebml, ebml_end) = known(data, 0, data.len())?;
    if ebml.id != EBML {
        return Err(unreadable("it does not start with an EBML header"));
    }
    let is_webm = children(&data[ebml.len..ebml_end])?.iter().any(|child| child.id == DOC_TYPE && child.content == b"webm");
    if !is_webm {
        return Err(unreadable("its document type is not webm"));
    }
    let segment = head(data, ebml_end)?;
    if segment.id != SEGMENT {
        return Err(unreadable("no segment after the EBML header"));
    }
    let segment_start = ebml_end + segment.len;
    let segment_end = match segment.size {
        Some(size) => segment_start.checked_add(size).filter(|end| *end == data.len()),
        None => Some(data.len()),
    }
    .ok_or_else(|| unreadable("its segment does not end where the file does"))?;

    let mut body = Vec::with_capacity(data.len());
    let (mut has_info, mut has_tracks) = (false, false);
    let mut at = segment_start;
    while at < segment_end {
        let next = head(data, at)?;
        let end = match (next.size, next.id) {
            (None, CLUSTER) => unknown_cluster_end(data, at + next.len, segment_end)?,
            _ => known(data, at, segment_end)?.1,
        };
        let content = &data[at + next.len..end];
        match next.id {
            INFO if !has_info => {
                element(&mut body, INFO, &info(content)?);
                has_info = true;
            }
            TRACKS if !has_tracks => {
                element(&mut body, TRACKS, &tracks(content)?);
                has_tracks = true;
            }
            INFO | TRACKS => return Err(unreadable("it has two Info or Tracks elements")),
            CLUSTER if has_tracks => body.extend_from_slice(&data[at..end]),
            CLUSTER => return Err(unreadable("audio before its tracks")),
            // SeekHead, Cues, Tags, Chapters, Attachments, Void, CRC-32, anything else.
            _ => {}
        }
        at = end;
    }
    if !(has_info && has_tracks) {
        return Err(unreadable("it has no Info or no Tracks"));
    }
    let mut out = Vec::with_capacity(ebml_end + body.len() + 12);
    out.extend_from_slice(&data[..ebml_end]);
    element(&mut out, SEGMENT, &body);
    Ok(out)
}

fn info(content: &[u8]) -> Result<Vec<u8>, Unreadable> {
    let mut out = Vec::new();
    for child in children(content)? {
        if child.id == TIMESTAMP_SCALE || child.id == DURATION {
            out.extend_from_slice(child.whole);
        }
    }
    element(&mut out, MUXING_APP, b"hospes");
    element(&mut out, WRITING_APP, b"hospes");
    Ok(out)
}

fn tracks(content: &[u8]) -> Result<Vec<u8>, Unreadable> {
    let mut out = Vec::new();
    for child in children(content)? {
        if child.id == TRACK_ENTRY {
            element(&mut out, TRACK_ENTRY, &track_entry(child.content)?);
        }
    }
    if out.is_empty() {
        return Err(unreadable("it has no tracks"));
    }
    Ok(out)
}

/// A track, which must be Opus or Vorbis audio, without its free texts.
fn track_entry(content: &[u8]) -> Result<Vec<u8>, Unreadable> {
    let mut out = Vec::new();
    let (mut audio, mut codec) = (false, false);
    for child in children(content)? {
        match child.id {
            TRACK_TYPE if unsigned(child.content) == Some(AUDIO_TRACK) => audio = true,
            TRACK_TYPE => return Err(unreadable("it has a track that is not audio")),
            CODEC_ID if AUDIO_CODECS.contains(&child.content) => codec = true,
            CODEC_ID => return Err(unreadable("its audio is neither Opus nor Vorbis")),
            id if TRACK_TEXT.contains(&id) => continue,
            _ => {}
        }
        out.extend_from_slice(child.whole);
    }
    if !(audio && codec) {
        return Err(unreadable("a track without its type or codec"));
    }
    Ok(out)
}
