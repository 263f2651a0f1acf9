//! Operator commands: everything `hospes` does besides `serve`. They work
//! on the data directory directly (a running server may share it: SQLite
//! WAL lets both write), so an operator can set up cities and first
//! accounts before anyone can sign in.

use std::path::Path;

use hospes_sync::storage::SqliteStorage;

use crate::db::Db;

#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    #[error("{0}")]
    Invalid(#[from] crate::domain::Invalid),
    #[error("{0}")]
    Refused(String),
    #[error("database: {0}")]
    Db(#[from] rusqlite::Error),
    #[error("storage: {0}")]
    Storage(#[from] hospes_sync::storage::StorageError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// Opens (creating and migrating if needed) the database in `data_dir`.
pub fn open(data_dir: &Path) -> Result<(SqliteStorage, Db), CommandError> {
    std::fs::create_dir_all(data_dir)?;
    let path = data_dir.join(crate::config::DATABASE_FILE);
    let storage = SqliteStorage::open(&path)?;
    let db = Db::open(&path)?;
    Ok((storage, db))
}

/// A new Automerge document holding `value`, in one change made now: the
/// editors' history says when it was imported (a change without a time
/// has none to show).
pub fn document_from<T: autosurgeon::Reconcile>(value: &T) -> automerge::Automerge {
    let mut doc = automerge::Automerge::new();
    let now = || automerge::transaction::CommitOptions::default().with_time(crate::db::now());
    doc.transact_with(|_| now(), |tx| autosurgeon::reconcile(tx, value)).expect("a fresh document takes any value");
    doc
}

/// The pieces a command that reads or writes documents works with.
pub struct Workspace {
    pub storage: SqliteStorage,
    pub db: Db,
    pub repo: samod::Repo,
}

impl Workspace {
    pub async fn open(data_dir: &Path) -> Result<Self, CommandError> {
        let (storage, db) = open(data_dir)?;
        // No peers connect to this repo.
        let repo = hospes_sync::repo::open(storage.clone(), hospes_sync::policy::DenyAll).await;
        Ok(Workspace { storage, db, repo })
    }

    pub async fn close(self) {
        self.repo.stop().await;
        self.storage.close().await;
    }
}
