//! One server per data directory, and no restore beneath a running one.
//!
//! `hospes serve` holds an exclusive lock on `serve.lock` in the data
//! directory for as long as it runs (the operating system drops it when the
//! process ends, however it ends). Operator commands that work beside a
//! running server (publish, import) do not take it; `restore`, which
//! replaces the database, does, and refuses while a server holds it.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

pub const LOCK_FILE: &str = "serve.lock";

/// Held while a server runs on, or a restore writes into, a data directory.
#[derive(Debug)]
pub struct DataLock {
    _file: File,
}

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("a hospes server is already running on {0} (it holds {LOCK_FILE}); stop it first")]
    Held(PathBuf),
    #[error("cannot lock {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
}

impl DataLock {
    /// Takes the lock of `data_dir` (which must exist), or says who has it.
    pub fn acquire(data_dir: &Path) -> Result<DataLock, LockError> {
        let path = data_dir.join(LOCK_FILE);
        let io = |source| LockError::Io { path: path.clone(), source };
        let file = OpenOptions::new().create(true).truncate(false).write(true).open(&path).map_err(io)?;
        match file.try_lock() {
            Ok(()) => Ok(DataLock { _file: file }),
            Err(TryLockError::WouldBlock) => Err(LockError::Held(data_dir.to_path_buf())),
            Err(TryLockError::Error(source)) => Err(io(source)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_holder_at_a_time_and_free_once_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let held = DataLock::acquire(dir.path()).expect("free");
        assert!(matches!(DataLock::acquire(dir.path()), Err(LockError::Held(_))));
        drop(held);
        DataLock::acquire(dir.path()).expect("free again");
    }
}
