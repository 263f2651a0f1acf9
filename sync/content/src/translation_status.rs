//! Translation status per language, derived as in Integreat: nothing is
//! stored but revisions.
//!
//! The item counts its source revisions: every edit of the source text
//! bumps `source_revision` unless the editor marks it minor (a typo fixed,
//! a comma moved), which should not send translators back to work. A
//! translation records the revision it was made from.

use serde::Serialize;
use ts_rs::TS;

/// Where one language stands for one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum TranslationStatus {
    /// No translation, or an empty one.
    Missing,
    /// The source changed since it was translated.
    Outdated,
    /// Some of the item's texts have no translation yet: readers would
    /// see those in another language.
    Incomplete,
    /// Machine-translated, awaiting a person's review.
    Machine,
    UpToDate,
}

/// What is known of one translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TranslationState {
    pub translated_from_revision: i64,
    pub machine: bool,
    /// Any field has text.
    pub has_text: bool,
    /// Every text of the item (that has one in the source) has a translation.
    pub complete: bool,
}

/// The status of `language` for an item at `source_revision` written in
/// `source_language`. An outdated machine translation is outdated first:
/// it needs new text before anyone reviews it; a translation is up to date
/// only once every text is translated (a title alone leaves readers with
/// the rest in another language).
pub fn status(source_language: &str, source_revision: i64, language: &str, translation: Option<TranslationState>) -> TranslationStatus {
    if language.eq_ignore_ascii_case(source_language) {
        return TranslationStatus::UpToDate;
    }
    match translation {
        None => TranslationStatus::Missing,
        Some(state) if !state.has_text => TranslationStatus::Missing,
        Some(state) if state.translated_from_revision < source_revision => TranslationStatus::Outdated,
        Some(state) if !state.complete => TranslationStatus::Incomplete,
        Some(state) if state.machine => TranslationStatus::Machine,
        Some(_) => TranslationStatus::UpToDate,
    }
}

/// The revision an item has after an edit of its source text.
pub fn revision_after_edit(source_revision: i64, minor: bool) -> i64 {
    if minor { source_revision } else { source_revision + 1 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn translated(from: i64, machine: bool) -> Option<TranslationState> {
        Some(TranslationState { translated_from_revision: from, machine, has_text: true, complete: true })
    }

    #[test]
    fn transitions() {
        let mut revision = 1;
        assert_eq!(status("fr", revision, "ar", None), TranslationStatus::Missing);
        // Translate: up to date.
        let mut arabic = translated(revision, false);
        assert_eq!(status("fr", revision, "ar", arabic), TranslationStatus::UpToDate);
        // A minor source edit keeps it up to date.
        revision = revision_after_edit(revision, true);
        assert_eq!(status("fr", revision, "ar", arabic), TranslationStatus::UpToDate);
        // A real source edit outdates it.
        revision = revision_after_edit(revision, false);
        assert_eq!(status("fr", revision, "ar", arabic), TranslationStatus::Outdated);
        // Translating again brings it up to date.
        arabic = translated(revision, false);
        assert_eq!(status("fr", revision, "ar", arabic), TranslationStatus::UpToDate);
        // A machine translation awaits review.
        assert_eq!(status("fr", revision, "uk", translated(revision, true)), TranslationStatus::Machine);
        // ... unless it is outdated already.
        assert_eq!(status("fr", revision + 1, "uk", translated(revision, true)), TranslationStatus::Outdated);
        // The source language is never behind itself.
        assert_eq!(status("fr", revision, "FR", None), TranslationStatus::UpToDate);
        // An empty translation is missing.
        let empty = Some(TranslationState { translated_from_revision: revision, machine: false, has_text: false, complete: false });
        assert_eq!(status("fr", revision, "ar", empty), TranslationStatus::Missing);
        // A partial one is incomplete, machine-made or not; outdated first.
        let partial = |machine| Some(TranslationState { translated_from_revision: revision, machine, has_text: true, complete: false });
        assert_eq!(status("fr", revision, "ar", partial(false)), TranslationStatus::Incomplete);
        assert_eq!(status("fr", revision, "ar", partial(true)), TranslationStatus::Incomplete);
        assert_eq!(status("fr", revision + 1, "ar", partial(false)), TranslationStatus::Outdated);
    }
}
