//! Acceptance (issue #18, "Loses nothing, ever": crash rounds): while
//! several people write at once, the server is killed (SIGKILL) at a random
//! moment, again and again, and no change it had acknowledged is ever lost.
//!
//! Four writers (three editors writing services, one volunteer writing
//! events, which the server publishes by itself) each have their own samod
//! repo and WebSocket to the real server. They create new documents (made on
//! the phone, registered with `POST /api/v1/documents`, then synced, as the
//! editing app does) and edit their own and shared documents concurrently,
//! with a few batches in flight each; while the server is down they keep
//! editing offline for a while and send it all when it is back. Each round
//! starts the server on the same data directory (every other round with
//! commits slowed down by fault injection, which widens the window between a
//! sync reply and the write it acknowledges), waits until every writer is
//! online, then kills it after a random delay drawn from a seeded RNG, but
//! not before samod has compacted a document in this round. samod compacts a
//! document (writes a snapshot of it, then deletes the chunks the snapshot
//! supersedes) once it has more than 10 chunks on disk, when more than 10 new
//! changes are saved at once, and whenever it loads one with more than 10
//! changes; so compaction runs all through the rounds, and some kills land
//! between a snapshot's write and the deletions.
//!
//! After every kill, before anything can restart, the test reads what the
//! dead server left in its SQLite file (as the next start will load it) and
//! asserts:
//!
//! - every change hash any writer ever heard in the server's sync heads
//!   (what automerge-repo clients take as "the server has it", see
//!   [`client::ServerHeads`]) is in the stored document, with its whole
//!   history, in this round and all earlier ones (compaction must not lose
//!   what a previous server acknowledged);
//! - every registration the server answered 201 or 200 is still there;
//! - every pinned publication names heads the stored document has;
//! - the round really compacted: a snapshot chunk that was not there before.
//!
//! Checking the file of the dead server matters: once the writers reconnect
//! they send again whatever the server lacks, which would hide a loss. At the
//! end the writers go away and a fresh client checks, through a restarted
//! server, that every registered document is listed and every acknowledged
//! change is served.
//!
//! `HOSPES_CRASH_ROUNDS` sets the number of rounds (default 3, for the normal
//! suite: about 10 s); `HOSPES_CRASH_SEED` replays a run's kill delays, commit
//! delays and edits (the seed is printed first; thread timing still varies).
//! Each round prints what it checked. The long run (about 1.5 minutes on a
//! busy 2-core machine):
//!
//! ```text
//! HOSPES_CRASH_ROUNDS=20 cargo nextest run -p hospes-tests --test crash_rounds --no-capture
//! ```

use std::collections::{HashMap, HashSet, VecDeque};
use std::path::Path;
use std::str::FromStr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use automerge::transaction::Transactable;
use automerge::{AutomergeError, ChangeHash, ObjType, ROOT, ReadDoc, Value};
use hospes_tests::client::{self, ServerHeads};
use hospes_tests::{ServerProcess, User, fixtures, server, storage_probe};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use reqwest::StatusCode;
use samod::{ConnectionId, DialerHandle, DocHandle, Repo};
use serde_json::json;
use tokio::sync::watch;
use tokio::task::JoinHandle;
use tokio_tungstenite::tungstenite::Error as WsError;

const DEFAULT_ROUNDS: usize = 3;
const CITY: &str = "liege";
/// Name, role and the kind of document each writer creates.
const WRITERS: [(&str, &str, &str); 4] =
    [("amal", "editor", "service"), ("bogdan", "editor", "service"), ("chiara", "editor", "service"), ("dara", "volunteer", "event")];
/// Auto-publish soon after a change, so that publishing (reading documents,
/// pinning heads) runs during the rounds too.
const SERVER_ARGS: &[&str] = &["--auto-publish-quiet-ms", "200"];
/// The commit delay of the rounds that slow commits down.
const SLOW_COMMITS_MS: std::ops::RangeInclusive<u64> = 5..=40;
/// How long after every writer is online the server is killed (or after
/// the round's first compaction, if that comes later).
const KILL_DELAY_MS: std::ops::Range<u64> = 0..2500;
/// Batches of edits a writer sends before it waits for the oldest one to
/// be acknowledged.
const IN_FLIGHT: usize = 3;
/// At most this many batches are made offline while the server is down.
const OFFLINE_BATCHES: usize = 12;
/// The chance that a writer's next step creates a new document.
const NEW_DOCUMENT: f64 = 0.12;
/// Bound on every wait for an observable state: a busy machine is slow,
/// not stuck.
const PATIENCE: Duration = Duration::from_secs(120);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_changes_survive_crash_rounds() {
    let rounds: usize = env_or("HOSPES_CRASH_ROUNDS", DEFAULT_ROUNDS);
    assert!(rounds > 0, "HOSPES_CRASH_ROUNDS must be at least 1");
    let seed: u64 = env_or("HOSPES_CRASH_SEED", rand::random());
    println!(
        "crash rounds: {rounds} rounds, seed {seed} \
         (replay: HOSPES_CRASH_SEED={seed} HOSPES_CRASH_ROUNDS={rounds} \
         cargo nextest run -p hospes-tests --test crash_rounds --no-capture)"
    );
    let started = Instant::now();
    let mut rng = StdRng::seed_from_u64(seed);

    let dir = server::data_dir();
    let addr = server::free_local_addr();
    let database = dir.path().join("hospes.sqlite");
    let api = format!("http://{addr}");
    let sync_url = format!("ws://{addr}/sync");

    let first = ServerProcess::start_on(dir.path(), addr, SERVER_ARGS).await;
    first.add_city(CITY);
    let ledger: Ledger = Arc::default();
    let mut writers = Vec::new();
    for (n, (name, role, kind)) in WRITERS.into_iter().enumerate() {
        let user = first.add_user(name, CITY, role, &[]).await;
        let repo = client::repo(&user).await;
        let dialer = client::connect(&repo, &sync_url, &user).await;
        writers.push(Writer {
            name,
            user,
            kind,
            repo,
            dialer,
            api: api.clone(),
            docs: Vec::new(),
            ledger: ledger.clone(),
            rng: StdRng::seed_from_u64(seed.wrapping_add(1 + n as u64)),
            stats: WriterStats::default(),
        });
    }
    share_first_documents(&mut writers).await;

    let (stop, stopped) = watch::channel(false);
    let dialers: Vec<_> = writers.iter().map(|w| w.dialer.clone()).collect();
    let users: Vec<_> = writers.iter().map(|w| w.user.clone()).collect();
    let mut tasks: Vec<JoinHandle<WriterStats>> = writers.into_iter().map(|writer| tokio::spawn(writer.run(stopped.clone()))).collect();

    let mut disk = DiskState::default();
    disk.take_in(storage_probe::chunk_keys(&database));
    let mut running = Some(first);
    for round in 1..=rounds {
        // Every other round, each commit is delayed (fault injection), which
        // widens the window between a sync reply and the write it
        // acknowledges: without the durability gate such rounds lose changes.
        let slow_commits = (round % 2 == 0).then(|| rng.random_range(SLOW_COMMITS_MS));
        let hospes = match running.take() {
            Some(hospes) => hospes,
            None => {
                let slow = slow_commits.map(|ms| ms.to_string());
                let mut args = SERVER_ARGS.to_vec();
                if let Some(ms) = &slow {
                    args.extend(["--fault-slow-commits-ms", ms]);
                }
                ServerProcess::start_on(dir.path(), addr, &args).await
            }
        };
        for dialer in &dialers {
            tokio::time::timeout(PATIENCE, dialer.established())
                .await
                .expect("every writer is back online")
                .expect("the handshake succeeds");
        }
        let online = Instant::now();
        let delay = Duration::from_millis(rng.random_range(KILL_DELAY_MS));
        wait_for_compaction(&database, &disk.snapshots).await;
        tokio::time::sleep_until(tokio::time::Instant::from_std(online + delay)).await;
        let lived = online.elapsed();
        hospes.kill().await;
        fail_fast(&mut tasks).await;

        // Once no document has a connection any more, every acknowledgement
        // the dead server sent has been received and queued.
        wait_until("every writer notices the server is gone", || {
            ledger.lock().expect("ledger").iter().all(|doc| doc.server_heads.is_disconnected())
        })
        .await;
        let report = disk.check(&database, &ledger, round, seed);
        let commits = slow_commits.map_or("commits as configured".to_string(), |ms| format!("commits slowed by {ms} ms"));
        println!(
            "round {round} ({commits}): killed {lived:?} after every writer was online; on disk: {} documents, \
             {} acknowledged heads ({} changes) present, {} registrations, {} pinned publications; \
             {} new snapshots, {} chunks compacted away, {} compactions caught halfway",
            report.documents,
            report.heads,
            report.changes,
            report.registrations,
            report.publications,
            report.new_snapshots,
            report.compacted_away,
            report.halfway,
        );
    }

    // The writers go away for good (no client can send anything again),
    // and a fresh session checks what the restarted server serves.
    stop.send(true).expect("writers listen");
    for dialer in &dialers {
        dialer.close();
    }
    let mut stats = WriterStats::default();
    for task in tasks {
        let writer = tokio::time::timeout(PATIENCE, task).await.expect("writers stop").expect("a writer did not fail");
        stats.add(&writer);
    }
    let hospes = ServerProcess::start_on(dir.path(), addr, SERVER_ARGS).await;
    let (documents, changes) = check_served(&hospes, &users[0], &ledger, seed).await;
    assert!(hospes.terminate().await.success(), "the server stops cleanly at the end");

    println!(
        "crash rounds passed: {rounds} rounds, seed {seed}, {:?}; writers created {} documents \
         ({} registered), made {} edits offline and online; the restarted server served \
         {documents} documents with {changes} acknowledged changes; {} snapshots written, \
         {} chunks compacted away and {} compactions caught halfway in the rounds",
        started.elapsed(),
        stats.created,
        stats.registered,
        stats.edits,
        disk.snapshots_seen,
        disk.compacted_away,
        disk.halfway,
    );
    assert!(stats.created > 0 && disk.compacted_away > 0, "the rounds created documents and compacted chunks");
}

/// Every document any writer holds, as that writer holds it.
type Ledger = Arc<Mutex<Vec<Arc<Tracked>>>>;

/// One document in one writer's repo.
struct Tracked {
    id: String,
    kind: &'static str,
    handle: DocHandle,
    server_heads: ServerHeads,
    /// The server answered this writer's registration with 201 or 200.
    registered: AtomicBool,
}

impl Tracked {
    fn new(handle: DocHandle, kind: &'static str, registered: bool) -> Arc<Tracked> {
        Arc::new(Tracked {
            id: handle.document_id().to_string(),
            kind,
            server_heads: ServerHeads::watch(&handle),
            handle,
            registered: AtomicBool::new(registered),
        })
    }

    fn is_registered(&self) -> bool {
        self.registered.load(Ordering::SeqCst)
    }
}

#[derive(Default, Debug)]
struct WriterStats {
    created: usize,
    registered: usize,
    edits: u64,
}

impl WriterStats {
    fn add(&mut self, other: &WriterStats) {
        self.created += other.created;
        self.registered += other.registered;
        self.edits += other.edits;
    }
}

/// A phone or laptop with the editing app, online whenever the server is.
struct Writer {
    name: &'static str,
    user: User,
    kind: &'static str,
    repo: Repo,
    dialer: DialerHandle<WsError>,
    api: String,
    docs: Vec<Arc<Tracked>>,
    ledger: Ledger,
    rng: StdRng,
    stats: WriterStats,
}

/// Two services and an event everyone works on, so that edits to one
/// document arrive from several connections at once.
async fn share_first_documents(writers: &mut [Writer]) {
    let mut shared = Vec::new();
    for (owner, kind, count) in [(0, "service", 2), (3, "event", 1)] {
        for _ in 0..count {
            let writer = &mut writers[owner];
            let doc = writer.create(kind).await;
            assert!(doc.is_registered(), "{} registers a {kind} while online", writer.name);
            client::acknowledged(&doc.handle, &writer.dialer).await;
            shared.push((owner, kind, doc.handle.document_id().clone()));
        }
    }
    for (owner, kind, id) in shared {
        for (n, writer) in writers.iter_mut().enumerate() {
            // The volunteer works on events only.
            if n == owner || (writer.kind == "event" && kind != "event") {
                continue;
            }
            let handle = tokio::time::timeout(PATIENCE, writer.repo.find(id.clone()))
                .await
                .expect("found in time")
                .expect("the repo runs")
                .unwrap_or_else(|| panic!("{} finds the shared {kind}", writer.name));
            writer.track(Tracked::new(handle, kind, true));
        }
    }
}

impl Writer {
    async fn run(mut self, mut stop: watch::Receiver<bool>) -> WriterStats {
        let mut in_flight: VecDeque<Arc<Tracked>> = VecDeque::new();
        let mut offline_left: Option<usize> = None;
        while !*stop.borrow() {
            let connection = self.dialer.connection_id().filter(|_| self.dialer.is_connected());
            let Some(connection) = connection else {
                // Offline: edit for a while, then wait for the server.
                in_flight.clear();
                match offline_left {
                    None => offline_left = Some(self.rng.random_range(0..=OFFLINE_BATCHES)),
                    Some(0) => {
                        tokio::select! {
                            _ = self.dialer.established() => offline_left = None,
                            _ = stop.wait_for(|stop| *stop) => break,
                        }
                    }
                    Some(left) => {
                        self.step().await;
                        offline_left = Some(left - 1);
                    }
                }
                tokio::task::yield_now().await;
                continue;
            };
            offline_left = None;
            self.register_pending().await;
            let doc = self.step().await;
            if doc.is_registered() {
                in_flight.push_back(doc);
            }
            while in_flight.len() > IN_FLIGHT {
                let oldest = in_flight.pop_front().expect("not empty");
                self.wait_for_acknowledgement(&oldest, connection).await;
            }
            tokio::task::yield_now().await;
        }
        self.stats
    }

    /// Creates a document or edits one; returns it.
    async fn step(&mut self) -> Arc<Tracked> {
        if self.docs.is_empty() || self.rng.random_bool(NEW_DOCUMENT) {
            let kind = self.kind;
            return self.create(kind).await;
        }
        let doc = self.docs[self.rng.random_range(0..self.docs.len())].clone();
        for _ in 0..self.rng.random_range(1..=4) {
            edit(&doc.handle, &mut self.rng, self.name, self.stats.edits);
            self.stats.edits += 1;
        }
        doc
    }

    /// Makes a document on the device and registers it if the server can be
    /// reached (otherwise [`Self::register_pending`] does, later).
    async fn create(&mut self, kind: &'static str) -> Arc<Tracked> {
        let handle = self.repo.create(fixtures::document_of_kind(kind, None)).await.expect("created on the device");
        let doc = Tracked::new(handle, kind, false);
        self.track(doc.clone());
        self.stats.created += 1;
        if self.dialer.is_connected() {
            self.register(&doc).await;
        }
        doc
    }

    fn track(&mut self, doc: Arc<Tracked>) {
        self.docs.push(doc.clone());
        self.ledger.lock().expect("ledger").push(doc);
    }

    async fn register_pending(&mut self) {
        let pending: Vec<_> = self.docs.iter().filter(|doc| !doc.is_registered()).cloned().collect();
        for doc in pending {
            self.register(&doc).await;
        }
    }

    /// One attempt; a server that is down or dying is not an error.
    async fn register(&mut self, doc: &Tracked) {
        match self.user.register_at(&self.api, &doc.id, json!({ "kind": doc.kind, "city": CITY })).await {
            Ok(StatusCode::CREATED | StatusCode::OK) => {
                doc.registered.store(true, Ordering::SeqCst);
                self.stats.registered += 1;
            }
            Ok(status) if status.is_server_error() => {}
            Ok(status) => panic!("{} registering a {}: {status}", self.name, doc.kind),
            Err(_) => {}
        }
    }

    /// Waits until the server has acknowledged every change of `doc`, or the
    /// connection is gone.
    async fn wait_for_acknowledgement(&self, doc: &Tracked, connection: ConnectionId) {
        let started = Instant::now();
        let acknowledged = doc.handle.they_have_our_changes(connection);
        tokio::pin!(acknowledged);
        loop {
            tokio::select! {
                () = &mut acknowledged => return,
                () = tokio::time::sleep(Duration::from_millis(100)) => {
                    if self.dialer.connection_id() != Some(connection) || !self.dialer.is_connected() {
                        return;
                    }
                    assert!(
                        started.elapsed() < PATIENCE,
                        "{}: the server, still connected, did not acknowledge {} {} within {PATIENCE:?}",
                        self.name, doc.kind, doc.id
                    );
                }
            }
        }
    }
}

/// One local change: typing into the description (text, as the editing app
/// writes it) or setting a value of the writer's own.
fn edit(handle: &DocHandle, rng: &mut StdRng, writer: &str, n: u64) {
    let typing = rng.random_bool(0.7);
    let at: f64 = rng.random();
    let delete = rng.random_bool(0.2);
    handle.with_document(|doc| {
        doc.transact::<_, _, AutomergeError>(|tx| {
            match tx.get(ROOT, "description")? {
                Some((Value::Object(ObjType::Text), text)) if typing => {
                    let len = tx.length(&text);
                    let pos = ((len as f64) * at) as usize;
                    let del = if delete { 3.min(len - pos) as isize } else { 0 };
                    tx.splice_text(&text, pos, del, &format!("{writer}{n} "))?;
                }
                _ => tx.put(ROOT, format!("crash_rounds_{writer}"), n)?,
            }
            Ok(())
        })
        .expect("a local change applies")
    });
}

/// What the previous rounds found on disk.
#[derive(Default)]
struct DiskState {
    snapshots: HashSet<String>,
    incrementals: HashSet<String>,
    snapshots_seen: usize,
    compacted_away: usize,
    halfway: usize,
}

struct RoundReport {
    documents: usize,
    heads: usize,
    changes: usize,
    registrations: usize,
    publications: usize,
    new_snapshots: usize,
    compacted_away: usize,
    /// Documents whose snapshot was written but whose superseded chunks
    /// were not yet deleted when the server died.
    halfway: usize,
}

impl DiskState {
    /// Checks what a killed server left on disk (see the module
    /// documentation) and panics, naming the seed, at the first loss.
    fn check(&mut self, database: &Path, ledger: &Ledger, round: usize, seed: u64) -> RoundReport {
        let (heard, registered) = acknowledged(ledger);
        let mut report = RoundReport {
            documents: 0,
            heads: 0,
            changes: 0,
            registrations: registered.len(),
            publications: 0,
            new_snapshots: 0,
            compacted_away: 0,
            halfway: 0,
        };
        for (id, heads) in &heard {
            let stored = storage_probe::stored_document(database, id);
            let missing: Vec<_> = heads.iter().filter(|h| stored.get_change_by_hash(h).is_none()).collect();
            assert!(
                missing.is_empty(),
                "round {round} (seed {seed}): document {id} lost {} of the {} heads the server had \
                 acknowledged: {missing:?}",
                missing.len(),
                heads.len()
            );
            report.documents += 1;
            report.heads += heads.len();
            report.changes += history_len(&stored, heads);
        }
        for id in &registered {
            assert!(
                storage_probe::is_registered(database, id),
                "round {round} (seed {seed}): the registration of {id}, answered 201/200, was lost"
            );
        }
        for (id, pinned) in storage_probe::pinned_heads(database) {
            let stored = storage_probe::stored_document(database, &id);
            for head in &pinned {
                let hash = ChangeHash::from_str(head).expect("pinned heads are change hashes");
                assert!(
                    stored.get_change_by_hash(&hash).is_some(),
                    "round {round} (seed {seed}): {id} is published at {head}, which is not stored"
                );
            }
            report.publications += 1;
        }

        let keys = storage_probe::chunk_keys(database);
        report.halfway = compactions_halfway(&keys);
        let (new_snapshots, compacted_away) = self.take_in(keys);
        assert!(new_snapshots > 0, "round {round} (seed {seed}) compacted nothing");
        report.new_snapshots = new_snapshots;
        report.compacted_away = compacted_away;
        self.halfway += report.halfway;
        report
    }

    /// Remembers which chunks are stored now; returns how many snapshots
    /// are new and how many incremental chunks have gone since last time.
    fn take_in(&mut self, keys: Vec<String>) -> (usize, usize) {
        let snapshots: HashSet<String> = keys.iter().filter(|key| key.contains("/snapshot/")).cloned().collect();
        let incrementals: HashSet<String> = keys.into_iter().filter(|key| key.contains("/incremental/")).collect();
        let new_snapshots = snapshots.difference(&self.snapshots).count();
        let compacted_away = self.incrementals.difference(&incrementals).count();
        self.snapshots_seen += new_snapshots;
        self.compacted_away += compacted_away;
        self.snapshots = snapshots;
        self.incrementals = incrementals;
        (new_snapshots, compacted_away)
    }
}

/// How many documents a compaction was caught in the middle of: the new
/// snapshot is stored and so is the older one it supersedes (samod deletes
/// that only once the new one is written; the next start compacts again).
/// A first compaction, with no older snapshot, is not counted.
fn compactions_halfway(keys: &[String]) -> usize {
    let mut snapshots: HashMap<&str, usize> = HashMap::new();
    for key in keys {
        if let Some((doc, _)) = key.split_once("/snapshot/") {
            *snapshots.entry(doc).or_default() += 1;
        }
    }
    snapshots.values().filter(|count| **count > 1).count()
}

/// Every head the server has named to any writer, per document (with at
/// least one), and the documents whose registration it answered.
fn acknowledged(ledger: &Ledger) -> (HashMap<String, HashSet<ChangeHash>>, HashSet<String>) {
    let mut heard: HashMap<String, HashSet<ChangeHash>> = HashMap::new();
    let mut registered = HashSet::new();
    for doc in ledger.lock().expect("ledger").iter() {
        let heads = doc.server_heads.heard();
        if !heads.is_empty() {
            heard.entry(doc.id.clone()).or_default().extend(heads);
        }
        if doc.is_registered() {
            registered.insert(doc.id.clone());
        }
    }
    (heard, registered)
}

/// How many changes `heads` and their ancestors are, in `doc` (which has
/// them all).
fn history_len(doc: &automerge::Automerge, heads: &HashSet<ChangeHash>) -> usize {
    let heads: Vec<_> = heads.iter().copied().collect();
    doc.get_changes_meta(&[]).len() - doc.get_changes_meta(&heads).len()
}

/// Through a restarted server, as a fresh session of `user`: every
/// registered document is listed and every acknowledged change is served.
/// Returns the documents and changes checked.
async fn check_served(hospes: &ServerProcess, user: &User, ledger: &Ledger, seed: u64) -> (usize, usize) {
    let session = hospes.sign_in(&user.name, &user.passphrase).await;
    let listed: HashSet<String> =
        hospes.documents(&session, CITY).await.iter().map(|doc| doc["documentId"].as_str().expect("an id").to_string()).collect();
    let (heard, registered) = acknowledged(ledger);
    for id in &registered {
        assert!(listed.contains(id), "(seed {seed}) registered document {id} is not listed after the rounds");
    }
    let checker = client::repo(&session).await;
    let _dialer = client::connect(&checker, &hospes.sync_url(), &session).await;
    let mut changes = 0;
    for (id, heads) in &heard {
        let found = tokio::time::timeout(PATIENCE, checker.find(id.parse().expect("a document id")))
            .await
            .expect("found in time")
            .expect("the repo runs")
            .unwrap_or_else(|| panic!("(seed {seed}) acknowledged document {id} is not served"));
        changes += found.with_document(|doc| {
            let missing: Vec<_> = heads.iter().filter(|h| doc.get_change_by_hash(h).is_none()).collect();
            assert!(missing.is_empty(), "(seed {seed}) document {id} is served without acknowledged changes {missing:?}");
            history_len(doc, heads)
        });
    }
    (heard.len(), changes)
}

/// Waits until the server has written a snapshot not among `known`.
async fn wait_for_compaction(database: &Path, known: &HashSet<String>) {
    wait_until("samod compacts a document", || {
        storage_probe::chunk_keys(database).iter().any(|key| key.contains("/snapshot/") && !known.contains(key))
    })
    .await;
}

/// Waits (up to [`PATIENCE`]) until `condition` holds, checking it often.
async fn wait_until(what: &str, mut condition: impl FnMut() -> bool) {
    let deadline = Instant::now() + PATIENCE;
    while !condition() {
        assert!(Instant::now() < deadline, "waited {PATIENCE:?} for this in vain: {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// A writer that panicked fails the test now, with its message.
async fn fail_fast(tasks: &mut [JoinHandle<WriterStats>]) {
    for task in tasks.iter_mut() {
        if task.is_finished() {
            match task.await {
                Ok(_) => panic!("a writer stopped early"),
                Err(error) => std::panic::resume_unwind(error.into_panic()),
            }
        }
    }
}

fn env_or<T: FromStr>(name: &str, default: T) -> T {
    match std::env::var(name) {
        Ok(value) => value.parse().unwrap_or_else(|_| panic!("{name}={value:?} is not a number")),
        Err(_) => default,
    }
}
