//! How search compares text: lowercase, decomposed, without combining
//! marks, so "resume" finds "résumé", "قانونية" finds "قانونيّة" and
//! "ЮРИДИЧНА" finds "юридична". Arabic-script letters that people type
//! interchangeably are one letter (alef forms, ya and alef maqsura, Arabic
//! and Persian kaf and ya, ta marbuta and ha), and the Arabic article with
//! its common prefixes ("ال", "وال", "بال", "كال", "فال", "لل") is dropped,
//! so "شتاء" finds "الشتاء" and "بالمدرسة" finds "مدرسة".
//!
//! Indexed text and queries are folded alike, on the server (the search
//! index) and in the reader's offline search
//! (`web/src/reader/search-folding.ts`), which follows this rule: both are
//! tested against `tests/fixtures/content/search-folding.json`. Change
//! [`VERSION`] with the rule, so the server folds its index again.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The rule's version: the server refolds its stored index when the one it
/// was folded with differs.
pub const VERSION: i64 = 2;

/// The article and the article behind a one-letter prefix (and, by, as,
/// so), longest first, in folded letters (kaf is already Persian kaf),
/// each with the letters a word must keep after it:
/// short words that only begin with these letters ("والد", "ألم") stay
/// whole.
const ARTICLES: &[(&str, usize)] = &[("وال", 3), ("بال", 3), ("کال", 3), ("فال", 3), ("لل", 3), ("ال", 2)];

/// Text folded for search: each word folded, what is between words kept.
pub fn fold(text: &str) -> String {
    let letters: String = text.to_lowercase().nfd().filter(|c| !is_combining_mark(*c)).filter_map(fold_letter).collect();
    let mut folded = String::with_capacity(letters.len());
    let mut word = String::new();
    for c in letters.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            folded.push_str(without_article(&word));
            word.clear();
            folded.push(c);
        }
    }
    folded.push_str(without_article(&word));
    folded
}

/// One letter as search sees it; `None` for the tatweel, which only
/// stretches a word.
fn fold_letter(c: char) -> Option<char> {
    Some(match c {
        'ـ' => return None,
        'إ' | 'أ' | 'آ' | 'ٱ' => 'ا',
        'ى' | 'ي' => 'ی',
        'ك' => 'ک',
        'ة' => 'ه',
        c => c,
    })
}

fn without_article(word: &str) -> &str {
    for (article, keep) in ARTICLES {
        if let Some(rest) = word.strip_prefix(article)
            && rest.chars().count() >= *keep
        {
            return rest;
        }
    }
    word
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

    #[test]
    fn the_arabic_article_and_its_prefixes_are_dropped() {
        for word in ["الشتاء", "والشتاء", "بالشتاء", "للشتاء", "فالشتاء", "كالشتاء"] {
            assert_eq!(fold(word), fold("شتاء"), "{word}");
        }
        assert_eq!(fold("في المدرسة."), "فی مدرسه.");
        assert_eq!(fold("والد"), "والد", "a short word that begins like a prefix stays whole");
        assert_eq!(fold("ألم"), "الم");
    }
}
