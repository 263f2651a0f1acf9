//! Metadata stripping (`hospes::media::strip`) on arbitrary bytes, as each
//! of the allowed types (the WebM reader is hand-written; the others wrap
//! `img-parts` and `ogg`).
//!
//! Besides "never panics": what is accepted comes out as its type, reads
//! again, and a second stripping changes nothing.

#![no_main]

use hospes::media::{self, MediaType};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    for media_type in MediaType::ALL {
        let Ok(stripped) = media::strip(media_type, bytes) else {
            continue;
        };
        if MediaType::sniff(bytes) == Some(media_type) {
            assert_eq!(MediaType::sniff(&stripped), Some(media_type), "stripping changed what the file is");
        }
        let again = media::strip(media_type, &stripped).expect("its own output reads");
        assert!(again == stripped, "a second stripping changed it");
    }
});
