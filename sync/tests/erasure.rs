//! Erasure: an erased document's bytes leave the file, and a phone that
//! still holds it cannot bring it back.
//!
//! The hub stands for the server: the hospes-sync repo on
//! [`SqliteStorage`], outgoing frames behind the durability gate, each
//! connection bound to its peer id. The client is a plain samod repo in
//! memory (a phone), dialing the hub through in-memory channels.
//!
//! The marker is 32 hex characters that occur nowhere else. Automerge
//! DEFLATE-compresses a column only from 256 bytes on, and every column of
//! these documents stays below that, so the marker is stored as is; each
//! test asserts that it is in the file before the erasure, so that its
//! absence afterwards means something. Checked by hand as well (and put
//! back): with `secure_delete` off, or without the checkpoint after the
//! erasure, `the_erased_document_leaves_no_bytes_and_stays_out` fails at its
//! first absence assertion (the freed pages, or the WAL, still hold the
//! marker); without the writer's tombstone check it fails at the direct
//! `put` (samod itself stored nothing: the policy had denied the phone);
//! without the one-time VACUUM, the upgrade test fails.

use std::convert::Infallible;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use automerge::transaction::Transactable;
use automerge::{Automerge, ChangeHash, ROOT, ReadDoc};
use futures::StreamExt;
use futures::future::BoxFuture;
use hospes_sync::durability::{DurabilityGate, hold_until_durable};
use hospes_sync::policy::{Access, AccessRules, OpenAccess, SharePolicyHook};
use hospes_sync::repo;
use hospes_sync::storage::schema::{Component, STORAGE, version_in_file};
use hospes_sync::storage::{SqliteStorage, StorageError};
use rusqlite::Connection;
use samod::storage::{Storage, StorageKey};
use samod::{
    AcceptorHandle, BackoffConfig, DialError, Dialer, DialerHandle, DocHandle, DocumentId, PeerId, Repo, ShareConfig, SharePolicy,
    Transport,
};

const MARKER: &str = "5e0c97a3d1f84b26c3a9e71f0b4d6825";
/// What the phone writes after the erasure.
const LATE_MARKER: &str = "b81f4a06e3d97c25a0e64f1d39c8b57e";
const NO_HANG: Duration = Duration::from_secs(60);
/// How long to give a message that should change nothing to arrive.
const SETTLE: Duration = Duration::from_millis(300);

// ---------------------------------------------------------------- helpers

/// The database file, its WAL and its shared-memory index, as they are.
fn file_bytes(db: &Path) -> Vec<u8> {
    let mut bytes = Vec::new();
    for suffix in ["", "-wal", "-shm"] {
        let mut path = db.as_os_str().to_owned();
        path.push(suffix);
        if let Ok(found) = std::fs::read(PathBuf::from(path)) {
            bytes.extend(found);
        }
    }
    bytes
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|window| window == needle.as_bytes())
}

fn prefix(id: &DocumentId) -> StorageKey {
    StorageKey::from_parts([id.to_string()]).expect("key")
}

fn heads(handle: &DocHandle) -> Vec<ChangeHash> {
    let mut heads = handle.with_document(|doc| doc.get_heads());
    heads.sort();
    heads
}

fn edit(handle: &DocHandle, key: &str, value: &str) {
    handle.with_document(|doc| {
        let mut tx = doc.transaction();
        tx.put(ROOT, key, value).expect("put");
        tx.commit();
    });
}

async fn eventually(what: &str, mut check: impl AsyncFnMut() -> bool) {
    let deadline = tokio::time::Instant::now() + NO_HANG;
    while !check().await {
        assert!(tokio::time::Instant::now() < deadline, "timed out waiting until {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Dials the hub over in-memory channels, behind the gate and bound to the
/// client's peer id as the server's `/sync` does.
struct ChannelDialer {
    hub: AcceptorHandle,
    gate: DurabilityGate,
    peer: PeerId,
}

impl Dialer for ChannelDialer {
    type Error = Infallible;

    fn url(&self) -> samod::Url {
        "channel://hub".parse().expect("url")
    }

    fn connect(&self) -> BoxFuture<'static, Result<Transport, DialError<Infallible>>> {
        let (hub, gate, peer) = (self.hub.clone(), self.gate.clone(), self.peer.clone());
        Box::pin(async move {
            let (to_hub, from_client) = futures::channel::mpsc::unbounded::<Vec<u8>>();
            let (to_client, from_hub) = futures::channel::mpsc::unbounded::<Vec<u8>>();
            let outgoing = hold_until_durable(to_client, gate);
            let far = Transport::new(from_client.map(Ok::<_, Infallible>), Box::pin(outgoing)).with_expected_peer_id(peer);
            hub.accept(far).map_err(DialError::transient)?;
            Ok(Transport::new(from_hub.map(Ok::<_, Infallible>), to_hub))
        })
    }
}

struct Hub {
    storage: SqliteStorage,
    repo: Repo,
    acceptor: AcceptorHandle,
}

impl Hub {
    async fn open(path: &Path) -> Hub {
        let storage = SqliteStorage::open(path).expect("open the storage");
        let repo = repo::open(storage.clone(), OpenAccess).await;
        let acceptor = repo.make_acceptor("channel://hub".parse().expect("url")).expect("running");
        Hub { storage, repo, acceptor }
    }

    async fn connect(&self, client: &Repo, peer: &PeerId) -> DialerHandle<Infallible> {
        let dialer = ChannelDialer { hub: self.acceptor.clone(), gate: DurabilityGate::new(self.storage.clone()), peer: peer.clone() };
        let backoff = BackoffConfig { initial_delay: Duration::from_millis(5), max_delay: Duration::from_millis(50), max_retries: None };
        let handle = client.dial(backoff, Arc::new(dialer)).expect("running");
        tokio::time::timeout(NO_HANG, handle.established()).await.expect("connected").expect("established");
        handle
    }

    async fn stop(self) {
        self.acceptor.close();
        self.repo.stop().await;
        self.storage.close().await;
    }
}

/// Whether the storage holds any chunk of `id`.
async fn has_chunks(storage: &SqliteStorage, id: &DocumentId) -> bool {
    !storage.load_range(prefix(id)).await.is_empty()
}

// ---------------------------------------------------------------- tests

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_erased_document_leaves_no_bytes_and_stays_out() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("hospes.db");
    let hub = Hub::open(&path).await;

    // The voice: the marker in a change that ends up in a snapshot, and in
    // two changes after it that stay incremental chunks.
    let voice = hub.repo.create(Automerge::new()).await.expect("create");
    let voice_id = voice.document_id().clone();
    edit(&voice, "voice", &format!("{MARKER} take 0"));
    let mut edits = 0;
    loop {
        edit(&voice, "count", &edits.to_string());
        edits += 1;
        tokio::time::sleep(Duration::from_millis(2)).await;
        let stored = hub.storage.load_range(prefix(&voice_id)).await;
        if stored.keys().any(|key| key.to_string().contains("/snapshot/")) {
            break;
        }
        assert!(edits < 500, "samod never compacted");
    }
    edit(&voice, "voice", &format!("{MARKER} take 1"));
    edit(&voice, "voice", &format!("{MARKER} take 2"));

    let other = hub.repo.create(Automerge::new()).await.expect("create");
    let other_id = other.document_id().clone();
    edit(&other, "title", "another voice, kept");

    // A phone syncs both and keeps them.
    let peer = PeerId::from("phone");
    let phone = Repo::build_tokio().with_peer_id(peer.clone()).load().await;
    let dialer = hub.connect(&phone, &peer).await;
    let phone_voice = phone.find(voice_id.clone()).await.expect("running").expect("the phone finds the voice");
    let phone_other = phone.find(other_id.clone()).await.expect("running").expect("the phone finds the other");
    eventually("the phone has the voice", async || heads(&phone_voice) == heads(&voice)).await;

    let storage = hub.storage.clone();
    eventually("the voice is stored", async || storage.is_durable(&voice_id.to_string(), &heads(&voice)).expect("is_durable")).await;
    let chunks = storage.load_range(prefix(&voice_id)).await;
    let snapshot = chunks.iter().find(|(key, _)| key.to_string().contains("/snapshot/")).expect("a snapshot");
    assert!(contains(snapshot.1, MARKER), "the snapshot holds the marker uncompressed");
    assert!(
        chunks.iter().any(|(key, data)| key.to_string().contains("/incremental/") && contains(data, MARKER)),
        "an incremental chunk holds the marker: {:?}",
        chunks.keys().collect::<Vec<_>>()
    );
    assert!(contains(&file_bytes(&path), MARKER), "before the erasure the file holds the marker");

    storage.erase(&voice_id).await.expect("erased");

    assert!(storage.is_erased(&voice_id));
    assert!(!storage.is_erased(&other_id));
    assert!(!has_chunks(&storage, &voice_id).await);
    assert_eq!(storage.document_count().expect("count"), 1, "the voice's documents row is gone, the other's stays");
    assert!(!contains(&file_bytes(&path), MARKER), "the marker is gone from the file, its WAL and -shm");
    assert!(has_chunks(&storage, &other_id).await);

    // The phone, still connected, edits the voice: nothing is stored.
    edit(&phone_voice, "voice", &format!("{LATE_MARKER} after"));
    // Something the hub does take, after it on the same connection.
    edit(&phone_other, "title", "edited after the erasure");
    eventually("the other's edit is stored", async || {
        heads(&other) == heads(&phone_other) && storage.is_durable(&other_id.to_string(), &heads(&other)).expect("is_durable")
    })
    .await;
    tokio::time::sleep(SETTLE).await;
    assert!(!has_chunks(&storage, &voice_id).await, "nothing of the voice is stored again");

    // Reconnected, it tries again.
    dialer.close();
    let dialer = hub.connect(&phone, &peer).await;
    edit(&phone_voice, "voice", &format!("{LATE_MARKER} reconnected"));
    tokio::time::sleep(SETTLE).await;
    assert!(!has_chunks(&storage, &voice_id).await);
    // And a put that reaches the storage (samod's copy in memory, say) is
    // dropped as well.
    let key = StorageKey::from_parts([voice_id.to_string().as_str(), "incremental", &"ab".repeat(32)]).expect("key");
    storage.put(key, LATE_MARKER.as_bytes().to_vec()).await;
    assert!(!has_chunks(&storage, &voice_id).await);
    let bytes = file_bytes(&path);
    assert!(!contains(&bytes, MARKER) && !contains(&bytes, LATE_MARKER));

    dialer.close();
    hub.stop().await;

    // A fresh server on the same file: the tombstone holds, the voice is
    // not there, the other is.
    let hub = Hub::open(&path).await;
    assert!(hub.storage.is_erased(&voice_id), "the tombstone survives a restart");
    assert!(hub.repo.find(voice_id.clone()).await.expect("running").is_none());
    let found = hub.repo.find(other_id.clone()).await.expect("running").expect("the other document loads");
    found.with_document(|doc| {
        let title = doc.get(ROOT, "title").expect("get").map(|(value, _)| value.as_str().expect("a string").to_owned());
        assert_eq!(title.as_deref(), Some("edited after the erasure"));
    });
    // The phone comes back to it and offers its copy.
    let dialer = hub.connect(&phone, &peer).await;
    edit(&phone_voice, "voice", &format!("{LATE_MARKER} after the restart"));
    tokio::time::sleep(SETTLE).await;
    assert!(!has_chunks(&hub.storage, &voice_id).await);
    dialer.close();
    phone.stop().await;
    hub.stop().await;
    let bytes = file_bytes(&path);
    assert!(!contains(&bytes, MARKER) && !contains(&bytes, LATE_MARKER), "nothing came back into the file");
}

#[tokio::test]
async fn erasing_twice_or_an_unknown_document_is_harmless() {
    let dir = tempfile::tempdir().expect("tempdir");
    let storage = SqliteStorage::open(&dir.path().join("hospes.db")).expect("open");
    let unknown = DocumentId::try_from(vec![7u8; 16]).expect("a uuid");
    storage.erase(&unknown).await.expect("erased");
    storage.erase(&unknown).await.expect("erased again");
    assert!(storage.is_erased(&unknown));
    storage.close().await;
    assert!(matches!(storage.erase(&unknown).await, Err(StorageError::Closed)));
}

/// Rules that count how often they are asked.
#[derive(Clone, Default)]
struct Counting(Arc<AtomicUsize>);

impl AccessRules for Counting {
    fn access(&self, _document: &str, _peer: &PeerId) -> Access {
        self.0.fetch_add(1, Ordering::SeqCst);
        Access::ReadWrite
    }
}

#[tokio::test]
async fn the_policy_denies_an_erased_document_without_asking_the_rules() {
    let dir = tempfile::tempdir().expect("tempdir");
    let storage = SqliteStorage::open(&dir.path().join("hospes.db")).expect("open");
    let rules = Counting::default();
    let policy = SharePolicyHook::new(rules.clone(), storage.tombstones());
    let (voice, other) = (DocumentId::try_from(vec![1u8; 16]).expect("uuid"), DocumentId::try_from(vec![2u8; 16]).expect("uuid"));
    let peer = PeerId::from("phone");

    let mut open_pair = Box::pin(policy.share(voice.clone(), peer.clone()));
    let mut other_pair = Box::pin(policy.share(other.clone(), peer.clone()));
    let read_write = ShareConfig::read_write().with_announce(false);
    assert_eq!(open_pair.next().await, Some(read_write));
    assert_eq!(other_pair.next().await, Some(read_write));
    assert_eq!(rules.0.load(Ordering::SeqCst), 2);

    storage.erase(&voice).await.expect("erased");
    // The open pair is re-decided: denied, and that is final.
    let next = tokio::time::timeout(NO_HANG, open_pair.next()).await.expect("a new decision");
    assert_eq!(next, Some(ShareConfig::none()));
    assert_eq!(open_pair.next().await, None);
    // The other pair is not re-decided, nor are the rules asked.
    assert!(tokio::time::timeout(SETTLE, other_pair.next()).await.is_err());
    // A new pair is denied from its first answer.
    let mut new_pair = Box::pin(policy.share(voice.clone(), PeerId::from("laptop")));
    assert_eq!(new_pair.next().await, Some(ShareConfig::none()));
    assert_eq!(rules.0.load(Ordering::SeqCst), 2, "the rules are never asked about the erased document");
    storage.close().await;
}

#[tokio::test]
async fn a_file_from_before_erasure_upgrades_and_loses_old_residue() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("hospes.db");
    {
        // Storage schema 2, written the way builds before this one did:
        // without secure_delete, so a deleted chunk stays in free space.
        let mut conn = Connection::open(&path).expect("open");
        conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA secure_delete = OFF;").expect("pragmas");
        let old = Component { name: STORAGE.name, steps: &STORAGE.steps[..2] };
        hospes_sync::storage::schema::migrate_component(&mut conn, &old).expect("schema 2");
        let kept = "kept/incremental/".to_owned() + &"cd".repeat(32);
        conn.execute("INSERT INTO chunks (key, data) VALUES (?1, ?2)", (&kept, b"kept".as_slice())).expect("insert");
        conn.execute("INSERT INTO documents (doc_id, first_stored_at, stored_version) VALUES ('kept', 0, 1)", []).expect("insert");
        let gone = "compacted/incremental/".to_owned() + &"ef".repeat(32);
        conn.execute("INSERT INTO chunks (key, data) VALUES (?1, ?2)", (&gone, MARKER.as_bytes())).expect("insert");
        conn.execute("DELETE FROM chunks WHERE key = ?1", [&gone]).expect("delete");
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).expect("checkpoint");
        assert_eq!(version_in_file(&conn, &STORAGE).expect("version"), 2);
    }
    assert!(contains(&file_bytes(&path), MARKER), "the old build left the deleted chunk's bytes");

    let storage = SqliteStorage::open(&path).expect("opens and upgrades");
    assert!(!contains(&file_bytes(&path), MARKER), "the upgrade rewrote the file once");
    let chunks = storage.load_range(StorageKey::from_parts(["kept"]).expect("key")).await;
    assert_eq!(chunks.values().collect::<Vec<_>>(), [b"kept"]);
    let kept = DocumentId::try_from(vec![3u8; 16]).expect("uuid");
    storage.erase(&kept).await.expect("the new table is there");
    storage.close().await;

    let conn = Connection::open(&path).expect("open");
    assert_eq!(version_in_file(&conn, &STORAGE).expect("version"), STORAGE.version());
    let erased: i64 = conn.query_row("SELECT COUNT(*) FROM erased_documents", [], |row| row.get(0)).expect("count");
    assert_eq!(erased, 1);
}
