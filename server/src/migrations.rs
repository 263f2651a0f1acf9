//! The server's own tables (accounts, roles, sessions, invites, the
//! registry of document classes, publications, the read side, the audit
//! log, suggestions, auto-publish, media): their migration steps, run by
//! `hospes_sync::storage`'s runner as the `server` component, after the
//! storage's own.

use hospes_sync::storage::schema::Component;

pub const SERVER: Component = Component { name: "server", steps: STEPS };

const STEPS: &[&str] = &[
    // 1: accounts, roles, sessions, invites, the registry of document
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
    // 2: readers' suggestions of corrections ("this service has closed"),
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
    // 3: trusted auto-publish (with storage's step 2, the documents' stored_version). A volunteer's event in a city that trusts
    // volunteers is published by the server itself shortly after each
    // change reaches storage.
    r#"
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
    // 4: a counter of what readers of a city see, bumped in the same
    // transaction as every publish and unpublish there, so the bundle's
    // ETag is a lookup and a 304 costs no rendering.
    r#"
    ALTER TABLE cities ADD COLUMN read_version INTEGER NOT NULL DEFAULT 0;
    "#,
    // 5: the multivoiced archive. Each voice's consent is the author's
    // (the account that registered the voice) alone to give and take back,
    // so it is kept here, not in the voice's document, which the group
    // co-edits. A withdrawn voice keeps its row (and its class) with no
    // content: its id stays refused. Published entries are rendered for
    // every city they speak about, in each of its languages.
    r#"
    CREATE TABLE voice_consents (
        doc_id       TEXT PRIMARY KEY NOT NULL REFERENCES document_classes(doc_id),
        author_id    INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
        visibility   TEXT NOT NULL DEFAULT 'group',
        naming       TEXT NOT NULL DEFAULT 'anonymous',
        pseudonym    TEXT,
        withdrawn_at INTEGER,
        updated_at   INTEGER NOT NULL
    );
    CREATE INDEX voice_consents_by_author ON voice_consents (author_id);

    CREATE TABLE archive_published (
        doc_id   TEXT NOT NULL REFERENCES publications(doc_id) ON DELETE CASCADE,
        city     TEXT NOT NULL,
        language TEXT NOT NULL,
        body     TEXT NOT NULL,
        PRIMARY KEY (city, language, doc_id)
    );
    CREATE INDEX archive_published_by_doc ON archive_published (doc_id);
    "#,
    // 6: media (recordings, pictures) of archive groups; the files are in
    // `<data>/media/`, named by `hash` (SHA-256 of the stripped bytes). One
    // row per group holding a file; `public`: that group published it, so
    // anyone may read it.
    r#"
    CREATE TABLE media (
        hash        TEXT NOT NULL,
        city        TEXT NOT NULL,
        group_slug  TEXT NOT NULL,
        mime        TEXT NOT NULL,
        size        INTEGER NOT NULL,
        uploaded_by INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
        created_at  INTEGER NOT NULL,
        public      INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (hash, city, group_slug),
        FOREIGN KEY (city, group_slug) REFERENCES archive_groups(city, slug)
    );
    "#,
    // 7: the version of the search folding the index was folded with
    // (`hospes_content::reading::search_folding::VERSION`); files before
    // this step were folded with version 1. When it differs, the server
    // folds the index again from the pinned items as it opens the file
    // (`read_side::search::refold_if_needed`).
    r#"
    CREATE TABLE search_folding (version INTEGER NOT NULL);
    INSERT INTO search_folding (version) VALUES (1);
    "#,
];

/// Brings the server's tables in the file behind `conn` up to date (the
/// storage's first: they refer to nothing of it, but a file is created by
/// the storage).
pub fn migrate(conn: &mut rusqlite::Connection) -> Result<(), hospes_sync::storage::StorageError> {
    hospes_sync::storage::migrate(conn)?;
    hospes_sync::storage::schema::migrate_component(conn, &SERVER)
}

#[cfg(test)]
mod tests {
    use hospes_sync::storage::StorageError;
    use hospes_sync::storage::schema::{STORAGE, VERSIONED, version_in_file};
    use rusqlite::Connection;

    use super::*;

    fn versions(conn: &Connection) -> (u32, u32) {
        (version_in_file(conn, &STORAGE).unwrap(), version_in_file(conn, &SERVER).unwrap())
    }

    #[test]
    fn a_new_file_gets_every_components_tables() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        assert_eq!(versions(&conn), (STORAGE.version(), SERVER.version()));
        let user_version: u32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0)).unwrap();
        assert_eq!(user_version, VERSIONED);
        migrate(&mut conn).unwrap();
        assert_eq!(versions(&conn), (STORAGE.version(), SERVER.version()), "a second run changes nothing");
    }

    /// A file an earlier build wrote, with one `user_version` over the
    /// interleaved steps (its step 4 was the storage's 2 and the server's
    /// 3), is converted and brought up to date without losing a row.
    #[test]
    fn a_file_from_before_components_were_versioned_apart_is_converted() {
        let mut conn = Connection::open_in_memory().unwrap();
        // What the single list ran, in its order: storage 1, server 1, server 2, storage 2 + server 3.
        conn.execute_batch(STORAGE.steps[0]).unwrap();
        conn.execute_batch(STEPS[0]).unwrap();
        conn.execute_batch(STEPS[1]).unwrap();
        conn.execute_batch(STORAGE.steps[1]).unwrap();
        conn.execute_batch(STEPS[2]).unwrap();
        conn.execute_batch(
            "PRAGMA user_version = 4;
             INSERT INTO cities (slug, name, created_at) VALUES ('liege', 'Liège', 0);
             INSERT INTO documents (doc_id, first_stored_at, stored_version) VALUES ('doc', 0, 7);",
        )
        .unwrap();
        assert_eq!(versions(&conn), (2, 3), "read as the legacy list had it");

        migrate(&mut conn).unwrap();
        assert_eq!(versions(&conn), (STORAGE.version(), SERVER.version()));
        let (name, read_version): (String, i64) =
            conn.query_row("SELECT name, read_version FROM cities WHERE slug = 'liege'", [], |row| Ok((row.get(0)?, row.get(1)?))).unwrap();
        assert_eq!((name.as_str(), read_version), ("Liège", 0));
        let stored: i64 = conn.query_row("SELECT stored_version FROM documents WHERE doc_id = 'doc'", [], |row| row.get(0)).unwrap();
        assert_eq!(stored, 7);
    }

    #[test]
    fn a_file_from_a_newer_build_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        conn.execute("UPDATE schema_versions SET version = version + 1 WHERE component = 'server'", []).unwrap();
        assert!(matches!(migrate(&mut conn), Err(StorageError::SchemaTooNew { .. })));

        let mut legacy_too_new = Connection::open_in_memory().unwrap();
        legacy_too_new.execute_batch("PRAGMA user_version = 999").unwrap();
        assert!(matches!(migrate(&mut legacy_too_new), Err(StorageError::SchemaTooNew { found: 999, .. })));
    }
}
