/**
 * automerge-repo's IndexedDB storage, plus one thing it lacks: writing many
 * documents in one transaction. A city's first download brings thousands of
 * documents, and the stock adapter commits each write on its own (1.6 s for
 * 2,000 in tests/bench/editor-first-sync.sh).
 *
 * `saveMany` writes records exactly as the stock adapter does (`{ key, binary }`
 * stored under the key, in the same database and object store), so the repo reads
 * them back as its own.
 */
import type { StorageKey } from "@automerge/automerge-repo/slim";
import { IndexedDBStorageAdapter } from "@automerge/automerge-repo-storage-indexeddb";

/** The stock adapter's object store. */
const STORE = "documents";

export class DocumentStorage extends IndexedDBStorageAdapter {
  readonly #database: string;
  #connection: Promise<IDBDatabase> | undefined;

  constructor(database: string) {
    super(database, STORE);
    this.#database = database;
  }

  /** Writes every record in one transaction; resolves once it has committed. */
  async saveMany(records: readonly { key: StorageKey; data: Uint8Array }[]): Promise<void> {
    if (records.length === 0) return;
    const db = await this.#open();
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(STORE, "readwrite");
      const store = transaction.objectStore(STORE);
      // A view stores its whole buffer (structured clone): a document cut from a
      // download would store the download once per document.
      for (const { key, data } of records) store.put({ key, binary: ownBuffer(data) }, key);
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error("IndexedDB write failed"));
      transaction.onabort = () => reject(transaction.error ?? new Error("IndexedDB write aborted"));
    });
  }

  /** A connection of our own to the adapter's database (its own is private). */
  #open(): Promise<IDBDatabase> {
    this.#connection ??= new Promise((resolve, reject) => {
      const request = indexedDB.open(this.#database, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error("cannot open IndexedDB"));
    });
    return this.#connection;
  }
}

function ownBuffer(data: Uint8Array): Uint8Array {
  return data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? data : data.slice();
}
