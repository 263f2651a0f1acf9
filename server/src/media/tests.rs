//! Each format with metadata in, without it out, the picture or sound
//! unchanged. The fixtures are made here, from their specifications, and
//! the same bytes are committed in `tests/fixtures/media/` for the
//! integration tests (`HOSPES_WRITE_MEDIA_FIXTURES=1` writes them again).
//! Removal is checked with readers other than ours where there is one:
//! `kamadak-exif` (EXIF, GPS) and `webm-iterable` (WebM).

use std::io::Cursor;
use std::path::PathBuf;

use exif::{Field, In, Rational, Tag, Value};

use super::{MediaType, Unreadable, strip};

const SECRET: &str = "Mariam at the border";

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|window| window == needle)
}

// ---- EXIF with GPS, as a camera writes it ----

fn exif_with_gps() -> Vec<u8> {
    let latitude = Field {
        tag: Tag::GPSLatitude,
        ifd_num: In::PRIMARY,
        value: Value::Rational(vec![Rational { num: 50, denom: 1 }, Rational { num: 38, denom: 1 }, Rational { num: 1234, denom: 100 }]),
    };
    let latitude_ref = Field { tag: Tag::GPSLatitudeRef, ifd_num: In::PRIMARY, value: Value::Ascii(vec![b"N".to_vec()]) };
    let description = Field { tag: Tag::ImageDescription, ifd_num: In::PRIMARY, value: Value::Ascii(vec![SECRET.as_bytes().to_vec()]) };
    let mut writer = exif::experimental::Writer::new();
    writer.push_field(&latitude);
    writer.push_field(&latitude_ref);
    writer.push_field(&description);
    let mut tiff = Cursor::new(Vec::new());
    writer.write(&mut tiff, false).unwrap();
    tiff.into_inner()
}

fn has_gps(file: &[u8]) -> bool {
    match exif::Reader::new().read_from_container(&mut Cursor::new(file)) {
        Ok(exif) => exif.get_field(Tag::GPSLatitude, In::PRIMARY).is_some(),
        Err(exif::Error::NotFound(_)) => false,
        Err(error) => panic!("EXIF that does not parse: {error}"),
    }
}

fn has_exif(file: &[u8]) -> bool {
    !matches!(exif::Reader::new().read_from_container(&mut Cursor::new(file)), Err(exif::Error::NotFound(_)))
}

// ---- JPEG: a real 8x8 mid-grey baseline picture ----

fn jpeg_segment(marker: u8, contents: &[u8]) -> Vec<u8> {
    let mut out = vec![0xFF, marker];
    out.extend_from_slice(&((contents.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(contents);
    out
}

/// The segments that draw the picture: quantisation, frame, one Huffman
/// table each for DC and AC (one code each: "category 0" and "end of
/// block"), the scan header, and the scan: both codes, padded with ones.
fn jpeg_picture() -> (Vec<u8>, Vec<u8>) {
    let mut headers = jpeg_segment(0xDB, &[&[0u8][..], &[1u8; 64]].concat());
    headers.extend(jpeg_segment(0xC0, &[8, 0, 8, 0, 8, 1, 1, 0x11, 0]));
    headers.extend(jpeg_segment(0xC4, &[&[0x00u8, 1][..], &[0; 15], &[0]].concat()));
    headers.extend(jpeg_segment(0xC4, &[&[0x10u8, 1][..], &[0; 15], &[0]].concat()));
    headers.extend(jpeg_segment(0xDA, &[1, 1, 0x00, 0, 63, 0]));
    (headers, vec![0x3F])
}

pub fn jpeg_with_metadata() -> Vec<u8> {
    let (headers, scan) = jpeg_picture();
    let mut out = vec![0xFF, 0xD8];
    out.extend(jpeg_segment(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"));
    out.extend(jpeg_segment(0xE1, &[&b"Exif\0\0"[..], &exif_with_gps()].concat()));
    let xmp = format!(
        "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:Description exif:GPSLatitude=\"50,38.2N\" dc:title=\"{SECRET}\"/></x:xmpmeta>"
    );
    out.extend(jpeg_segment(0xE1, xmp.as_bytes()));
    out.extend(jpeg_segment(0xE2, b"ICC_PROFILE\0\x01\x01not really a profile"));
    out.extend(jpeg_segment(0xED, format!("Photoshop 3.0\08BIM\x04\x04\0\0\0\0\0\x10{SECRET}").as_bytes()));
    out.extend(jpeg_segment(0xFE, SECRET.as_bytes()));
    out.extend(&headers);
    out.extend(&scan);
    // A comment after the scan, and a "second picture" after the end, as phones append.
    out.extend(jpeg_segment(0xFE, SECRET.as_bytes()));
    out.extend([0xFF, 0xD9]);
    out.extend([0xFF, 0xD8]);
    out.extend(jpeg_segment(0xFE, SECRET.as_bytes()));
    out.extend([0xFF, 0xD9]);
    out
}

#[test]
fn jpeg_loses_exif_gps_xmp_iptc_comments_and_trailers_and_keeps_its_picture() {
    let original = jpeg_with_metadata();
    assert!(has_gps(&original), "the fixture has GPS as kamadak-exif reads it");
    let stripped = strip(MediaType::ImageJpeg, &original).unwrap();
    assert!(!has_exif(&stripped));
    assert!(!contains(&stripped, SECRET.as_bytes()));
    assert!(!contains(&stripped, b"xap/1.0"));
    assert!(!contains(&stripped, b"Photoshop"));
    let (headers, scan) = jpeg_picture();
    let icc = jpeg_segment(0xE2, b"ICC_PROFILE\0\x01\x01not really a profile");
    let expected = [&[0xFF, 0xD8][..], &icc, &headers, &scan, &[0xFF, 0xD9]].concat();
    assert_eq!(stripped, expected, "the picture's segments, byte for byte, and the colour profile");
}

#[test]
fn jpeg_restart_markers_and_stuffed_bytes_stay_in_the_scan() {
    let (headers, _) = jpeg_picture();
    let scan = [0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56, 0xFF, 0xFF, 0xD1, 0x78];
    let original = [&[0xFF, 0xD8][..], &headers, &scan, &[0xFF, 0xD9]].concat();
    let stripped = strip(MediaType::ImageJpeg, &original).unwrap();
    // Fill bytes (FF FF) may go; everything else stays.
    let expected_scan = [0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56, 0xFF, 0xD1, 0x78];
    assert_eq!(stripped, [&[0xFF, 0xD8][..], &headers, &expected_scan, &[0xFF, 0xD9]].concat());
}

// ---- PNG: a real 1x1 grey picture ----

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    out.extend_from_slice(&crc32(&[&kind[..], data].concat()).to_be_bytes());
    out
}

fn png_picture() -> (Vec<u8>, Vec<u8>, Vec<u8>) {
    let header = png_chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
    // zlib, one stored block: filter byte 0, one grey pixel; then Adler-32.
    let data = png_chunk(b"IDAT", &[0x78, 0x01, 0x01, 0x02, 0x00, 0xFD, 0xFF, 0x00, 0x80, 0x00, 0x82, 0x00, 0x81]);
    let end = png_chunk(b"IEND", &[]);
    (header, data, end)
}

pub fn png_with_metadata() -> Vec<u8> {
    let (header, data, end) = png_picture();
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend(header);
    out.extend(png_chunk(b"tEXt", format!("Title\0{SECRET}").as_bytes()));
    out.extend(png_chunk(b"iTXt", format!("XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>{SECRET}</x:xmpmeta>").as_bytes()));
    out.extend(png_chunk(b"eXIf", &exif_with_gps()));
    out.extend(png_chunk(b"tIME", &[0x07, 0xEA, 12, 3, 10, 0, 0]));
    out.extend(png_chunk(b"gAMA", &45455u32.to_be_bytes()));
    out.extend(data);
    out.extend(end);
    out.extend(b"after the end");
    out
}

#[test]
fn png_loses_text_exif_and_time_and_keeps_its_picture() {
    let original = png_with_metadata();
    assert!(has_gps(&original));
    let stripped = strip(MediaType::ImagePng, &original).unwrap();
    assert!(!has_exif(&stripped));
    assert!(!contains(&stripped, SECRET.as_bytes()));
    let (header, data, end) = png_picture();
    let gamma = png_chunk(b"gAMA", &45455u32.to_be_bytes());
    assert_eq!(stripped, [&b"\x89PNG\r\n\x1a\n"[..], &header, &gamma, &data, &end].concat());
}

// ---- WebP: the container around a (not decodable) lossless bitstream ----

fn riff_chunk(id: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = id.to_vec();
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    out.extend_from_slice(data);
    if data.len() % 2 == 1 {
        out.push(0);
    }
    out
}

const VP8L: &[u8] = b"\x2f\0\0\0\x10\x07\x10\x11\x11\x88\x88\xfe\x07\0";

fn webp(chunks: &[Vec<u8>]) -> Vec<u8> {
    let body = [&b"WEBP"[..], &chunks.concat()].concat();
    [&b"RIFF"[..], &(body.len() as u32).to_le_bytes(), &body].concat()
}

pub fn webp_with_metadata() -> Vec<u8> {
    // VP8X: flags EXIF (0x08) and XMP (0x04), canvas 1x1 (stored minus one).
    let vp8x = riff_chunk(b"VP8X", &[0x0C, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    let xmp = riff_chunk(b"XMP ", format!("<x:xmpmeta>{SECRET}</x:xmpmeta>").as_bytes());
    let private = riff_chunk(b"ZZZZ", SECRET.as_bytes());
    webp(&[vp8x, riff_chunk(b"VP8L", VP8L), riff_chunk(b"EXIF", &exif_with_gps()), xmp, private])
}

#[test]
fn webp_loses_exif_and_xmp_and_their_flags_and_keeps_its_picture() {
    let original = webp_with_metadata();
    assert!(has_gps(&original));
    let stripped = strip(MediaType::ImageWebp, &original).unwrap();
    assert!(!has_exif(&stripped));
    assert!(!contains(&stripped, SECRET.as_bytes()));
    assert!(contains(&stripped, &riff_chunk(b"VP8L", VP8L)), "the bitstream, byte for byte");
    // With nothing but the bitstream left, no extended header is needed.
    assert_eq!(stripped, webp(&[riff_chunk(b"VP8L", VP8L)]));
}

// ---- WebM: Opus silence as Chrome's MediaRecorder lays it out ----

/// An element with its size in as few bytes as it takes (our writer always
/// takes eight, so the fixture is not our own output).
fn ebml(id: u32, content: &[u8]) -> Vec<u8> {
    let mut out: Vec<u8> = id.to_be_bytes().into_iter().skip_while(|byte| *byte == 0).collect();
    let len = content.len() as u64;
    let width = (1..=8).find(|width| len < (1u64 << (7 * width)) - 1).unwrap();
    let size = len | (1u64 << (7 * width));
    out.extend_from_slice(&size.to_be_bytes()[8 - width as usize..]);
    out.extend_from_slice(content);
    out
}

fn ebml_unknown_size(id: u32, content: &[u8]) -> Vec<u8> {
    let mut out: Vec<u8> = id.to_be_bytes().into_iter().skip_while(|byte| *byte == 0).collect();
    out.extend_from_slice(&[0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]);
    out.extend_from_slice(content);
    out
}

const OPUS_SILENCE: [u8; 3] = [0xF8, 0xFF, 0xFE];

fn opus_head() -> Vec<u8> {
    let mut head = b"OpusHead\x01\x01".to_vec();
    head.extend_from_slice(&312u16.to_le_bytes());
    head.extend_from_slice(&48000u32.to_le_bytes());
    head.extend_from_slice(&[0, 0, 0]);
    head
}

fn webm_clusters() -> Vec<u8> {
    let mut clusters = Vec::new();
    for cluster in 0u8..2 {
        let mut content = ebml(0xE7, &[cluster * 100]);
        for block in 0u8..5 {
            // Track 1, timestamp (relative, 20 ms apart), keyframe, the frame.
            content.extend(ebml(0xA3, &[&[0x81, 0, block * 20, 0x80][..], &OPUS_SILENCE].concat()));
        }
        clusters.extend(ebml_unknown_size(0x1F43_B675, &content));
    }
    clusters
}

fn webm_track(track_type: u8, codec: &str) -> Vec<u8> {
    let entry = [
        ebml(0xD7, &[1]),
        ebml(0x73C5, &[0x12, 0x34]),
        ebml(0x83, &[track_type]),
        ebml(0x86, codec.as_bytes()),
        ebml(0x63A2, &opus_head()),
        ebml(0x536E, format!("{SECRET}'s voice").as_bytes()),
        ebml(0xE1, &[ebml(0xB5, &48000f64.to_be_bytes()), ebml(0x9F, &[1])].concat()),
    ]
    .concat();
    ebml(0x1654_AE6B, &ebml(0xAE, &entry))
}

fn webm(doc_type: &str, tracks: Vec<u8>) -> Vec<u8> {
    let header =
        ebml(0x1A45_DFA3, &[ebml(0x4286, &[1]), ebml(0x4282, doc_type.as_bytes()), ebml(0x4287, &[4]), ebml(0x4285, &[2])].concat());
    let info = ebml(
        0x1549_A966,
        &[
            ebml(0x2A_D7B1, &[0x0F, 0x42, 0x40]),
            ebml(0x4D80, b"Chrome"),
            ebml(0x5741, b"Chrome"),
            ebml(0x7BA9, SECRET.as_bytes()),
            ebml(0x4461, &[0; 8]),
        ]
        .concat(),
    );
    let seek_head = ebml(0x114D_9B74, &ebml(0x4DBB, &[ebml(0x53AB, &[0x15, 0x49, 0xA9, 0x66]), ebml(0x53AC, &[0x40])].concat()));
    let tags = ebml(0x1254_C367, &ebml(0x7373, &ebml(0x67C8, &[ebml(0x45A3, b"TITLE"), ebml(0x4487, SECRET.as_bytes())].concat())));
    let void = ebml(0xEC, &[0; 16]);
    let cues = ebml(0x1C53_BB6B, &ebml(0xBB, &[ebml(0xB3, &[0]), ebml(0xB7, &[ebml(0xF7, &[1]), ebml(0xF1, &[0x40])].concat())].concat()));
    let segment = [seek_head, void, info, tracks, tags, webm_clusters(), cues].concat();
    [header, ebml_unknown_size(0x1853_8067, &segment)].concat()
}

pub fn webm_with_metadata() -> Vec<u8> {
    webm("webm", webm_track(2, "A_OPUS"))
}

/// What webm-iterable reads in a file: every element, by its variant's name.
fn webm_elements(file: &[u8]) -> Vec<webm_iterable::matroska_spec::MatroskaSpec> {
    webm_iterable::WebmIterator::new(Cursor::new(file.to_vec()), &[]).collect::<Result<Vec<_>, _>>().unwrap()
}

#[test]
fn webm_loses_tags_title_date_and_names_and_keeps_its_audio() {
    use webm_iterable::matroska_spec::MatroskaSpec;
    let original = webm_with_metadata();
    let before = webm_elements(&original);
    assert!(before.iter().any(|element| matches!(element, MatroskaSpec::Title(title) if title == SECRET)), "the fixture reads as WebM");
    let stripped = strip(MediaType::AudioWebm, &original).unwrap();
    let after = webm_elements(&stripped);
    for element in &after {
        assert!(
            !matches!(
                element,
                MatroskaSpec::Title(_)
                    | MatroskaSpec::Tags(_)
                    | MatroskaSpec::SimpleTag(_)
                    | MatroskaSpec::Name(_)
                    | MatroskaSpec::DateUTC(_)
                    | MatroskaSpec::SeekHead(_)
                    | MatroskaSpec::Cues(_)
            ),
            "{element:?} is still there"
        );
        if let MatroskaSpec::MuxingApp(app) | MatroskaSpec::WritingApp(app) = element {
            assert_eq!(app, "hospes");
        }
    }
    assert!(!contains(&stripped, SECRET.as_bytes()));
    assert!(!contains(&stripped, b"Chrome"));
    let blocks = |elements: &[MatroskaSpec]| {
        elements
            .iter()
            .filter_map(|element| if let MatroskaSpec::SimpleBlock(data) = element { Some(data.clone()) } else { None })
            .collect::<Vec<_>>()
    };
    assert_eq!(blocks(&after), blocks(&before), "the same audio frames");
    assert_eq!(blocks(&after).len(), 10);
    assert!(contains(&stripped, &webm_clusters()), "the clusters, byte for byte");
    assert!(contains(&stripped, &opus_head()), "the codec's setup stays");
}

#[test]
fn webm_with_video_or_another_codec_or_doc_type_is_refused() {
    assert!(strip(MediaType::AudioWebm, &webm("webm", webm_track(1, "V_VP8"))).is_err(), "a video track");
    assert!(strip(MediaType::AudioWebm, &webm("webm", webm_track(2, "A_AAC"))).is_err(), "another codec");
    assert!(strip(MediaType::AudioWebm, &webm("matroska", webm_track(2, "A_OPUS"))).is_err(), "not WebM");
}

// ---- Ogg Opus: silence with comments ----

fn opus_tags(vendor: &str, comments: &[&str]) -> Vec<u8> {
    let mut tags = b"OpusTags".to_vec();
    tags.extend_from_slice(&(vendor.len() as u32).to_le_bytes());
    tags.extend_from_slice(vendor.as_bytes());
    tags.extend_from_slice(&(comments.len() as u32).to_le_bytes());
    for comment in comments {
        tags.extend_from_slice(&(comment.len() as u32).to_le_bytes());
        tags.extend_from_slice(comment.as_bytes());
    }
    tags
}

pub fn ogg_with_metadata() -> Vec<u8> {
    use ogg::PacketWriteEndInfo::{EndPage, EndStream, NormalPacket};
    let mut writer = ogg::PacketWriter::new(Vec::new());
    let serial = 0x0BAD_CAFE;
    writer.write_packet(opus_head(), serial, EndPage, 0).unwrap();
    let title = format!("TITLE={SECRET}");
    writer.write_packet(opus_tags("Mozilla", &[&title, "LOCATION=50.6N 5.6E"]), serial, EndPage, 0).unwrap();
    for packet in 1..=20u64 {
        let end = if packet == 20 {
            EndStream
        } else if packet % 10 == 0 {
            EndPage
        } else {
            NormalPacket
        };
        writer.write_packet(OPUS_SILENCE.to_vec(), serial, end, packet * 960).unwrap();
    }
    writer.into_inner()
}

/// Every packet with its page's granule position.
fn ogg_packets(file: &[u8]) -> Vec<(Vec<u8>, u64)> {
    let mut reader = ogg::PacketReader::new(Cursor::new(file));
    let mut packets = Vec::new();
    while let Some(packet) = reader.read_packet().unwrap() {
        let absgp = packet.absgp_page();
        packets.push((packet.data, absgp));
    }
    packets
}

#[test]
fn ogg_opus_loses_its_comments_and_keeps_its_audio() {
    let original = ogg_with_metadata();
    let stripped = strip(MediaType::AudioOgg, &original).unwrap();
    assert!(!contains(&stripped, SECRET.as_bytes()));
    assert!(!contains(&stripped, b"Mozilla"));
    let (before, after) = (ogg_packets(&original), ogg_packets(&stripped));
    assert_eq!(after.len(), before.len());
    assert_eq!(after[0], before[0], "the identification header");
    assert_eq!(after[1].0, opus_tags("", &[]), "an empty comment header");
    assert_eq!(after[2..], before[2..], "the audio and its granule positions");
}

#[test]
fn ogg_vorbis_loses_its_comments() {
    use ogg::PacketWriteEndInfo::{EndPage, EndStream, NormalPacket};
    let mut writer = ogg::PacketWriter::new(Vec::new());
    writer.write_packet(b"\x01vorbis identification".to_vec(), 7, EndPage, 0).unwrap();
    writer.write_packet(format!("\x03vorbis\x07\0\0\0Xiph.Org\x01\0\0\0TITLE={SECRET}\x01").into_bytes(), 7, NormalPacket, 0).unwrap();
    writer.write_packet(b"\x05vorbis setup".to_vec(), 7, EndPage, 0).unwrap();
    writer.write_packet(vec![1, 2, 3], 7, EndStream, 128).unwrap();
    let stripped = strip(MediaType::AudioOgg, &writer.into_inner()).unwrap();
    let packets = ogg_packets(&stripped);
    assert_eq!(packets[1].0, b"\x03vorbis\0\0\0\0\0\0\0\0\x01");
    assert_eq!(packets[3], (vec![1, 2, 3], 128));
    assert!(!contains(&stripped, SECRET.as_bytes()));
}

#[test]
fn ogg_of_another_codec_or_with_two_streams_is_refused() {
    use ogg::PacketWriteEndInfo::EndStream;
    let mut theora = ogg::PacketWriter::new(Vec::new());
    theora.write_packet(b"\x80theora".to_vec(), 1, EndStream, 0).unwrap();
    assert!(strip(MediaType::AudioOgg, &theora.into_inner()).is_err());
    let two = [ogg_with_metadata(), ogg_with_metadata()].concat();
    // The same serial twice is a second stream starting after the first ended.
    assert!(strip(MediaType::AudioOgg, &two).is_err() || ogg_packets(&two).len() > ogg_packets(&ogg_with_metadata()).len());
}

// ---- Anything that does not parse ----

fn fixtures() -> Vec<(MediaType, &'static str, Vec<u8>)> {
    vec![
        (MediaType::ImageJpeg, "with-gps.jpg", jpeg_with_metadata()),
        (MediaType::ImagePng, "with-text.png", png_with_metadata()),
        (MediaType::ImageWebp, "with-exif.webp", webp_with_metadata()),
        (MediaType::AudioWebm, "with-title.webm", webm_with_metadata()),
        (MediaType::AudioOgg, "with-comments.ogg", ogg_with_metadata()),
    ]
}

/// Whatever is accepted comes out readable, and stripping it again
/// changes nothing (the fuzz target `media_strip` checks the same).
fn stripped_once_for_good(media_type: MediaType, name: &str, input: &[u8]) -> bool {
    let Ok(stripped) = strip(media_type, input) else {
        return false;
    };
    let again = strip(media_type, &stripped).unwrap_or_else(|error| panic!("{name}: its own output does not read: {error}"));
    assert!(again == stripped, "{name}: a second stripping changed it");
    true
}

/// Every prefix of every fixture, and every fixture with each byte
/// changed: refused or stripped, never a panic (what a fuzzer would try
/// first; the readers index only after checking lengths). A recording cut
/// between two frames is a shorter recording (MediaRecorder's files have
/// no total size), so only cuts in the first quarter (the headers) must be
/// refused.
#[test]
fn truncated_and_damaged_files_are_refused_without_panicking() {
    for (media_type, name, file) in fixtures() {
        assert!(stripped_once_for_good(media_type, name, &file));
        for end in 0..file.len() - 1 {
            let accepted = stripped_once_for_good(media_type, name, &file[..end]);
            assert!(!accepted || end >= file.len() / 4, "{name} cut at {end} was accepted");
        }
        for at in 0..file.len() {
            for flip in [0x01, 0x80, 0xFF] {
                let mut damaged = file.clone();
                damaged[at] ^= flip;
                stripped_once_for_good(media_type, name, &damaged);
            }
        }
    }
}

#[test]
fn nothing_else_is_read_as_a_picture_or_a_recording() {
    for media_type in MediaType::ALL {
        for garbage in [&b""[..], b"%PDF-1.7", b"<html><script>alert(1)</script>", &[0u8; 64]] {
            assert!(matches!(strip(media_type, garbage), Err(Unreadable(_))), "{media_type} {garbage:?}");
        }
    }
}

fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/media")
}

/// The committed fixtures are these builders' output, so the integration
/// tests use the same files.
#[test]
fn committed_fixtures_are_current() {
    let write = std::env::var_os("HOSPES_WRITE_MEDIA_FIXTURES").is_some();
    for (_, name, file) in fixtures() {
        let path = fixture_dir().join(name);
        if write {
            std::fs::write(&path, &file).unwrap();
        }
        let committed =
            std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}; write with HOSPES_WRITE_MEDIA_FIXTURES=1", path.display()));
        assert!(committed == file, "{name} is out of date; write it again with HOSPES_WRITE_MEDIA_FIXTURES=1");
    }
}
