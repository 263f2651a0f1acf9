//! The layout of the SQLite file and how it is brought up to date.
//!
//! The schema version lives in `PRAGMA user_version`. Each entry of
//! [`MIGRATIONS`] takes the file from version `i` to `i + 1`; they run in one
//! transaction, so a file is never left half-migrated. Later features (the
//! server's own tables) append entries here; entries are never edited once
//! released, because files in the wild have already run them.

use rusqlite::Connection;

use super::StorageError;

/// Schema steps, oldest first. Index `i` migrates version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: samod's key/value chunks and what we derive from them.
    r#"
    -- samod's chunks, keyed by the StorageKey joined with '/'. A prefix load
    -- is a range scan over the key's unique index. Chunks are often larger
    -- than SQLite's advice for WITHOUT ROWID tables (a twentieth of a page),
    -- so this stays an ordinary rowid table.
    CREATE TABLE chunks (
        key  TEXT PRIMARY KEY NOT NULL,
        data BLOB NOT NULL
    );

    -- Every document that has ever had a chunk stored, for counting and
    -- listing without scanning chunks.
    CREATE TABLE documents (
        doc_id          TEXT PRIMARY KEY NOT NULL,
        first_stored_at INTEGER NOT NULL
    ) WITHOUT ROWID;

    -- The heads of each snapshot chunk, so the durability gate can tell
    -- whether a change is stored without loading the snapshot.
    CREATE TABLE snapshot_heads (
        snapshot_key TEXT NOT NULL REFERENCES chunks(key) ON DELETE CASCADE,
        doc_id       TEXT NOT NULL,
        hash         BLOB NOT NULL,
        PRIMARY KEY (snapshot_key, hash)
    ) WITHOUT ROWID;
    CREATE INDEX snapshot_heads_by_doc ON snapshot_heads (doc_id, hash);
    "#,
    // 2: accounts, roles, sessions, invites, the registry of document
    // classes, publications and the audit log. Times are Unix seconds.
    r#"
    CREATE TABLE cities (
        slug               TEXT PRIMARY KEY NOT NULL,
        name               TEXT NOT NULL,
        volunteers_publish INTEGER NOT NULL DEFAULT 1,
        created_at         INTEGER NOT NULL
    );

    CREATE TABLE archive_groups (
        city TEXT NOT NULL REFERENCES cities(slug),
        slug TEXT NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (city, slug)
    );

    -- No email, no real name, nothing about residence status: a display
    -- name (a pseudonym is fine) and an argon2id hash.
    CREATE TABLE accounts (
        id              INTEGER PRIMARY KEY,
        name            TEXT NOT NULL UNIQUE COLLATE NOCASE,
        passphrase_hash TEXT NOT NULL,
        created_at      INTEGER NOT NULL,
        revoked_at      INTEGER
    );

    -- One row per role held; '' where a role has no group or languages.
    CREATE TABLE grants (
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        city       TEXT NOT NULL REFERENCES cities(slug),
        role       TEXT NOT NULL,
        group_slug TEXT NOT NULL DEFAULT '',
        languages  TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (account_id, city, role, group_slug)
    );

    -- The cookie holds a random token; only its SHA-256 is stored.
    CREATE TABLE sessions (
        id           TEXT PRIMARY KEY NOT NULL,
        token_hash   BLOB NOT NULL UNIQUE,
        account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        created_at   INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL,
        expires_at   INTEGER NOT NULL,
        revoked_at   INTEGER
    );
    CREATE INDEX sessions_by_account ON sessions (account_id);

    CREATE TABLE invites (
        token_hash BLOB PRIMARY KEY NOT NULL,
        city       TEXT NOT NULL REFERENCES cities(slug),
        role       TEXT NOT NULL,
        group_slug TEXT NOT NULL DEFAULT '',
        languages  TEXT NOT NULL DEFAULT '',
        created_by INTEGER REFERENCES accounts(id),
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        used_at    INTEGER,
        used_by    INTEGER REFERENCES accounts(id)
    );

    -- What each document is and where it belongs. A document without a
    -- row here is denied to everyone.
    CREATE TABLE document_classes (
        doc_id         TEXT PRIMARY KEY NOT NULL,
        kind           TEXT NOT NULL,
        city           TEXT NOT NULL REFERENCES cities(slug),
        group_slug     TEXT,
        language       TEXT,
        translation_of TEXT,
        -- For translations: the item's document id.
        item           TEXT,
        created_by     INTEGER REFERENCES accounts(id),
        created_at     INTEGER NOT NULL
    );
    CREATE INDEX document_classes_by_city ON document_classes (city, kind);
    CREATE INDEX document_classes_by_item ON document_classes (item) WHERE item IS NOT NULL;

    -- The version readers see: the heads a publisher pinned, for the item
    -- and (in `translation_heads`, JSON: doc id -> heads) its translations;
    -- and that version itself, as model JSON (`item`, and `translations`:
    -- language -> translation), from which feeds and exports are made.
    CREATE TABLE publications (
        doc_id            TEXT PRIMARY KEY NOT NULL REFERENCES document_classes(doc_id),
        heads             TEXT NOT NULL,
        translation_heads TEXT NOT NULL DEFAULT '{}',
        item              TEXT NOT NULL DEFAULT 'null',
        translations      TEXT NOT NULL DEFAULT '{}',
        published_by      INTEGER REFERENCES accounts(id),
        published_at      INTEGER NOT NULL
    );

    -- The read side: each published item rendered in each of its city's
    -- languages, rebuilt from the pinned versions on every publish.
    CREATE TABLE published_items (
        doc_id   TEXT NOT NULL REFERENCES publications(doc_id) ON DELETE CASCADE,
        city     TEXT NOT NULL,
        language TEXT NOT NULL,
        kind     TEXT NOT NULL,
        body     TEXT NOT NULL,
        PRIMARY KEY (city, language, doc_id)
    );

    -- Full-text search over published text, one row per item and language
    -- of the text (the source and each translation). Text is folded before
    -- indexing (lowercase, diacritics and Arabic vowel marks removed), so
    -- search ignores them.
    CREATE VIRTUAL TABLE search_index USING fts5 (
        doc_id UNINDEXED,
        city UNINDEXED,
        language UNINDEXED,
        title,
        body,
        tokenize = 'unicode61 remove_diacritics 2'
    );

    -- Who did what, when; never reader data.
    CREATE TABLE audit_log (
        id         INTEGER PRIMARY KEY,
        at         INTEGER NOT NULL,
        actor_id   INTEGER REFERENCES accounts(id),
        actor_name TEXT NOT NULL,
        action     TEXT NOT NULL,
        city       TEXT,
        subject    TEXT NOT NULL
    );
    CREATE INDEX audit_log_by_city ON audit_log (city, at);
    "#,
    // 3: readers' suggestions of corrections ("this service has closed"),
    // which a city's editors work through. Readers are anonymous: no
    // address, no user agent, nothing about the person; `client_id` is a
    // random id the reader's app makes per suggestion, so that a send
    // retried after being offline is stored once.
    r#"
    CREATE TABLE suggestions (
        id          INTEGER PRIMARY KEY,
        city        TEXT NOT NULL REFERENCES cities(slug),
        -- The published item it is about; NULL: the guide in general.
        doc_id      TEXT,
        -- The reader's language (BCP 47), one the city offers.
        language    TEXT NOT NULL,
        topic       TEXT NOT NULL
                    CHECK (topic IN ('closed', 'hours', 'address', 'contact', 'translation', 'other')),
        message     TEXT NOT NULL,
        client_id   TEXT NOT NULL,
        created_at  INTEGER NOT NULL,
        status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
        resolved_by INTEGER REFERENCES accounts(id),
        resolved_at INTEGER,
        UNIQUE (city, client_id)
    );
    CREATE INDEX suggestions_by_city ON suggestions (city, status, id);
    "#,
    // 4: trusted auto-publish. A volunteer's event in a city that trusts
    // volunteers is published by the server itself shortly after each
    // change reaches storage.
    r#"
    -- Bumped by the writer in the same transaction as every chunk it
    -- stores for the document: a durable "something new was stored"
    -- counter, so that work started by a commit (auto-publish) can be
    -- found again after a crash without loading any document.
    ALTER TABLE documents ADD COLUMN stored_version INTEGER NOT NULL DEFAULT 0;

    -- Events the server publishes on its own, on behalf of the volunteer
    -- who registered them (`account_id`). `checked_version`: the
    -- document's `stored_version` when the server last published it or
    -- found nothing new to publish. `stopped_at`: set when someone
    -- unpublished the event; auto-publish is then off for good.
    CREATE TABLE auto_publish (
        doc_id          TEXT PRIMARY KEY NOT NULL REFERENCES document_classes(doc_id),
        account_id      INTEGER NOT NULL REFERENCES accounts(id),
        created_at      INTEGER NOT NULL,
        checked_version INTEGER NOT NULL DEFAULT 0,
        stopped_at      INTEGER
    );
    "#,
    // 5: a counter of what readers of a city see, bumped in the same
    // transaction as every publish and unpublish there, so the bundle's
    // ETag is a lookup and a 304 costs no rendering.
    r#"
    ALTER TABLE cities ADD COLUMN read_version INTEGER NOT NULL DEFAULT 0;
    "#,
];

/// The schema version this build writes and understands.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// Brings the file behind `conn` to [`SCHEMA_VERSION`].
///
/// Refuses a file written by a newer build ([`StorageError::SchemaTooNew`])
/// rather than guessing what its extra tables mean.
pub fn migrate(conn: &mut Connection) -> Result<(), StorageError> {
    let found: u32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(StorageError::SchemaTooNew {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    if found == SCHEMA_VERSION {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    for step in &MIGRATIONS[found as usize..] {
        tx.execute_batch(step)?;
    }
    // PRAGMA takes no bound parameters; the value is our own constant.
    tx.execute_batch(&format!("PRAGMA user_version = {SCHEMA_VERSION}"))?;
    tx.commit()?;
    Ok(())
}

/// Settings every connection (writer and readers) needs.
pub(super) fn configure(conn: &Connection) -> Result<(), StorageError> {
    // Waiting beats failing when a checkpoint or another process holds a lock.
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

/// Settings only the writer sets: they are persistent (journal mode) or
/// only matter to the connection that writes.
pub(super) fn configure_writer(conn: &Connection) -> Result<(), StorageError> {
    configure(conn)?;
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StorageError::NoWal(mode));
    }
    // FULL: the WAL is fsynced at every commit, so a commit that returned
    // survives power loss, not only a process crash. NORMAL would be faster
    // but may lose the last commits on power loss, and those may already
    // have been acknowledged to clients.
    conn.pragma_update(None, "synchronous", "FULL")?;
    Ok(())
}
