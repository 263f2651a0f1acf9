//! Erasing a withdrawn voice's stored history: its Automerge chunks (and
//! the WAL frames that held them) through the storage's `erase`, after the
//! server's own rows that quoted it were rewritten in the withdrawal's
//! transaction (on connections with `secure_delete`, see `db.rs`).
//!
//! The withdrawal commits first and erasure follows; a crash or a busy WAL
//! in between leaves a withdrawn voice not yet erased, which [`sweep`]
//! finishes when the server starts. Until then the voice is denied to
//! every peer (its consent is withdrawn).

use std::collections::BTreeSet;

use automerge::{Automerge, ChangeHash, ObjType, ROOT, ReadDoc, Value};
use hospes_sync::storage::{SqliteStorage, StorageError};
use samod::DocumentId;

use crate::db::Db;
use crate::media::MediaHash;

/// How many times an erasure is tried while readers keep the WAL busy
/// (each try waits for them a little inside the storage).
const TRIES: usize = 3;

/// Erases `voice`'s stored history; once done, nothing of it is in the
/// database file or its WAL, and the storage refuses it from then on.
pub async fn erase_voice(storage: &SqliteStorage, voice: &DocumentId) -> Result<(), StorageError> {
    let mut tries = 0;
    loop {
        tries += 1;
        match storage.erase(voice).await {
            Err(StorageError::WalBusy) if tries < TRIES => continue,
            result => return result,
        }
    }
}

/// Erases every withdrawn voice that is not erased yet; how many.
pub async fn sweep(storage: &SqliteStorage, db: &Db) -> Result<usize, StorageError> {
    let withdrawn: Vec<String> = db
        .call(|conn| -> rusqlite::Result<Vec<String>> {
            let mut stmt = conn.prepare("SELECT doc_id FROM voice_consents WHERE withdrawn_at IS NOT NULL")?;
            stmt.query_map([], |row| row.get(0))?.collect()
        })
        .await?;
    let mut erased = 0;
    for id in withdrawn {
        let Ok(voice) = id.parse::<DocumentId>() else { continue };
        if !storage.is_erased(&voice) {
            erase_voice(storage, &voice).await?;
            erased += 1;
        }
    }
    Ok(erased)
}

/// Every media file a voice named at any point of its history (each
/// recording and photo, also those replaced since: recording again leaves
/// the older file on the server), so that a withdrawal deletes them all.
pub fn media_in_history(voice: &Automerge) -> Vec<MediaHash> {
    let mut named = BTreeSet::new();
    for change in voice.get_changes_meta(&[]) {
        let at = [change.hash];
        collect_text(voice, &ROOT, "audio", &at, &mut named);
        for (value, photo) in voice.get_all_at(ROOT, "photo", &at).unwrap_or_default() {
            if matches!(value, Value::Object(ObjType::Map)) {
                collect_text(voice, &photo, "media", &at, &mut named);
            }
        }
    }
    named.iter().filter_map(|hash| MediaHash::parse(hash)).collect()
}

/// The string values of `key` in `object` at `at` (all of them, if concurrent).
fn collect_text(doc: &Automerge, object: &automerge::ObjId, key: &str, at: &[ChangeHash], into: &mut BTreeSet<String>) {
    for (value, _) in doc.get_all_at(object, key, at).unwrap_or_default() {
        if let Some(text) = value.as_str() {
            into.insert(text.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use automerge::transaction::Transactable;
    use automerge::{AutoCommit, ObjType, ROOT};

    use super::media_in_history;

    #[test]
    fn a_voices_media_are_found_in_its_whole_history() {
        let (first, second, photo) = ("a".repeat(64), "b".repeat(64), "c".repeat(64));
        let mut doc = AutoCommit::new();
        doc.put(ROOT, "audio", first.as_str()).unwrap();
        doc.commit();
        doc.put(ROOT, "audio", second.as_str()).unwrap();
        let picture = doc.put_object(ROOT, "photo", ObjType::Map).unwrap();
        doc.put(&picture, "media", photo.as_str()).unwrap();
        doc.commit();
        doc.put(ROOT, "photo", automerge::ScalarValue::Null).unwrap();
        doc.commit();
        let found: Vec<String> = media_in_history(doc.document()).iter().map(|hash| hash.as_str().to_string()).collect();
        assert_eq!(found, [first, second, photo], "the replaced recording and the removed photo too");
    }
}
