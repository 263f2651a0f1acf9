//! Erasing a withdrawn voice's stored history: its Automerge chunks (and
//! the WAL frames that held them) through the storage's `erase`, after the
//! server's own rows that quoted it were rewritten in the withdrawal's
//! transaction (on connections with `secure_delete`, see `db.rs`).
//!
//! The withdrawal commits first and erasure follows; a crash or a busy WAL
//! in between leaves a withdrawn voice not yet erased, which [`sweep`]
//! finishes when the server starts. Until then the voice is denied to
//! every peer (its consent is withdrawn).

use hospes_sync::storage::{SqliteStorage, StorageError};
use samod::DocumentId;

use crate::db::Db;

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
