/**
 * The cards of one account's city on this device (see `cards.ts`), in IndexedDB so a
 * later opening, online or not, lists the city without opening its documents.
 * All of a city's cards are read at once when the workspace opens (a few hundred
 * bytes each); changes are written in batches, one transaction each.
 *
 * Without IndexedDB (a browser that refuses it) the cards live in memory only: the
 * next opening then catches up from the server as a first one does.
 */
import type { Card } from "./cards";

const DATABASE = "hospes-cards";
const STORE = "cards";
/** Changes are written at most this often. */
const WRITE_BATCH_MS = 300;

type Key = [account: string, city: string, document: string];

export class CardStore {
  readonly #cards = new Map<string, Card>();
  readonly #dirty = new Set<string>();
  #timer: number | undefined;
  #writing: Promise<void> = Promise.resolve();

  private constructor(
    readonly account: string,
    readonly city: string,
    private readonly db: IDBDatabase | undefined,
  ) {}

  static async open(account: string, city: string): Promise<CardStore> {
    let db: IDBDatabase | undefined;
    try {
      db = await openDatabase();
    } catch (error) {
      console.warn("cards kept in memory only:", error);
    }
    const store = new CardStore(account, city, db);
    if (db) {
      for (const [id, card] of await readAll(db, account, city)) store.#cards.set(id, card);
    }
    return store;
  }

  get size(): number {
    return this.#cards.size;
  }

  get(id: string): Card | undefined {
    return this.#cards.get(id);
  }

  set(id: string, card: Card): void {
    this.#cards.set(id, card);
    this.#dirty.add(id);
    this.#timer ??= window.setTimeout(() => void this.flush(), WRITE_BATCH_MS);
  }

  /** The ids of every card held. */
  ids(): string[] {
    return [...this.#cards.keys()];
  }

  delete(id: string): void {
    if (!this.#cards.delete(id)) return;
    this.#dirty.add(id);
    this.#timer ??= window.setTimeout(() => void this.flush(), WRITE_BATCH_MS);
  }

  /** Writes what changed since the last write; resolves once it is stored. */
  flush(): Promise<void> {
    window.clearTimeout(this.#timer);
    this.#timer = undefined;
    const ids = [...this.#dirty];
    this.#dirty.clear();
    const db = this.db;
    if (!db || ids.length === 0) return this.#writing;
    const records = ids.map((id) => ({ key: this.#key(id), card: this.#cards.get(id) }));
    this.#writing = this.#writing.then(() =>
      write(db, records).catch((error: unknown) => {
        // A full disk, say: keep them to try again with the next change.
        console.warn("cards not stored:", error);
        for (const id of ids) this.#dirty.add(id);
      }),
    );
    return this.#writing;
  }

  #key(id: string): Key {
    return [this.account, this.city, id];
  }
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("cannot open IndexedDB"));
  });
}

/** Every card of the account's city, by document id. */
function readAll(db: IDBDatabase, account: string, city: string): Promise<[string, Card][]> {
  return new Promise((resolve, reject) => {
    const range = IDBKeyRange.bound([account, city, ""], [account, city, "\uffff"]);
    const transaction = db.transaction(STORE);
    const keys = transaction.objectStore(STORE).getAllKeys(range);
    const values = transaction.objectStore(STORE).getAll(range);
    transaction.oncomplete = () =>
      resolve((keys.result as Key[]).map((key, index) => [key[2], values.result[index] as Card]));
    transaction.onerror = () => reject(transaction.error ?? new Error("cannot read the cards"));
  });
}

function write(db: IDBDatabase, records: { key: Key; card: Card | undefined }[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(STORE, "readwrite");
    const store = transaction.objectStore(STORE);
    for (const { key, card } of records) {
      if (card) store.put(card, key);
      else store.delete(key);
    }
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error("cannot write the cards"));
    transaction.onabort = () => reject(transaction.error ?? new Error("writing the cards was aborted"));
  });
}
