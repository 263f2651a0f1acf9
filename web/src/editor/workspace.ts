/**
 * An editor's working copy of a city: every document they may see, in IndexedDB,
 * synced with the server whenever there is a connection, and usable with none.
 *
 * - Which documents: the server's list (`GET /api/v1/cities/{city}/documents`),
 *   kept on the device per account and city, so a reload offline knows the same set.
 *   A device that holds none of the city yet downloads them all in one snapshot
 *   first (`snapshot.ts`).
 * - Documents are not all held open: the lists show each document's card
 *   (`cards.ts`, kept in IndexedDB). The city's configuration and its guide
 *   (`KEPT_OPEN_KINDS`, tens to hundreds) stay open and sync live; an event or a
 *   translation is opened only while a screen uses it.
 * - A later opening syncs only what changed: the server's list says which documents
 *   were stored to since this device last caught up with them (a `storedVersion`
 *   beyond the card's). Those not open come in one download (`snapshotOf`, asked for
 *   while Automerge starts), are stored beside what the device has, and their cards
 *   remade; an open one syncs, as any open document does. What the download missed
 *   is opened, synced and let go again.
 * - Documents made on the device (a volunteer's new event in the field) are created
 *   under their own id at once and registered with the server when it can be reached
 *   (`POST /api/v1/documents`); until then they simply wait on the device.
 * - "Waiting" changes: documents edited on this device whose heads after the edit
 *   the server has not confirmed yet (its sync heads, automerge-repo's sync info, do
 *   not include them or their descendants), kept in `WaitingChanges` so a reload
 *   offline counts the same. Those documents are
 *   opened on every load, whatever their kind: automerge-repo sends only what is open.
 * - Drafts: an item whose heads are not the ones readers see (the server's list says
 *   which are published, at which heads) is an unpublished draft.
 */
import { hasHeads, type Doc } from "@automerge/automerge/slim";
import { decodeHeads, type DocHandle, type Repo, type UrlHeads } from "@automerge/automerge-repo/slim";
import { api, ApiError, MAX_NAMED_DOCUMENTS, type SessionInfo } from "../api";
import { coalesce } from "../page";
import { openSync, type PeerState, type Sync } from "../sync/repo";
import type { City, DocKind } from "../content/model";
import type { DocumentEntry } from "../generated/api";
import { cardOf, type Card } from "./cards";
import { CardStore } from "./card-store";
import { confirmedBy, headsToConfirm } from "./confirmed-heads";
import { changeDoc, changesNameNoOne, onLocalChange, readModel, setAuthor } from "./documents";
import { importSnapshot } from "./snapshot";
import { WaitingChanges } from "./waiting-changes";

export type { DocKind } from "../content/model";

/** A document the account may read (`GET /api/v1/cities/{city}/documents`). */
export type DocEntry = DocumentEntry;

/** The kinds the editing screens list, from cards kept up to date; other documents are synced when opened. */
const LISTED_KINDS: ReadonlySet<DocKind> = new Set(["city", "service", "article", "event", "translation"]);
/**
 * The kinds held open all along, so others' edits show at once: the city's
 * configuration and its guide (tens to hundreds of documents, arranged and edited
 * together). Events and translations, the thousands, are held open only while used.
 */
const KEPT_OPEN_KINDS: ReadonlySet<DocKind> = new Set(["city", "service", "article"]);
/** The kinds readers see once published, each item at the heads it was published at. */
const PUBLISHED_KINDS: ReadonlySet<DocKind> = new Set(["service", "article", "event"]);
const CONCURRENT_FINDS = 64;
/** How often an open workspace asks which documents changed elsewhere (and whenever it reconnects). */
const CATCH_UP_MS = 60_000;
/** A list younger than this is not asked for again when the connection comes up. */
const FRESH_LIST_MS = 5_000;
const REGISTRATION_RETRY_MS = 15_000;
/** How long a page waits for a document the server has not sent yet. */
const LATE_DOCUMENT_MS = 30_000;
/** When to ask the server again for a document it did not have (at most this often). */
const ASK_AGAIN_MS = 4_000;
/** Listeners hear of changes at most this often. */
const NOTIFY_BATCH_MS = 50;

/** What `POST /api/v1/documents` takes. */
export interface Registration {
  documentId: string;
  kind: DocKind;
  city: string;
  /** For the archive's documents: the group. */
  group?: string;
  language?: string;
  /** A translation's item; a voice's entry. */
  item?: string;
}

export interface Progress {
  loaded: number;
  total: number;
}

/**
 * Whether readers see an item as it is on this device: "published" (this very
 * version), "draft" (published, and changed since), "unpublished" (never published,
 * or taken off the guide).
 */
export type PublicationState = "published" | "draft" | "unpublished";

export interface SyncSummary {
  connection: PeerState;
  /** Documents with changes made on this device that the server has not confirmed yet. */
  waiting: number;
  /** Documents whose changes the server confirmed since the last time nothing was waiting (this page). */
  sent: number;
  /** Registrations of documents made on this device, not yet sent. */
  unregistered: number;
  /** When everything was last confirmed by the server (ms since the epoch), if ever. */
  syncedAt: number | null;
}

type Listener = () => void;

export class Workspace {
  /** The documents open in this page. */
  readonly handles = new Map<string, DocHandle<unknown>>();
  /** Documents a screen asked for (`document`): kept open; the others are let go once caught up. */
  readonly #inUse = new Set<string>();
  #entries: DocEntry[] = [];
  #entryById = new Map<string, DocEntry>();
  progress: Progress = { loaded: 0, total: 0 };
  /** Settles when the first load (stored list, then the server's) is done. */
  loaded: Promise<void> = Promise.resolve();
  /** Settles when the server's list of documents has arrived (or could not: offline). */
  listed: Promise<void> = Promise.resolve();
  #listeners = new Set<Listener>();
  /** The first list and download, asked for before the repo was ready (see `open`). */
  #early: { list: Promise<DocEntry[] | null>; download: Promise<EarlyDownload | null> } | undefined;
  #connection: PeerState = "connecting";
  #syncedAt: number | null;
  #serverStorageId: string | null;
  readonly #waiting: WaitingChanges;
  #sent = 0;

  private constructor(
    readonly sync: Sync,
    readonly session: SessionInfo,
    readonly city: string,
    readonly cards: CardStore,
  ) {
    this.#syncedAt = Number(localStorage.getItem(this.#key("synced-at"))) || null;
    this.#serverStorageId = localStorage.getItem(this.#key("server-storage"));
    this.#waiting = new WaitingChanges(session.account.id, city);
  }

  static async open(session: SessionInfo, city: string): Promise<Workspace> {
    // The server's list, then what to download (the whole city on a device with none
    // of it, else what changed since), are asked for while Automerge's WebAssembly
    // starts. The download only once the list is here: a document is at least at
    // the version the list names.
    const cardStore = CardStore.open(String(session.account.id), city);
    const list = api.documents(city).catch(() => null);
    const waiting = new WaitingChanges(session.account.id, city);
    const download = Promise.all([cardStore, list]).then(([cards, listed]) =>
      listed ? askDownload(city, listed, cards, (id) => waiting.heads(id) !== undefined) : null,
    );
    const [sync, cards] = await Promise.all([openSync(session), cardStore]);
    setAuthor(session.account);
    const workspace = new Workspace(sync, session, city, cards);
    workspace.#early = { list, download };
    sync.watch((state) => {
      workspace.#connection = state;
      if (state === "connected") void workspace.#whenConnected();
      workspace.#notify();
    });
    window.addEventListener("online", () => {
      // A socket from before the network went away may look open but carry nothing
      // (phones switching networks): dial again rather than wait for it to time out.
      sync.restart();
      void workspace.flushRegistrations();
      workspace.#notify();
    });
    // A connection may outlive a network change unnoticed: retry what waits now and then.
    window.setInterval(() => {
      if (workspace.#pendingRegistrations().length > 0) void workspace.flushRegistrations();
    }, REGISTRATION_RETRY_MS);
    window.addEventListener("offline", () => workspace.#notify());
    // What others changed meanwhile, without holding their documents open.
    window.setInterval(() => {
      if (workspace.#connection === "connected" && document.visibilityState === "visible") void workspace.refreshList();
    }, CATCH_UP_MS);
    onLocalChange((handle) => workspace.#changedHere(handle.documentId as string, handle));
    return workspace;
  }

  get repo(): Repo {
    return this.sync.repo;
  }

  /** Calls `listener` whenever documents, progress or sync state change. */
  watch(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The documents of the city this account may see (indexed: a city has thousands). */
  get entries(): DocEntry[] {
    return this.#entries;
  }

  set entries(list: DocEntry[]) {
    this.#entries = list;
    this.#entryById = new Map(list.map((entry) => [entry.documentId, entry]));
    this.#countProgress();
  }

  /**
   * Tells the listeners, once per batch: on a first sync documents arrive by the
   * hundred a second, and every listener walks them all.
   */
  #notifier = coalesce(() => {
    for (const listener of [...this.#listeners]) listener();
  }, NOTIFY_BATCH_MS);

  #notify(): void {
    this.#notifier.soon();
  }

  #key(name: string): string {
    return `hospes.editor.${String(this.session.account.id)}.${this.city}.${name}`;
  }

  /**
   * Lists the city the editor works with: the stored list and cards at once, then the
   * server's list (when reachable), and opens what must be open (the city's
   * configuration, documents with changes waiting to be sent) and what changed since
   * this device last caught up.
   */
  async load(): Promise<void> {
    this.entries = this.#storedEntries();
    // The server's list is asked for at once: a page looking for one document waits
    // for the list (`listed`), not for the rest.
    const early = this.#early;
    this.#early = undefined;
    const list = this.#fetchList(early?.list);
    this.listed = list.then(() => undefined);
    // What must be open opens from the device's storage meanwhile.
    const opening = this.#openNeeded();
    if (await list) {
      const download = await early?.download.catch(() => null);
      if (this.cards.size === 0) await this.#store(download?.whole ? download.body : api.snapshot(this.city));
      await opening;
      await this.#openNeeded(); // the server's list may name documents the stored one did not
      await this.#catchUp(download && !download.whole ? download.body : undefined);
    } else await opening;
    void this.flushRegistrations();
  }

  /**
   * Stores a download (`snapshot.ts`) and makes the cards of its documents, except
   * those open here (they sync as they are). False when there was none to store.
   */
  async #store(body: Promise<Uint8Array>): Promise<boolean> {
    const held = (id: string) => this.handles.has(id) || this.repo.handles[id as never] !== undefined;
    let stored = true;
    try {
      await importSnapshot(this.sync.storage, await body, held, (id, doc) => {
        const entry = this.entry(id);
        // The list was asked for before the download: the document is at least at its version.
        const card = entry && cardOf(entry.kind, doc, entry.storedVersion);
        if (card) this.cards.set(id, card);
      });
      await this.cards.flush();
    } catch (error) {
      console.warn("no download; syncing document by document:", error);
      stored = false;
    }
    this.#countProgress();
    this.#notify();
    return stored;
  }

  /** The kinds kept open, and every document with changes waiting to be sent. */
  async #openNeeded(): Promise<void> {
    const waiting = new Set(this.#waiting.ids());
    const needed = this.entries.filter((e) => KEPT_OPEN_KINDS.has(e.kind) || waiting.has(e.documentId));
    await this.#openEach(needed.map((e) => e.documentId));
  }

  /**
   * Brings each listed document the server stored to since this device last caught
   * up with it (or that has no card yet) up to date: those not open in one download
   * (`early`: asked for already), in turns of `MAX_NAMED_DOCUMENTS`; what that
   * misses (the server busy, say) is opened, so it syncs and its card is remade.
   */
  async #catchUp(early?: Promise<Uint8Array>): Promise<void> {
    if (early) await this.#store(early);
    const notOpen = (id: string) => !this.handles.has(id);
    const toDownload = changedDocuments(this.entries, this.cards, (entry) => downloaded(entry, (id) => this.waitingFor(id)) && notOpen(entry.documentId));
    for (const batch of batches(toDownload, MAX_NAMED_DOCUMENTS)) {
      if (!(await this.#store(api.snapshotOf(this.city, batch)))) break;
    }
    const behind = changedDocuments(this.entries, this.cards, (entry) => notOpen(entry.documentId));
    this.#countProgress();
    this.#notify();
    await this.#openEach(behind);
  }

  async #openEach(ids: string[]): Promise<void> {
    const queue = ids.filter((id) => !this.handles.has(id));
    const worker = async () => {
      for (let id = queue.shift(); id; id = queue.shift()) {
        const found = await this.#find(id);
        if (found.ready) this.#track(id, found.handle);
        // Not here yet: it is tracked when it arrives (see `#find`), without holding up the rest.
        else void found.later?.then((handle) => handle && this.#track(id, handle));
      }
    };
    await Promise.all(Array.from({ length: CONCURRENT_FINDS }, worker));
  }

  /** "N of M documents on this device": the listed ones with a card, of those the server has. */
  #countProgress(): void {
    let total = 0;
    let loaded = 0;
    for (const entry of this.entries) {
      if (!this.#countsInProgress(entry)) continue;
      total++;
      if (this.cards.get(entry.documentId)) loaded++;
    }
    this.progress = { loaded, total };
  }

  #countsInProgress(entry: DocEntry): boolean {
    return LISTED_KINDS.has(entry.kind) && (this.cards.get(entry.documentId) !== undefined || entry.storedVersion > 0);
  }

  /** Takes the server's list of documents; false when offline (the stored list is what there is). */
  async #fetchList(asked?: Promise<DocEntry[] | null>): Promise<boolean> {
    const fresh = (await asked) ?? (await this.#serverList());
    if (!fresh) return false;
    this.#listedAt = Date.now();
    this.#takeEntries(fresh);
    this.#notify();
    return true;
  }

  /** The documents the server says this account may see in the city; null when it cannot be asked. */
  async #serverList(): Promise<DocEntry[] | null> {
    try {
      return await api.documents(this.city);
    } catch {
      return null;
    }
  }

  /** The server's list, with the documents made here and not registered yet. */
  #takeEntries(fresh: DocEntry[]): void {
    const local = this.#pendingRegistrations().map(
      (p) => ({ ...p, write: true, publish: fresh.some((f) => f.kind === p.kind && f.publish), publishedHeads: null, storedVersion: 0 }) as DocEntry,
    );
    this.entries = [...fresh, ...local.filter((l) => !fresh.some((f) => f.documentId === l.documentId))];
    localStorage.setItem(this.#key("documents"), JSON.stringify(this.entries));
    // A document no longer listed (erased, or no longer the account's to read) keeps no card here.
    for (const id of this.cards.ids()) if (!this.entry(id)) this.cards.delete(id);
  }

  /**
   * After a registration: what the editor may now do with the new document (publish
   * it, where the role allows) is in the server's list.
   */
  async #refreshEntries(): Promise<void> {
    const fresh = await this.#serverList();
    if (!fresh) return; // offline again: the next load asks
    this.#listedAt = Date.now();
    // Keep every document already open; only their permissions change here.
    const listed = new Set(fresh.map((f) => f.documentId));
    this.#takeEntries([...fresh, ...this.entries.filter((e) => !listed.has(e.documentId))]);
    this.#notify();
    await this.#catchUp();
  }

  /**
   * Asks the server's list again: a document someone else made (a group member's new
   * voice) arrives by sync inside another one before this device knows it may open it.
   */
  refreshList(): Promise<void> {
    this.#listing ??= this.#refreshEntries().finally(() => {
      this.#listing = undefined;
    });
    return this.#listing;
  }

  #listing: Promise<void> | undefined;
  /** When the server's list last arrived (ms since the epoch). */
  #listedAt = 0;

  #storedEntries(): DocEntry[] {
    return this.#storedList<DocEntry>("documents");
  }

  /** A list kept in localStorage for this account and city; empty when missing or unreadable. */
  #storedList<T>(name: string): T[] {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(this.#key(name)) ?? "[]");
      return Array.isArray(parsed) ? (parsed as T[]) : [];
    } catch {
      return [];
    }
  }

  #track(id: string, handle: DocHandle<unknown>): void {
    if (this.handles.has(id)) return;
    this.handles.set(id, handle);
    if (this.entry(id)?.kind === "archive_voice") changesNameNoOne(id);
    this.#remakeCard(id, handle);
    handle.on("change", () => {
      this.#remakeCard(id, handle);
      this.#notify();
    });
    // The server's heads arrive after its changes are applied, or the changes after
    // the heads (when the server was ahead): look again at either.
    handle.on("heads-changed", () => {
      this.#checkConfirmed(id, handle, this.#confirmedHeads(handle));
      this.#checkCaughtUp(id, handle);
    });
    handle.on("remote-heads", ({ heads }) => {
      this.#heardFromServer.set(id, heads);
      this.#checkConfirmed(id, handle, heads);
      this.#checkCaughtUp(id, handle);
      this.#notify();
    });
    this.#checkConfirmed(id, handle, this.#confirmedHeads(handle));
  }

  /** The heads the server sent for each open document since it was opened (encoded). */
  readonly #heardFromServer = new Map<string, readonly string[]>();

  /** The document's card, remade from it as it is now (its version stays). */
  #remakeCard(id: string, handle: DocHandle<unknown>): void {
    const entry = this.entry(id);
    if (!entry || !LISTED_KINDS.has(entry.kind) || !handle.isReady()) return;
    const card = cardOf(entry.kind, handle.doc() as Doc<unknown>, this.cards.get(id)?.version ?? 0);
    if (!card) return;
    const had = this.cards.get(id) !== undefined;
    this.cards.set(id, card);
    // One more on the device (counting them all again would make a first sync quadratic).
    if (!had) {
      const counted = entry.storedVersion > 0; // in the total already
      this.progress = { loaded: this.progress.loaded + 1, total: this.progress.total + (counted ? 0 : 1) };
    }
  }

  /**
   * Once this copy has every change the server has (the heads it sent are all here),
   * it is caught up with the version the server's list named: the card says so, and a
   * document no screen asked for, with nothing waiting to be sent, is let go.
   */
  #checkCaughtUp(id: string, handle: DocHandle<unknown>): void {
    const server = this.#heardFromServer.get(id);
    const entry = this.entry(id);
    const card = this.cards.get(id);
    if (!server || !entry || !card || !handle.isReady() || card.version >= entry.storedVersion) return;
    if (!hasHeads(handle.doc() as Doc<unknown>, decodeHeads([...server] as UrlHeads))) return;
    this.cards.set(id, { ...card, version: entry.storedVersion });
    if (!this.#inUse.has(id) && !KEPT_OPEN_KINDS.has(entry.kind) && !this.waitingFor(id)) this.#letGo(id);
  }

  /** Closes a document no screen uses (automerge-repo keeps every found document in memory otherwise). */
  #letGo(id: string): void {
    this.handles.delete(id);
    this.#heardFromServer.delete(id);
    // Stored first: the repo drops a save it has not made yet along with the document.
    void this.repo
      .flush([id as never])
      .then(() => {
        if (!this.handles.has(id)) return this.repo.removeFromCache(id as never);
      })
      .catch((error: unknown) => console.warn("could not let go of", id, error));
  }

  /** The heads the server last said it has, in this page (automerge-repo keeps them in memory). */
  #confirmedHeads(handle: DocHandle<unknown>): readonly string[] | undefined {
    const peer = this.repo.peers[0];
    const storageId = (peer ? this.repo.getStorageIdOfPeer(peer) : undefined) ?? this.#serverStorageId;
    return storageId ? handle.getSyncInfo(storageId as never)?.lastHeads : undefined;
  }

  /** A document of this city was just edited on this device: it waits until the server has its heads now. */
  #changedHere(id: string, handle: DocHandle<unknown>): void {
    if (!this.entry(id)) return; // another city's workspace holds it
    this.#startWaiting(id, handle);
  }

  /**
   * Records the document's heads as what the server must confirm, keeping heads
   * recorded by another tab that this copy lacks (its change is no less waiting).
   */
  #startWaiting(id: string, handle: DocHandle<unknown>): void {
    if (this.#waiting.count === 0) this.#sent = 0;
    this.#waiting.record(id, headsToConfirm(handle.doc() as Doc<unknown>, handle.heads(), this.#waiting.heads(id)));
    this.#notify();
  }

  /**
   * Done waiting once the server's heads include the recorded ones, or descend from
   * them (`confirmedBy`).
   */
  #checkConfirmed(id: string, handle: DocHandle<unknown>, server: readonly string[] | undefined): void {
    const recorded = this.#waiting.heads(id);
    if (!server || !recorded || !handle.isReady()) return;
    if (!confirmedBy(handle.doc() as Doc<unknown>, recorded, server)) return;
    if (this.#waiting.remove(id)) {
      this.#sent++;
      this.#notify();
    }
  }

  /** One document, opened now if the editor may see it (without waiting for the others). */
  async document<T>(id: string): Promise<DocHandle<T> | undefined> {
    this.#inUse.add(id);
    const open = this.handles.get(id);
    if (open) return open as DocHandle<T>;
    if (!this.entry(id)) await this.listed; // the server's list may know it
    if (!this.entry(id)) return undefined;
    const found = await this.#find(id);
    if (!found.ready) this.#askAgainSoon(id);
    const handle = found.ready ? found.handle : await found.later;
    if (handle) this.#track(id, handle);
    return handle as DocHandle<T> | undefined;
  }

  /**
   * Opens a document from IndexedDB or the server. automerge-repo gives up on a
   * document that is on neither when it is asked (marks it unavailable), for example
   * when asked before the connection is up on a slow start; the handle still becomes
   * ready when the server sends it once connected: `later` waits for that.
   */
  async #find(id: string): Promise<{ ready: true; handle: DocHandle<unknown> } | { ready: false; later?: Promise<DocHandle<unknown> | undefined> }> {
    try {
      return { ready: true, handle: await this.repo.find<unknown>(`automerge:${id}` as never) };
    } catch (error) {
      const handle = this.repo.handles[id as never] as DocHandle<unknown> | undefined;
      if (!handle) {
        console.warn("document not available:", id, error);
        return { ready: false };
      }
      const later = Promise.race([
        handle.whenReady(["ready"]).then(() => handle),
        new Promise<undefined>((resolve) => window.setTimeout(() => resolve(undefined), LATE_DOCUMENT_MS)),
      ]);
      return { ready: false, later };
    }
  }

  /**
   * A screen waits for a document the server did not have when asked (another
   * device's new entry still on its way to the server's disk, say): automerge-repo
   * asks again only on a new connection, so dial again once, a little later,
   * if it is still missing then.
   */
  #askAgainSoon(id: string): void {
    window.setTimeout(() => {
      const handle = this.repo.handles[id as never] as DocHandle<unknown> | undefined;
      if (this.#connection !== "connected" || handle?.isReady() || Date.now() - this.#askedAgainAt < ASK_AGAIN_MS) return;
      this.#askedAgainAt = Date.now();
      this.sync.restart();
    }, ASK_AGAIN_MS);
  }

  #askedAgainAt = 0;

  /**
   * The city's document, opened now if need be: its entry comes with the stored list,
   * or (on a first visit) with the server's; undefined when neither has it.
   */
  async cityDocument(): Promise<{ entry: DocEntry; handle: DocHandle<unknown> } | undefined> {
    let entry = this.entries.find((e) => e.kind === "city");
    if (!entry) {
      await this.loaded;
      entry = this.entries.find((e) => e.kind === "city");
    }
    const handle = entry ? await this.document<unknown>(entry.documentId) : undefined;
    return entry && handle ? { entry, handle } : undefined;
  }

  /** The city's configuration, once its document is on the device. */
  cityConfig(): City | undefined {
    for (const entry of this.ofKind("city")) {
      const doc = this.handle<unknown>(entry.documentId)?.doc();
      if (doc) return readModel<City>(doc);
    }
    return undefined;
  }

  /** The language new items are written in (the city's source language). */
  sourceLanguage(): string {
    return this.cityConfig()?.source_language ?? "en";
  }

  /** Whether the document has changes made here that the server has not confirmed yet. */
  waitingFor(id: string): boolean {
    return this.#waiting.heads(id) !== undefined;
  }

  entry(id: string): DocEntry | undefined {
    return this.#entryById.get(id);
  }

  handle<T>(id: string): DocHandle<T> | undefined {
    return this.handles.get(id) as DocHandle<T> | undefined;
  }

  /** The documents of `kind` this device has a card of (what the lists show). */
  ofKind(kind: DocKind): DocEntry[] {
    return this.entries.filter((e) => e.kind === kind && this.cards.get(e.documentId) !== undefined);
  }

  /** What the lists show of document `id`, as this device has it. */
  card(id: string): Card | undefined {
    return this.cards.get(id);
  }

  /**
   * Creates a document on this device and queues its registration with the server
   * (`extra`: a translation's `language` and `item`; an archive document's `group`, a voice's entry as `item`).
   */
  create<T>(kind: DocKind, initial: T, extra: { language?: string; item?: string; group?: string } = {}): DocHandle<T> {
    // Made empty, then filled by one authored change: the history names who made it (an archive voice's, no one).
    const handle = this.repo.create<T>();
    const id = handle.documentId as string;
    if (kind === "archive_voice") changesNameNoOne(id);
    changeDoc(handle as DocHandle<unknown>, (doc) => Object.assign(doc, initial));
    // Publishing follows the role, which the device knows from the other documents of
    // the kind (the server's list says so once it registered this one; it checks anyway).
    const publish = this.entries.some((e) => e.kind === kind && e.publish);
    // Until the server's list names it: a translation's item kind unknown.
    const entry: DocEntry = {
      documentId: id,
      kind,
      city: this.city,
      group: extra.group ?? null,
      language: extra.language ?? null,
      translationOf: null,
      write: true,
      publish,
      publishedHeads: null,
      storedVersion: 0,
      ...(kind === "archive_voice" ? { author: { own: true, name: this.session.account.name } } : {}),
    };
    this.entries = [...this.entries, entry];
    localStorage.setItem(this.#key("documents"), JSON.stringify(this.entries));
    // Its first change came before its entry: count it now.
    this.#startWaiting(id, handle as DocHandle<unknown>);
    this.#savePending([...this.#pendingRegistrations(), { documentId: id, kind, city: this.city, ...extra }]);
    this.#inUse.add(id);
    this.#track(id, handle as DocHandle<unknown>);
    this.#notify();
    void this.flushRegistrations();
    return handle;
  }

  #pendingRegistrations(): Registration[] {
    return this.#storedList<Registration>("unregistered");
  }

  #savePending(list: Registration[]): void {
    localStorage.setItem(this.#key("unregistered"), JSON.stringify(list));
  }

  #flushing: Promise<void> | undefined;

  /** Registers documents made on this device; stops at the first network failure. */
  flushRegistrations(): Promise<void> {
    this.#flushing ??= (async () => {
      for (const pending of this.#pendingRegistrations()) {
        let refused: ApiError | undefined;
        try {
          await api.registerDocument(pending);
        } catch (error) {
          // Offline, the server failing, or signed out (api.ts ends the session): later.
          if (!(error instanceof ApiError) || error.status >= 500 || error.status === 401) return;
          refused = error;
        }
        this.#savePending(this.#pendingRegistrations().filter((p) => p.documentId !== pending.documentId));
        if (refused) console.warn("registration refused:", pending.documentId, refused.status, refused.code);
        else {
          this.#resend();
          this.#registered = true;
        }
      }
    })().finally(() => {
      this.#flushing = undefined;
      if (this.#registered) {
        this.#registered = false;
        void this.#refreshEntries();
      }
      if (this.#needsRestart && this.#connection === "connected") {
        this.#needsRestart = false;
        this.sync.restart();
      }
      this.#notify();
    });
    return this.#flushing;
  }

  /**
   * Until registration the server refused the document, and automerge-repo does not
   * offer a document twice on one connection: dial again so it is offered anew.
   */
  #resend(): void {
    this.#needsRestart = true;
  }

  #needsRestart = false;
  #registered = false;

  async #whenConnected(): Promise<void> {
    await this.flushRegistrations();
    const peer = this.repo.peers[0];
    const storageId = peer ? this.repo.getStorageIdOfPeer(peer) : undefined;
    if (storageId) {
      this.#serverStorageId = storageId;
      localStorage.setItem(this.#key("server-storage"), storageId);
    }
    // What others published (or the server did by itself) since the list was asked
    // for, unless it came just now (the page's first connection, as it opens).
    if (Date.now() - this.#listedAt > FRESH_LIST_MS) void this.refreshList();
    this.#notify();
  }

  /** Whether readers see item `id` as it is here; undefined for other documents, or one not here yet. */
  publicationOf(id: string): PublicationState | undefined {
    const entry = this.entry(id);
    const card = this.cards.get(id);
    if (!entry || !card || !PUBLISHED_KINDS.has(entry.kind)) return undefined;
    if (!entry.publishedHeads) return "unpublished";
    // Both are hex change hashes (automerge-repo's handle heads are encoded otherwise).
    return sameHeads(card.heads, entry.publishedHeads) ? "published" : "draft";
  }

  /** After publishing (the heads pinned) or unpublishing (null) from this device. */
  published(id: string, heads: readonly string[] | null): void {
    const entry = this.entry(id);
    if (!entry || (heads && entry.publishedHeads ? sameHeads(heads, entry.publishedHeads) : heads === entry.publishedHeads)) return;
    this.#takeEntries(this.entries.map((e) => (e === entry ? { ...e, publishedHeads: heads ? [...heads] : null } : e)));
    this.#notify();
  }

  summary(): SyncSummary {
    const waiting = this.#waiting.count;
    const unregistered = this.#pendingRegistrations().length;
    const connection = navigator.onLine ? this.#connection : "offline";
    if (waiting === 0 && unregistered === 0 && connection === "connected") {
      this.#syncedAt = Date.now();
      localStorage.setItem(this.#key("synced-at"), String(this.#syncedAt));
    }
    return { connection, waiting, sent: this.#sent, unregistered, syncedAt: this.#syncedAt };
  }
}

/** What `open` asked for while the repo started: the whole city, or the documents changed since. */
interface EarlyDownload {
  whole: boolean;
  body: Promise<Uint8Array>;
}

/**
 * The download a device starts with, once it has the server's list: the whole city
 * on a device with no card of it, else the first turn of the documents changed since
 * (`#catchUp` asks for any more); null when nothing changed.
 */
function askDownload(city: string, listed: DocEntry[], cards: CardStore, waiting: (id: string) => boolean): EarlyDownload | null {
  const quiet = <T>(body: Promise<T>) => {
    body.catch(() => undefined); // awaited by `load`; offline is no error here
    return body;
  };
  if (cards.size === 0) return { whole: true, body: quiet(api.snapshot(city)) };
  const changed = changedDocuments(listed, cards, (entry) => downloaded(entry, waiting));
  return changed.length > 0 ? { whole: false, body: quiet(api.snapshotOf(city, changed.slice(0, MAX_NAMED_DOCUMENTS))) } : null;
}

/**
 * The listed documents (of those `include` takes) the server stored to since this
 * device caught up with them, or that it has no card of yet.
 */
function changedDocuments(entries: readonly DocEntry[], cards: CardStore, include: (entry: DocEntry) => boolean): string[] {
  return entries
    .filter((entry) => {
      if (!LISTED_KINDS.has(entry.kind) || !include(entry)) return false;
      const card = cards.get(entry.documentId);
      // Nothing stored on the server yet: there is nothing to fetch (it is caught up once there is).
      return card ? card.version < entry.storedVersion : entry.storedVersion > 0;
    })
    .map((entry) => entry.documentId);
}

/**
 * Whether a changed document comes by download: not one of the kinds kept open
 * (they sync live), nor one with changes waiting here (it is open, and its card
 * must show this device's changes too).
 */
function downloaded(entry: DocEntry, waiting: (id: string) => boolean): boolean {
  return !KEPT_OPEN_KINDS.has(entry.kind) && !waiting(entry.documentId);
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const turns: T[][] = [];
  for (let at = 0; at < items.length; at += size) turns.push(items.slice(at, at + size));
  return turns;
}

function sameHeads(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((head) => b.includes(head));
}

const workspaces = new Map<string, Promise<Workspace>>();

/** The workspace of `city` for this session, opened once per page. */
export function workspaceFor(session: SessionInfo, city: string): Promise<Workspace> {
  const key = `${session.peerId}/${city}`;
  let workspace = workspaces.get(key);
  if (!workspace) {
    workspace = Workspace.open(session, city).then((w) => {
      w.loaded = w.load();
      return w;
    });
    workspace.catch(() => workspaces.delete(key));
    workspaces.set(key, workspace);
  }
  return workspace;
}
