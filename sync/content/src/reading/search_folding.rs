//! How search compares text: lowercase, decomposed, without combining
//! marks, so "resume" finds "résumé", "قانونية" finds "قانونيّة" and
//! "ЮРИДИЧНА" finds "юридична". Indexed text and queries are folded alike.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lowercase, decomposed, without combining marks (accents, harakat).
pub fn fold(text: &str) -> String {
    text.nfd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folding_ignores_case_accents_and_vowel_marks() {
        assert_eq!(fold("Résumé"), "resume");
        assert_eq!(fold("قانونيّة"), fold("قانونية"));
        assert_eq!(fold("ЮРИДИЧНА"), "юридична");
    }
}
