//! Convergence: replicas that edit one service concurrently, online and
//! offline, end with the same document, and that document is a valid
//! [`Service`].
//!
//! ## What one case does
//!
//! A hub stands for the server: the hospes-sync repo ([`repo::open`]) on
//! [`SqliteStorage`], every outgoing frame behind the durability gate and
//! each connection bound to its peer id, as `/sync` serves it. Between 2 and
//! 50 replicas (plain samod repos in memory, like phones) dial it through
//! in-memory channels and find the service it created; some pairs of
//! replicas also dial each other directly. Then a random sequence of steps:
//!
//! - edits as the web app makes them, straight on the Automerge document
//!   (`web/src/editor/documents.ts`): text changed by `update_text` (the
//!   Rust twin of `updateText`; a source edit also bumps `source_revision`
//!   unless marked minor), a value set whole only when it changes, a
//!   conflict resolved by deleting and setting the field in one change,
//!   places and schedules pushed in the web app's empty shape
//!   (`emptyPlace`, `emptySchedule`), removed by id, their fields set after
//!   finding the element by id; numbers stored as JavaScript stores them
//!   (a whole number as an `Int`, others as `F64`);
//! - edits as the server makes them, on the hub or on a replica, through
//!   [`model::change`]: hydrate the [`Service`], change it (status, flags,
//!   whole texts as an import writes them, places and schedules added,
//!   removed and edited, the last verification), reconcile it, in one
//!   transaction; the document must then hydrate to exactly that value;
//! - a link cut (what is in flight is lost, both ends see the connection
//!   end, the dialer retries with backoff until the link is back) or
//!   restored; a pause of a few milliseconds that lets some messages through.
//!
//! New places and schedules get ids unique to their replica, as the web
//! app's random ones are (`newElementId`: six characters of 36, so two
//! devices picking the same one is negligible). The same id added on two
//! replicas at once would be two elements; that is not generated here.
//!
//! ## What it guarantees
//!
//! Once every link is back up, the test waits until the hub and every
//! replica have the same heads (polled, bounded by [`SETTLE`], no fixed
//! sleeps). Then:
//!
//! - every replica has the same document as the hub: every key, every
//!   conflicting value with its type, every list and text;
//! - `autosurgeon::hydrate::<Service>` succeeds on each, to the same value;
//! - place and schedule ids are unique, and exactly the ones that were there
//!   at the start or added, minus those removed: no element lost, none
//!   brought back after a removal;
//! - no edit failed on the way: each server-style edit hydrated the state
//!   that replica had then, and its reconciled value read back unchanged.
//!
//! It does not judge how texts or conflicting values merged (Automerge
//! decides that), nor durability across a crash (`durability.rs` and
//! `tests/tests/durability.rs`).
//!
//! ## Running it
//!
//! The normal suite runs [`DEFAULT_CASES`] cases; `PROPTEST_CASES` sets how
//! many. The long run (release: a case with 50 replicas takes seconds
//! unoptimized; the `long` nextest profile allows the time):
//!
//! ```text
//! PROPTEST_CASES=500 cargo nextest run --release -P long -p hospes-sync --test convergence --no-capture
//! ```
//!
//! Each case prints a line (replicas, steps, time to settle). A failing
//! case is shrunk, printed, and its seed written to
//! `convergence.proptest-regressions` beside this file (commit it), so every
//! later run tries it first. Its steps and link events replay exactly; the
//! interleaving of messages depends on timing. A seed is only as good as the
//! strategies that read it: changing them makes old seeds other cases.

use std::collections::BTreeSet;
use std::convert::Infallible;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use automerge::transaction::Transactable;
use automerge::{Automerge, ChangeHash, ObjId, ObjType, ROOT, ReadDoc, ScalarValue, Value};
use autosurgeon::{Text, hydrate, reconcile};
use futures::StreamExt;
use futures::future::{BoxFuture, join_all};
use hospes_content::model::{self, Address, Location, Schedule, Service, ServiceStatus, Verification};
use hospes_sync::durability::{DurabilityGate, hold_until_durable};
use hospes_sync::policy::OpenAccess;
use hospes_sync::repo;
use hospes_sync::storage::SqliteStorage;
use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::test_runner::FileFailurePersistence;
use samod::{AcceptorHandle, BackoffConfig, DialError, Dialer, DialerHandle, DocHandle, PeerId, Repo, Transport};
use tokio::sync::watch;

/// Cases in the normal suite; `PROPTEST_CASES` overrides it.
const DEFAULT_CASES: u32 = 4;
const MAX_REPLICAS: usize = 50;
/// How long sync may take to settle before the replicas count as diverged.
/// Generous: on a busy 2-core machine, 50 replicas take seconds; a stuck
/// sync never settles however long we wait.
const SETTLE: Duration = Duration::from_secs(120);
const SETUP: Duration = Duration::from_secs(60);

// ---------------------------------------------------------------- the steps

#[derive(Debug, Clone)]
enum TextField {
    Name,
    Description,
    Eligibility,
    DocumentsNeeded,
    Fee,
    /// A place's, chosen among those the replica has.
    Accessibility(Index),
    /// A schedule's.
    Notes(Index),
}

#[derive(Debug, Clone)]
enum Scalar {
    Status(ServiceStatus),
    OpenToAll(bool),
    Free(bool),
    Interpretation(bool),
    Organization(&'static str),
}

#[derive(Debug, Clone)]
enum PlaceEdit {
    Name(&'static str),
    Street(&'static str),
    Outreach(bool),
    Latitude(Option<f64>),
    Longitude(Option<f64>),
}

#[derive(Debug, Clone)]
enum ScheduleEdit {
    OpensAt(&'static str),
    ClosesAt(&'static str),
    ByAppointment(bool),
    ValidTo(Option<&'static str>),
    AddClosedDate(&'static str),
    RemoveClosedDate(Index),
}

#[derive(Debug, Clone, Copy)]
enum List {
    Places,
    Schedules,
}

/// An edit as the web app makes it.
#[derive(Debug, Clone)]
enum WebEdit {
    /// Typing: the text becomes `before[..at] + insert + before[at + delete..]`.
    Type {
        field: TextField,
        at: Index,
        delete: usize,
        insert: String,
        minor: bool,
    },
    Set(Scalar),
    /// The conflict chooser: delete and set in one change.
    Resolve(Scalar),
    Add(List),
    Remove(List, Index),
    EditPlace(Index, PlaceEdit),
    EditSchedule(Index, ScheduleEdit),
}

/// One change to the hydrated value in a server-style edit.
#[derive(Debug, Clone)]
enum ServerEdit {
    Set(Scalar),
    /// A whole new text, as an import writes it (`Text::with_value`).
    ReplaceText(TextField, String),
    AddPlace(&'static str),
    AddSchedule(&'static str),
    Remove(List, Index),
    EditPlace(Index, PlaceEdit),
    EditSchedule(Index, ScheduleEdit),
    Verify(Option<&'static str>),
    BumpRevision,
}

#[derive(Debug, Clone)]
enum Step {
    /// On a replica (never the hub: the server has no web app).
    Web {
        who: Index,
        edit: WebEdit,
    },
    /// On the hub (index 0) or a replica.
    Server {
        who: Index,
        edits: Vec<ServerEdit>,
    },
    Cut(Index),
    Restore(Index),
    Pause(u8),
}

#[derive(Debug, Clone)]
struct Case {
    replicas: usize,
    /// Replicas that also dial each other (the second dials the first).
    pairs: Vec<(Index, Index)>,
    steps: Vec<Step>,
}

const SNIPPETS: &[&str] = &["a", "b", "z", " ", "\n", "é", "ß", "ع", "ش", "中", "👍", "Ça", "–"];
const NAMES: &[&str] = &["", "Maison", "Centre Nord", "Bus", "مركز"];
const TIMES: &[&str] = &["", "08:00", "09:30", "13:00", "17:00", "23:30"];
const DATES: &[&str] = &["2026-12-25", "2027-01-01", "2027-05-01", "2027-07-21"];

fn snippet(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(select(SNIPPETS), 0..=max).prop_map(|parts| parts.concat())
}

fn text_field() -> impl Strategy<Value = TextField> {
    prop_oneof![
        Just(TextField::Name),
        Just(TextField::Description),
        Just(TextField::Eligibility),
        Just(TextField::DocumentsNeeded),
        Just(TextField::Fee),
        any::<Index>().prop_map(TextField::Accessibility),
        any::<Index>().prop_map(TextField::Notes),
    ]
}

fn scalar() -> impl Strategy<Value = Scalar> {
    prop_oneof![
        select(&[ServiceStatus::Active, ServiceStatus::TemporarilyClosed, ServiceStatus::Closed][..]).prop_map(Scalar::Status),
        any::<bool>().prop_map(Scalar::OpenToAll),
        any::<bool>().prop_map(Scalar::Free),
        any::<bool>().prop_map(Scalar::Interpretation),
        select(&["Maison d'accueil", "Croix-Rouge", "جمعية"][..]).prop_map(Scalar::Organization),
    ]
}

/// A coordinate as an editor types it: often whole degrees.
fn coordinate() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![
        Just(None),
        (-90i32..=90).prop_map(|degrees| Some(f64::from(degrees))),
        (-9000i32..=9000).prop_map(|hundredths| Some(f64::from(hundredths) / 100.0)),
    ]
}

fn place_edit() -> impl Strategy<Value = PlaceEdit> {
    prop_oneof![
        select(NAMES).prop_map(PlaceEdit::Name),
        select(&["", "1 rue de l'Exemple", "Hauptstraße 5"][..]).prop_map(PlaceEdit::Street),
        any::<bool>().prop_map(PlaceEdit::Outreach),
        coordinate().prop_map(PlaceEdit::Latitude),
        coordinate().prop_map(PlaceEdit::Longitude),
    ]
}

fn schedule_edit() -> impl Strategy<Value = ScheduleEdit> {
    prop_oneof![
        select(TIMES).prop_map(ScheduleEdit::OpensAt),
        select(TIMES).prop_map(ScheduleEdit::ClosesAt),
        any::<bool>().prop_map(ScheduleEdit::ByAppointment),
        proptest::option::of(select(DATES)).prop_map(ScheduleEdit::ValidTo),
        select(DATES).prop_map(ScheduleEdit::AddClosedDate),
        any::<Index>().prop_map(ScheduleEdit::RemoveClosedDate),
    ]
}

fn list() -> impl Strategy<Value = List> {
    prop_oneof![Just(List::Places), Just(List::Schedules)]
}

fn web_edit() -> impl Strategy<Value = WebEdit> {
    prop_oneof![
        8 => (text_field(), any::<Index>(), 0usize..4, snippet(4), any::<bool>())
            .prop_map(|(field, at, delete, insert, minor)| WebEdit::Type { field, at, delete, insert, minor }),
        3 => scalar().prop_map(WebEdit::Set),
        1 => scalar().prop_map(WebEdit::Resolve),
        2 => list().prop_map(WebEdit::Add),
        2 => (list(), any::<Index>()).prop_map(|(list, which)| WebEdit::Remove(list, which)),
        2 => (any::<Index>(), place_edit()).prop_map(|(which, edit)| WebEdit::EditPlace(which, edit)),
        2 => (any::<Index>(), schedule_edit()).prop_map(|(which, edit)| WebEdit::EditSchedule(which, edit)),
    ]
}

fn server_edit() -> impl Strategy<Value = ServerEdit> {
    prop_oneof![
        3 => scalar().prop_map(ServerEdit::Set),
        2 => (text_field(), snippet(6)).prop_map(|(field, text)| ServerEdit::ReplaceText(field, text)),
        1 => select(NAMES).prop_map(ServerEdit::AddPlace),
        1 => select(TIMES).prop_map(ServerEdit::AddSchedule),
        2 => (list(), any::<Index>()).prop_map(|(list, which)| ServerEdit::Remove(list, which)),
        2 => (any::<Index>(), place_edit()).prop_map(|(which, edit)| ServerEdit::EditPlace(which, edit)),
        2 => (any::<Index>(), schedule_edit()).prop_map(|(which, edit)| ServerEdit::EditSchedule(which, edit)),
        1 => proptest::option::of(select(&["Amal", "Jonas"][..])).prop_map(ServerEdit::Verify),
        1 => Just(ServerEdit::BumpRevision),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        10 => (any::<Index>(), web_edit()).prop_map(|(who, edit)| Step::Web { who, edit }),
        4 => (any::<Index>(), proptest::collection::vec(server_edit(), 1..4))
            .prop_map(|(who, edits)| Step::Server { who, edits }),
        2 => any::<Index>().prop_map(Step::Cut),
        2 => any::<Index>().prop_map(Step::Restore),
        2 => (0u8..8).prop_map(Step::Pause),
    ]
}

fn case() -> impl Strategy<Value = Case> {
    (
        // Mostly a few replicas (cheap, and most interleavings), often many.
        prop_oneof![2 => 2..=8usize, 1 => 9..=MAX_REPLICAS],
        proptest::collection::vec((any::<Index>(), any::<Index>()), 0..6),
        proptest::collection::vec(step(), 1..100),
    )
        .prop_map(|(replicas, pairs, steps)| Case { replicas, pairs, steps })
}

// ---------------------------------------------------------------- the links

/// A network link that the test cuts and restores. Cutting ends the current
/// transport at both ends (what is in flight is lost); while it is down the
/// dialer's attempts fail and it retries with backoff.
struct Link {
    url: samod::Url,
    /// (up, epoch): every cut starts a new epoch; a transport lives in one.
    state: watch::Sender<(bool, u64)>,
    to: AcceptorHandle,
    /// Set when the far end is the hub: its outgoing frames pass the
    /// durability gate, and the connection is bound to the dialer's peer id
    /// as the server binds a session's.
    hub: Option<(DurabilityGate, PeerId)>,
}

impl Link {
    fn cut(&self) {
        self.state.send_modify(|(up, epoch)| {
            *up = false;
            *epoch += 1;
        });
    }

    fn restore(&self) {
        self.state.send_modify(|(up, _)| *up = true);
    }

    /// Completes when the link is cut after `epoch` began.
    fn cut_after(&self, epoch: u64) -> impl Future<Output = ()> + Send + 'static {
        let mut state = self.state.subscribe();
        async move {
            let _ = state.wait_for(|(_, now)| *now != epoch).await;
        }
    }
}

struct LinkDialer(Arc<Link>);

#[derive(Debug)]
struct LinkDown;

impl std::fmt::Display for LinkDown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the link is down")
    }
}

impl std::error::Error for LinkDown {}

impl Dialer for LinkDialer {
    type Error = Infallible;

    fn url(&self) -> samod::Url {
        self.0.url.clone()
    }

    fn connect(&self) -> BoxFuture<'static, Result<Transport, DialError<Infallible>>> {
        let link = self.0.clone();
        Box::pin(async move {
            let (up, epoch) = *link.state.borrow();
            if !up {
                return Err(DialError::transient(LinkDown));
            }
            let (to_far, from_near) = futures::channel::mpsc::unbounded::<Vec<u8>>();
            let (to_near, from_far) = futures::channel::mpsc::unbounded::<Vec<u8>>();
            let far_incoming = from_near.take_until(Box::pin(link.cut_after(epoch))).map(Ok::<_, Infallible>);
            let near_incoming = from_far.take_until(Box::pin(link.cut_after(epoch))).map(Ok::<_, Infallible>);
            let far = match &link.hub {
                Some((gate, peer)) => {
                    let outgoing = hold_until_durable(to_near, gate.clone());
                    Transport::new(far_incoming, Box::pin(outgoing)).with_expected_peer_id(peer.clone())
                }
                None => Transport::new(far_incoming, to_near),
            };
            link.to.accept(far).map_err(DialError::transient)?;
            Ok(Transport::new(near_incoming, to_far))
        })
    }
}

// ---------------------------------------------------------------- the world

struct Replica {
    repo: Repo,
    doc: DocHandle,
    /// Counts the places and schedules it added, for their ids.
    added: usize,
}

struct World {
    _dir: tempfile::TempDir,
    storage: SqliteStorage,
    hub: Repo,
    hub_doc: DocHandle,
    replicas: Vec<Replica>,
    hub_added: usize,
    links: Vec<Arc<Link>>,
    dialers: Vec<DialerHandle<Infallible>>,
    /// Ids of places and schedules that should be there in the end.
    places: BTreeSet<String>,
    schedules: BTreeSet<String>,
    /// What went wrong during the steps.
    failures: Vec<String>,
}

fn backoff() -> BackoffConfig {
    BackoffConfig { initial_delay: Duration::from_millis(5), max_delay: Duration::from_millis(50), max_retries: None }
}

fn fixture_service() -> Service {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/content/service.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("the service fixture")).expect("a service")
}

fn new_link(url: String, to: &AcceptorHandle, hub: Option<(DurabilityGate, PeerId)>) -> Arc<Link> {
    Arc::new(Link { url: url.parse().expect("a url"), state: watch::channel((true, 0)).0, to: to.clone(), hub })
}

impl World {
    async fn new(case: &Case) -> Result<World, String> {
        let dir = tempfile::tempdir().expect("tempdir");
        let storage = SqliteStorage::open(&dir.path().join("hospes.db")).expect("open the storage");
        let hub = repo::open(storage.clone(), OpenAccess).await;
        let hub_acceptor = hub.make_acceptor("channel://hub".parse().expect("url")).expect("running");
        let service = fixture_service();
        let mut initial = Automerge::new();
        initial.transact(|tx| reconcile(tx, &service)).map_err(|f| format!("{:?}", f.error))?;
        let hub_doc = hub.create(initial).await.map_err(|_| "hub stopped")?;
        let gate = DurabilityGate::new(storage.clone());

        let mut repos = Vec::new();
        let mut links = Vec::new();
        let mut dialers = Vec::new();
        for i in 0..case.replicas {
            let peer = PeerId::from(format!("client-{i}").as_str());
            let repo = Repo::build_tokio().with_peer_id(peer.clone()).load().await;
            let link = new_link(format!("channel://hub/client-{i}"), &hub_acceptor, Some((gate.clone(), peer)));
            dialers.push(repo.dial(backoff(), Arc::new(LinkDialer(link.clone()))).expect("running"));
            links.push(link);
            repos.push(repo);
        }
        let established = join_all(dialers.iter().map(|d| d.established()));
        tokio::time::timeout(SETUP, established).await.map_err(|_| "replicas did not connect to the hub")?;
        let id = hub_doc.document_id().clone();
        let found = join_all(repos.iter().map(|r| r.find(id.clone())));
        let found = tokio::time::timeout(SETUP, found).await.map_err(|_| "replicas did not find the service")?;
        let mut replicas = Vec::new();
        for (repo, doc) in repos.into_iter().zip(found) {
            let doc = doc.map_err(|_| "stopped")?.ok_or("a replica did not find the service")?;
            replicas.push(Replica { repo, doc, added: 0 });
        }

        let mut paired = BTreeSet::new();
        for (a, b) in &case.pairs {
            let (a, b) = (a.index(case.replicas), b.index(case.replicas));
            if a == b || !paired.insert((a.min(b), a.max(b))) {
                continue;
            }
            let acceptor = replicas[a].repo.make_acceptor(format!("channel://client-{a}").parse().expect("url")).expect("running");
            let link = new_link(format!("channel://client-{a}/client-{b}"), &acceptor, None);
            dialers.push(replicas[b].repo.dial(backoff(), Arc::new(LinkDialer(link.clone()))).expect("running"));
            links.push(link);
        }

        Ok(World {
            _dir: dir,
            storage,
            hub,
            hub_doc,
            replicas,
            hub_added: 0,
            links,
            dialers,
            places: service.locations.iter().map(|l| l.id.clone()).collect(),
            schedules: service.schedules.iter().map(|s| s.id.clone()).collect(),
            failures: Vec::new(),
        })
    }

    fn handles(&self) -> impl Iterator<Item = (String, &DocHandle)> {
        std::iter::once(("hub".to_string(), &self.hub_doc))
            .chain(self.replicas.iter().enumerate().map(|(i, r)| (format!("client-{i}"), &r.doc)))
    }

    async fn run(&mut self, step: &Step) {
        match step {
            Step::Web { who, edit } => {
                let who = who.index(self.replicas.len());
                let replica = &mut self.replicas[who];
                let fresh = format!("c{who}-{}", replica.added);
                let outcome = replica.doc.with_document(|doc| web_edit_on(doc, edit, &fresh));
                match outcome {
                    Ok(effect) => self.record(effect, &fresh, who + 1),
                    Err(error) => self.failures.push(format!("client-{who}: web edit {edit:?}: {error}")),
                }
            }
            Step::Server { who, edits } => {
                let who = who.index(self.replicas.len() + 1);
                let (name, doc, fresh) = if who == 0 {
                    ("hub".to_string(), &self.hub_doc, format!("h-{}", self.hub_added))
                } else {
                    let r = &self.replicas[who - 1];
                    (format!("client-{}", who - 1), &r.doc, format!("s{}-{}", who - 1, r.added))
                };
                let outcome = doc.with_document(|doc| server_edit_on(doc, edits, &fresh));
                match outcome {
                    Ok(effects) => {
                        for effect in effects {
                            self.record(effect, &fresh, who);
                        }
                    }
                    Err(error) => self.failures.push(format!("{name}: server edit {edits:?}: {error}")),
                }
            }
            Step::Cut(link) => self.links[link.index(self.links.len())].cut(),
            Step::Restore(link) => self.links[link.index(self.links.len())].restore(),
            Step::Pause(ms) => tokio::time::sleep(Duration::from_millis(u64::from(*ms))).await,
        }
    }

    /// Notes what an edit did to the lists; `who` is 0 for the hub, else the
    /// replica's index + 1.
    fn record(&mut self, effect: Effect, fresh: &str, who: usize) {
        let mut used = false;
        match effect {
            Effect::None => {}
            Effect::Added(List::Places) => {
                used = true;
                self.places.insert(fresh.to_string());
            }
            Effect::Added(List::Schedules) => {
                used = true;
                self.schedules.insert(fresh.to_string());
            }
            Effect::Removed(List::Places, id) => {
                self.places.remove(&id);
            }
            Effect::Removed(List::Schedules, id) => {
                self.schedules.remove(&id);
            }
        }
        if used {
            if who == 0 {
                self.hub_added += 1;
            } else {
                self.replicas[who - 1].added += 1;
            }
        }
    }

    /// Waits until every replica and the hub have the same heads.
    async fn settle(&self) -> Result<(), String> {
        let deadline = Instant::now() + SETTLE;
        loop {
            let heads: Vec<Vec<ChangeHash>> = self.handles().map(|(_, h)| sorted_heads(h)).collect();
            if heads.iter().all(|h| *h == heads[0]) {
                return Ok(());
            }
            if Instant::now() > deadline {
                let mut groups: Vec<(Vec<ChangeHash>, Vec<String>)> = Vec::new();
                for ((name, _), h) in self.handles().zip(heads) {
                    match groups.iter_mut().find(|(g, _)| *g == h) {
                        Some((_, names)) => names.push(name),
                        None => groups.push((h, vec![name])),
                    }
                }
                let connected = self.dialers.iter().filter(|d| d.is_connected()).count();
                return Err(format!(
                    "heads still differ after {SETTLE:?} ({connected} of {} links connected): {groups:?}",
                    self.dialers.len()
                ));
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// The assertions once sync has settled.
    fn check(&self) -> Result<(), String> {
        let mut problems = Vec::new();
        let (_, hub) = self.handles().next().expect("the hub");
        let (reference_dump, reference) = hub.with_document(|doc| (dump(doc), hydrate::<_, Service>(&*doc)));
        let reference = match reference {
            Ok(service) => service,
            Err(error) => return Err(format!("the merged document does not hydrate: {error}\n{reference_dump}")),
        };
        for (name, handle) in self.handles().skip(1) {
            let (text, value) = handle.with_document(|doc| (dump(doc), hydrate::<_, Service>(&*doc)));
            if text != reference_dump {
                problems.push(format!("{name}'s document differs from the hub's:\n{text}\nhub:\n{reference_dump}"));
            }
            match value {
                Ok(value) if value == reference => {}
                Ok(value) => problems.push(format!("{name} hydrates to {value:?}, the hub to {reference:?}")),
                Err(error) => problems.push(format!("{name}'s document does not hydrate: {error}")),
            }
        }
        let places: Vec<&str> = reference.locations.iter().map(|l| l.id.as_str()).collect();
        let schedules: Vec<&str> = reference.schedules.iter().map(|s| s.id.as_str()).collect();
        for (what, ids, expected) in [("places", &places, &self.places), ("schedules", &schedules, &self.schedules)] {
            let unique: BTreeSet<&str> = ids.iter().copied().collect();
            if unique.len() != ids.len() {
                problems.push(format!("{what}: an id twice: {ids:?}"));
            }
            let expected: BTreeSet<&str> = expected.iter().map(String::as_str).collect();
            if unique != expected {
                problems.push(format!("{what}: ids {unique:?}, expected {expected:?}"));
            }
        }
        if problems.is_empty() { Ok(()) } else { Err(problems.join("\n")) }
    }

    async fn stop(self) {
        for dialer in &self.dialers {
            dialer.close();
        }
        join_all(self.replicas.iter().map(|r| r.repo.stop())).await;
        self.hub.stop().await;
        self.storage.close().await;
    }
}

fn sorted_heads(handle: &DocHandle) -> Vec<ChangeHash> {
    let mut heads = handle.with_document(|doc| doc.get_heads());
    heads.sort();
    heads
}

/// The whole document as text: every key in order with all its conflicting
/// values (types included), every list element, every text.
fn dump(doc: &Automerge) -> String {
    fn value(doc: &Automerge, value: Value<'_>, id: ObjId, depth: usize, out: &mut String) {
        match value {
            Value::Scalar(scalar) => {
                let _ = write!(out, "{:?}", scalar.as_ref());
            }
            Value::Object(ObjType::Text) => {
                let _ = write!(out, "text {:?}", doc.text(&id).expect("a text"));
            }
            Value::Object(kind) => {
                let _ = writeln!(out, "{kind:?}");
                object(doc, &id, depth + 1, out);
            }
        }
    }
    fn object(doc: &Automerge, obj: &ObjId, depth: usize, out: &mut String) {
        let indent = "  ".repeat(depth);
        match doc.object_type(obj).expect("an object") {
            ObjType::Map | ObjType::Table => {
                for key in doc.keys(obj) {
                    for (v, id) in doc.get_all(obj, key.as_str()).expect("values") {
                        let _ = write!(out, "{indent}{key}: ");
                        value(doc, v, id, depth, out);
                        out.push('\n');
                    }
                }
            }
            ObjType::List => {
                for i in 0..doc.length(obj) {
                    for (v, id) in doc.get_all(obj, i).expect("values") {
                        let _ = write!(out, "{indent}[{i}] ");
                        value(doc, v, id, depth, out);
                        out.push('\n');
                    }
                }
            }
            ObjType::Text => {
                let _ = writeln!(out, "{indent}{:?}", doc.text(obj).expect("a text"));
            }
        }
    }
    let mut out = String::new();
    object(doc, &ROOT, 0, &mut out);
    out
}

// ---------------------------------------------------------------- web edits

enum Effect {
    None,
    Added(List),
    Removed(List, String),
}

fn key_of(list: List) -> &'static str {
    match list {
        List::Places => "locations",
        List::Schedules => "schedules",
    }
}

/// The object at `key` of `obj`, as the document shows it (the winner of a
/// conflict, as JavaScript reads it).
fn child<R: ReadDoc>(doc: &R, obj: &ObjId, key: &str) -> Option<ObjId> {
    match doc.get(obj, key).ok()?? {
        (Value::Object(_), id) => Some(id),
        _ => None,
    }
}

fn list_items<R: ReadDoc>(doc: &R, list: List) -> (ObjId, Vec<(ObjId, String)>) {
    let obj = child(doc, &ROOT, key_of(list)).expect("the list");
    let items = (0..doc.length(&obj))
        .filter_map(|i| {
            let element = match doc.get(&obj, i).ok()?? {
                (Value::Object(ObjType::Map), id) => id,
                _ => return None,
            };
            let id = match doc.get(&element, "id").ok()?? {
                (Value::Scalar(s), _) => s.as_str()?.to_string(),
                _ => return None,
            };
            Some((element, id))
        })
        .collect();
    (obj, items)
}

/// The element the UI shows at `which`, found again by its id (a row follows
/// its element when others move).
fn element<R: ReadDoc>(doc: &R, list: List, which: &Index) -> Option<(ObjId, String)> {
    let (_, items) = list_items(doc, list);
    if items.is_empty() {
        return None;
    }
    Some(items[which.index(items.len())].clone())
}

fn text_obj<R: ReadDoc>(doc: &R, field: &TextField) -> Option<ObjId> {
    match field {
        TextField::Name => child(doc, &ROOT, "name"),
        TextField::Description => child(doc, &ROOT, "description"),
        TextField::Eligibility => child(doc, &ROOT, "eligibility"),
        TextField::DocumentsNeeded => child(doc, &ROOT, "documents_needed"),
        TextField::Fee => child(doc, &child(doc, &ROOT, "cost")?, "fee"),
        TextField::Accessibility(which) => child(doc, &element(doc, List::Places, which)?.0, "accessibility"),
        TextField::Notes(which) => child(doc, &element(doc, List::Schedules, which)?.0, "notes"),
    }
}

fn status_value(status: ServiceStatus) -> &'static str {
    match status {
        ServiceStatus::Active => "active",
        ServiceStatus::TemporarilyClosed => "temporarily-closed",
        ServiceStatus::Closed => "closed",
    }
}

/// Where a scalar lives and the value the web app writes for it.
fn scalar_place<R: ReadDoc>(doc: &R, scalar: &Scalar) -> (ObjId, &'static str, ScalarValue) {
    match scalar {
        Scalar::Status(s) => (ROOT, "status", ScalarValue::Str(status_value(*s).into())),
        Scalar::OpenToAll(b) => (ROOT, "open_to_all", ScalarValue::Boolean(*b)),
        Scalar::Free(b) => (child(doc, &ROOT, "cost").expect("cost"), "free", ScalarValue::Boolean(*b)),
        Scalar::Interpretation(b) => (ROOT, "interpretation", ScalarValue::Boolean(*b)),
        Scalar::Organization(o) => (ROOT, "organization", ScalarValue::Str((*o).into())),
    }
}

/// A JavaScript number as Automerge's JavaScript API stores it: an integral
/// one as an `Int`, any other as an `F64`.
fn js_number(value: Option<f64>) -> ScalarValue {
    match value {
        None => ScalarValue::Null,
        Some(v) if v.fract() == 0.0 => ScalarValue::Int(v as i64),
        Some(v) => ScalarValue::F64(v),
    }
}

fn js_string(value: Option<&str>) -> ScalarValue {
    value.map_or(ScalarValue::Null, |v| ScalarValue::Str(v.into()))
}

/// `setValue` from a field: written only when the value really changes (or
/// when there is a conflict to end).
fn set_value<T: Transactable>(tx: &mut T, obj: &ObjId, key: &str, value: ScalarValue) -> Result<(), automerge::AutomergeError> {
    let all = tx.get_all(obj, key)?;
    let same = all.len() == 1 && matches!(&all[0].0, Value::Scalar(current) if current.as_ref() == &value);
    if !same {
        tx.put(obj, key, value)?;
    }
    Ok(())
}

/// `emptyPlace` and `emptySchedule` (JavaScript: an `ImmutableString` is a
/// string scalar, a plain string a text).
fn push_empty<T: Transactable>(tx: &mut T, list: List, id: &str) -> Result<(), automerge::AutomergeError> {
    let obj = child(tx, &ROOT, key_of(list)).expect("the list");
    let at = tx.length(&obj);
    let item = tx.insert_object(&obj, at, ObjType::Map)?;
    tx.put(&item, "id", id)?;
    match list {
        List::Places => {
            tx.put(&item, "name", "")?;
            let address = tx.put_object(&item, "address", ObjType::Map)?;
            for key in ["street", "postal_code", "locality", "region", "country"] {
                tx.put(&address, key, "")?;
            }
            tx.put(&item, "latitude", ScalarValue::Null)?;
            tx.put(&item, "longitude", ScalarValue::Null)?;
            tx.put_object(&item, "accessibility", ObjType::Text)?;
            tx.put(&item, "outreach", false)?;
        }
        List::Schedules => {
            for key in ["rrule", "opens_at", "closes_at"] {
                tx.put(&item, key, "")?;
            }
            tx.put(&item, "valid_from", ScalarValue::Null)?;
            tx.put(&item, "valid_to", ScalarValue::Null)?;
            tx.put_object(&item, "closed_dates", ObjType::List)?;
            tx.put(&item, "by_appointment", false)?;
            tx.put_object(&item, "notes", ObjType::Text)?;
        }
    }
    Ok(())
}

/// The element whose id is `id` in the list now (inside the change).
fn by_id<T: ReadDoc>(tx: &T, list: List, id: &str) -> Option<(usize, ObjId)> {
    let (obj, _) = list_items(tx, list);
    (0..tx.length(&obj)).find_map(|i| {
        let (value, element) = tx.get(&obj, i).ok()??;
        let Value::Object(ObjType::Map) = value else { return None };
        match tx.get(&element, "id").ok()?? {
            (Value::Scalar(s), _) if s.as_str() == Some(id) => Some((i, element)),
            _ => None,
        }
    })
}

fn web_edit_on(doc: &mut Automerge, edit: &WebEdit, fresh: &str) -> Result<Effect, String> {
    let mut effect = Effect::None;
    let result = doc.transact::<_, _, automerge::AutomergeError>(|tx| {
        match edit {
            WebEdit::Type { field, at, delete, insert, minor } => {
                let Some(text) = text_obj(tx, field) else { return Ok(()) };
                let before: Vec<char> = tx.text(&text)?.chars().collect();
                let at = at.index(before.len() + 1);
                let end = (at + delete).min(before.len());
                let after: String = before[..at].iter().chain(insert.chars().collect::<Vec<_>>().iter()).chain(&before[end..]).collect();
                if after.chars().eq(before.iter().copied()) {
                    return Ok(());
                }
                tx.update_text(&text, &after)?;
                if !minor {
                    let revision = match tx.get(ROOT, "source_revision")? {
                        Some((Value::Scalar(s), _)) => s.as_i64().unwrap_or(0),
                        _ => 0,
                    };
                    tx.put(ROOT, "source_revision", revision + 1)?;
                }
            }
            WebEdit::Set(scalar) => {
                let (obj, key, value) = scalar_place(tx, scalar);
                set_value(tx, &obj, key, value)?;
            }
            WebEdit::Resolve(scalar) => {
                let (obj, key, value) = scalar_place(tx, scalar);
                tx.delete(&obj, key)?;
                tx.put(&obj, key, value)?;
            }
            WebEdit::Add(list) => {
                push_empty(tx, *list, fresh)?;
                effect = Effect::Added(*list);
            }
            WebEdit::Remove(list, which) => {
                let Some((_, id)) = element(tx, *list, which) else { return Ok(()) };
                let (obj, _) = list_items(tx, *list);
                if let Some((at, _)) = by_id(tx, *list, &id) {
                    tx.delete(&obj, at)?;
                    effect = Effect::Removed(*list, id);
                }
            }
            WebEdit::EditPlace(which, edit) => {
                let Some((place, _)) = element(tx, List::Places, which) else { return Ok(()) };
                match edit {
                    PlaceEdit::Name(name) => set_value(tx, &place, "name", ScalarValue::Str((*name).into()))?,
                    PlaceEdit::Street(street) => {
                        let address = child(tx, &place, "address").expect("an address");
                        set_value(tx, &address, "street", ScalarValue::Str((*street).into()))?;
                    }
                    PlaceEdit::Outreach(b) => set_value(tx, &place, "outreach", ScalarValue::Boolean(*b))?,
                    PlaceEdit::Latitude(v) => set_value(tx, &place, "latitude", js_number(*v))?,
                    PlaceEdit::Longitude(v) => set_value(tx, &place, "longitude", js_number(*v))?,
                }
            }
            WebEdit::EditSchedule(which, edit) => {
                let Some((schedule, _)) = element(tx, List::Schedules, which) else { return Ok(()) };
                match edit {
                    ScheduleEdit::OpensAt(t) => set_value(tx, &schedule, "opens_at", ScalarValue::Str((*t).into()))?,
                    ScheduleEdit::ClosesAt(t) => set_value(tx, &schedule, "closes_at", ScalarValue::Str((*t).into()))?,
                    ScheduleEdit::ByAppointment(b) => set_value(tx, &schedule, "by_appointment", ScalarValue::Boolean(*b))?,
                    ScheduleEdit::ValidTo(d) => set_value(tx, &schedule, "valid_to", js_string(*d))?,
                    ScheduleEdit::AddClosedDate(d) => {
                        let dates = child(tx, &schedule, "closed_dates").expect("closed dates");
                        let at = tx.length(&dates);
                        tx.insert(&dates, at, *d)?;
                    }
                    ScheduleEdit::RemoveClosedDate(which) => {
                        let dates = child(tx, &schedule, "closed_dates").expect("closed dates");
                        let len = tx.length(&dates);
                        if len > 0 {
                            tx.delete(&dates, which.index(len))?;
                        }
                    }
                }
            }
        }
        Ok(())
    });
    result.map(|_| effect).map_err(|failure| failure.error.to_string())
}

// ---------------------------------------------------------------- server edits

fn text_mut<'a>(service: &'a mut Service, field: &TextField) -> Option<&'a mut Text> {
    Some(match field {
        TextField::Name => &mut service.name,
        TextField::Description => &mut service.description,
        TextField::Eligibility => &mut service.eligibility,
        TextField::DocumentsNeeded => &mut service.documents_needed,
        TextField::Fee => &mut service.cost.fee,
        TextField::Accessibility(which) => {
            let len = service.locations.len();
            if len == 0 {
                return None;
            }
            &mut service.locations[which.index(len)].accessibility
        }
        TextField::Notes(which) => {
            let len = service.schedules.len();
            if len == 0 {
                return None;
            }
            &mut service.schedules[which.index(len)].notes
        }
    })
}

fn apply_scalar(service: &mut Service, scalar: &Scalar) {
    match scalar {
        Scalar::Status(s) => service.status = *s,
        Scalar::OpenToAll(b) => service.open_to_all = *b,
        Scalar::Free(b) => service.cost.free = *b,
        Scalar::Interpretation(b) => service.interpretation = *b,
        Scalar::Organization(o) => service.organization = (*o).to_string(),
    }
}

fn apply_place(place: &mut Location, edit: &PlaceEdit) {
    match edit {
        PlaceEdit::Name(n) => place.name = (*n).to_string(),
        PlaceEdit::Street(s) => place.address.street = (*s).to_string(),
        PlaceEdit::Outreach(b) => place.outreach = *b,
        PlaceEdit::Latitude(v) => place.latitude = *v,
        PlaceEdit::Longitude(v) => place.longitude = *v,
    }
}

fn apply_schedule(schedule: &mut Schedule, edit: &ScheduleEdit) {
    match edit {
        ScheduleEdit::OpensAt(t) => schedule.opens_at = (*t).to_string(),
        ScheduleEdit::ClosesAt(t) => schedule.closes_at = (*t).to_string(),
        ScheduleEdit::ByAppointment(b) => schedule.by_appointment = *b,
        ScheduleEdit::ValidTo(d) => schedule.valid_to = d.map(str::to_string),
        ScheduleEdit::AddClosedDate(d) => schedule.closed_dates.push((*d).to_string()),
        ScheduleEdit::RemoveClosedDate(which) => {
            if !schedule.closed_dates.is_empty() {
                let at = which.index(schedule.closed_dates.len());
                schedule.closed_dates.remove(at);
            }
        }
    }
}

/// Hydrate, change, reconcile in one transaction (`model::change`, as the
/// server should); the document must then hydrate to the value reconciled.
/// At most one element is added (its id is `fresh`).
fn server_edit_on(doc: &mut Automerge, edits: &[ServerEdit], fresh: &str) -> Result<Vec<Effect>, String> {
    let (effects, service) = model::change(doc, |service: &mut Service| {
        let effects = server_edits(service, edits, fresh);
        (effects, service.clone())
    })
    .map_err(|error| error.to_string())?;
    let back: Service = hydrate(&*doc).map_err(|e| format!("does not hydrate after the edit: {e}"))?;
    if back != service {
        return Err(format!("reconciled {service:?}\nbut the document reads {back:?}"));
    }
    Ok(effects)
}

fn server_edits(service: &mut Service, edits: &[ServerEdit], fresh: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    let mut added = false;
    for edit in edits {
        match edit {
            ServerEdit::Set(scalar) => apply_scalar(service, scalar),
            ServerEdit::ReplaceText(field, value) => {
                if let Some(text) = text_mut(service, field) {
                    *text = Text::with_value(value);
                }
            }
            ServerEdit::AddPlace(name) if !added => {
                added = true;
                service.locations.push(Location {
                    id: fresh.to_string(),
                    name: (*name).to_string(),
                    address: Address {
                        street: String::new(),
                        postal_code: String::new(),
                        locality: "Sample City".into(),
                        region: String::new(),
                        country: "BE".into(),
                    },
                    latitude: None,
                    longitude: None,
                    accessibility: Text::with_value(""),
                    outreach: false,
                });
                effects.push(Effect::Added(List::Places));
            }
            ServerEdit::AddSchedule(opens) if !added => {
                added = true;
                service.schedules.push(Schedule {
                    id: fresh.to_string(),
                    rrule: "FREQ=WEEKLY;BYDAY=TU".into(),
                    opens_at: (*opens).to_string(),
                    closes_at: "18:00".into(),
                    valid_from: None,
                    valid_to: None,
                    closed_dates: Vec::new(),
                    by_appointment: false,
                    notes: Text::with_value(""),
                });
                effects.push(Effect::Added(List::Schedules));
            }
            ServerEdit::AddPlace(_) | ServerEdit::AddSchedule(_) => {}
            ServerEdit::Remove(List::Places, which) => {
                if !service.locations.is_empty() {
                    let removed = service.locations.remove(which.index(service.locations.len()));
                    effects.push(Effect::Removed(List::Places, removed.id));
                }
            }
            ServerEdit::Remove(List::Schedules, which) => {
                if !service.schedules.is_empty() {
                    let removed = service.schedules.remove(which.index(service.schedules.len()));
                    effects.push(Effect::Removed(List::Schedules, removed.id));
                }
            }
            ServerEdit::EditPlace(which, edit) => {
                if !service.locations.is_empty() {
                    let len = service.locations.len();
                    apply_place(&mut service.locations[which.index(len)], edit);
                }
            }
            ServerEdit::EditSchedule(which, edit) => {
                if !service.schedules.is_empty() {
                    let len = service.schedules.len();
                    apply_schedule(&mut service.schedules[which.index(len)], edit);
                }
            }
            ServerEdit::Verify(by) => {
                service.last_verified = by.map(|by| Verification { date: "2027-02-01".into(), by: by.into() });
            }
            ServerEdit::BumpRevision => service.source_revision += 1,
        }
    }
    effects
}

// ---------------------------------------------------------------- the property

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(DEFAULT_CASES);
    ProptestConfig {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        // A case takes about a second; shrinking a real failure is worth
        // minutes, not hours.
        max_shrink_iters: 256,
        max_shrink_time: 10 * 60 * 1000,
        ..ProptestConfig::default()
    }
}

/// Runs one case; how long sync took to settle.
async fn run_case(case: &Case) -> Result<Duration, String> {
    let mut world = World::new(case).await?;
    for step in &case.steps {
        world.run(step).await;
    }
    for link in &world.links {
        link.restore();
    }
    let settling = Instant::now();
    let mut outcome = world.settle().await;
    let settled = settling.elapsed();
    if outcome.is_ok() {
        outcome = world.check();
    }
    if !world.failures.is_empty() {
        let failures = world.failures.join("\n");
        outcome = Err(match outcome {
            Ok(()) => failures,
            Err(more) => format!("{failures}\n{more}"),
        });
    }
    world.stop().await;
    outcome.map(|()| settled)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn replicas_converge_to_the_same_valid_service(case in case()) {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("a runtime");
        let started = Instant::now();
        let outcome = runtime.block_on(run_case(&case));
        runtime.shutdown_timeout(Duration::from_secs(5));
        let links = case.replicas + case.pairs.len();
        match outcome {
            Ok(settled) => eprintln!(
                "converged: {} replicas, up to {links} links, {} steps, settled in {settled:.1?}, case {:.1?}",
                case.replicas,
                case.steps.len(),
                started.elapsed()
            ),
            Err(problem) => return Err(TestCaseError::fail(format!("{} replicas: {problem}", case.replicas))),
        }
    }
}
