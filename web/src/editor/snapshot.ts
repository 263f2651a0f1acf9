/**
 * An editor's first sync of a city in one download: the server's snapshot
 * (`GET /api/v1/cities/{city}/snapshot`, every saved document this session may
 * read) is written to IndexedDB at once, instead of asking for thousands of
 * documents one by one. Each document then syncs as usual, from the heads it came
 * with, when it is opened, so a change made since arrives by the normal path, and
 * a document added later too.
 *
 * The body is frames `[u16 id length][id][u32 data length][data]`, big-endian,
 * the data being what Automerge loads (see `server/src/routes/snapshot.rs`).
 */
import { free, getHeads, load, type Doc } from "@automerge/automerge/slim";
import type { DocumentStorage } from "../sync/document-storage";

export interface SnapshotDocument {
  id: string;
  data: Uint8Array;
}

/** The documents of a snapshot body; throws on a body cut short. */
export function parseSnapshot(body: Uint8Array): SnapshotDocument[] {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const text = new TextDecoder();
  const documents: SnapshotDocument[] = [];
  let at = 0;
  const need = (length: number) => {
    if (at + length > body.byteLength) throw new Error("the snapshot is cut short");
  };
  while (at < body.byteLength) {
    need(2);
    const idLength = view.getUint16(at);
    need(2 + idLength + 4);
    const id = text.decode(body.subarray(at + 2, at + 2 + idLength));
    const dataLength = view.getUint32(at + 2 + idLength);
    at += 2 + idLength + 4;
    need(dataLength);
    documents.push({ id, data: body.subarray(at, at + dataLength) });
    at += dataLength;
  }
  return documents;
}

/**
 * Stores every document of a snapshot body (`api.snapshot`) that `held` says the
 * device does not have yet, in one IndexedDB transaction, without opening any: the
 * repo loads each from storage when a screen asks for it, and syncs it from there.
 * `seen` gets each document as loaded (to make its card) before it is freed, and
 * only once all are stored. Returns the number stored; throws on a body cut short.
 */
export async function importSnapshot(
  storage: DocumentStorage,
  body: Uint8Array,
  held: (id: string) => boolean,
  seen: (id: string, doc: Doc<unknown>) => void,
): Promise<number> {
  const fresh = parseSnapshot(body).filter(({ id }) => !held(id));
  const loaded = fresh.map(({ id, data }) => ({ id, data, doc: load<unknown>(data) }));
  try {
    // Where the repo would keep a compacted document: a snapshot chunk under its heads.
    await storage.saveMany(loaded.map(({ id, data, doc }) => ({ key: [id, "snapshot", getHeads(doc).join(",")], data })));
    for (const { id, doc } of loaded) seen(id, doc);
  } finally {
    for (const { doc } of loaded) free(doc);
  }
  return loaded.length;
}
