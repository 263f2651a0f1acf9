//! `Range: bytes=...` for media files: Safari plays audio only from
//! servers that answer byte ranges (206), and every browser seeks with
//! them. One range per request; a request for several gets the whole file
//! (200), which RFC 9110 allows.

/// What to send of a file of `length` bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// No (usable) range: all of it, 200.
    Whole,
    /// Bytes `start..=end`, 206.
    Part { start: u64, end: u64 },
    /// A range that starts past the end: 416.
    Unsatisfiable,
}

/// The answer to a `Range` header value for a file of `length` bytes.
pub fn answer(range: Option<&str>, length: u64) -> Answer {
    let Some(spec) = range.and_then(|value| value.trim().strip_prefix("bytes=")) else {
        return Answer::Whole;
    };
    if spec.contains(',') {
        return Answer::Whole;
    }
    let Some((first, last)) = spec.trim().split_once('-') else {
        return Answer::Whole;
    };
    let number =
        |text: &str| -> Option<u64> { (!text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok()).flatten() };
    let (start, end) = match (first.trim(), last.trim()) {
        // The last n bytes.
        ("", suffix) => match number(suffix) {
            Some(0) if length > 0 => return Answer::Unsatisfiable,
            Some(n) if length > 0 => (length.saturating_sub(n), length - 1),
            Some(_) => return Answer::Unsatisfiable,
            None => return Answer::Whole,
        },
        (start, "") => match number(start) {
            Some(start) => (start, length.saturating_sub(1)),
            None => return Answer::Whole,
        },
        (start, end) => match (number(start), number(end)) {
            (Some(start), Some(end)) if start <= end => (start, end.min(length.saturating_sub(1))),
            _ => return Answer::Whole,
        },
    };
    if start >= length { Answer::Unsatisfiable } else { Answer::Part { start, end } }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_range_is_answered_and_anything_else_gets_the_whole_file() {
        assert_eq!(answer(None, 100), Answer::Whole);
        assert_eq!(answer(Some("bytes=0-"), 100), Answer::Part { start: 0, end: 99 });
        assert_eq!(answer(Some("bytes=10-19"), 100), Answer::Part { start: 10, end: 19 });
        assert_eq!(answer(Some("bytes=90-200"), 100), Answer::Part { start: 90, end: 99 });
        assert_eq!(answer(Some("bytes=-10"), 100), Answer::Part { start: 90, end: 99 });
        assert_eq!(answer(Some("bytes=-1000"), 100), Answer::Part { start: 0, end: 99 });
        assert_eq!(answer(Some("bytes=100-"), 100), Answer::Unsatisfiable);
        assert_eq!(answer(Some("bytes=-0"), 100), Answer::Unsatisfiable);
        assert_eq!(answer(Some("bytes=0-"), 0), Answer::Unsatisfiable);
        assert_eq!(answer(Some("bytes=0-1,5-6"), 100), Answer::Whole);
        assert_eq!(answer(Some("bytes=5-1"), 100), Answer::Whole);
        assert_eq!(answer(Some("bytes=a-b"), 100), Answer::Whole);
        assert_eq!(answer(Some("bytes=+1-2"), 100), Answer::Whole);
        assert_eq!(answer(Some("items=0-1"), 100), Answer::Whole);
        assert_eq!(answer(Some("bytes=99999999999999999999999-"), 100), Answer::Whole);
    }
}
