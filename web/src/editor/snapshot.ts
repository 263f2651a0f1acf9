/**
 * An editor's first sync of a city in one download: the server's snapshot
 * (`GET /api/v1/cities/{city}/snapshot`, every saved document this session may
 * read) is imported into the repo and written to IndexedDB at once, instead of
 * asking for thousands of documents one by one. Each imported document then syncs
 * as usual from the heads it came with, so a change made since arrives by the
 * normal path, and a document added later too.
 *
 * The body is frames `[u16 id length][id][u32 data length][data]`, big-endian,
 * the data being what Automerge loads (see `server/src/routes/snapshot.rs`).
 */
import type { DocumentId, Repo } from "@automerge/automerge-repo/slim";
import { api } from "../api";

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
 * Downloads the city's snapshot and imports every document the repo does not hold
 * yet; the number imported. Throws when the server cannot give it (offline, busy,
 * an older server): per-document sync then does the work, only slower.
 */
export async function importSnapshot(repo: Repo, city: string): Promise<number> {
  const fresh = parseSnapshot(await api.snapshot(city)).filter(({ id }) => !repo.handles[id as DocumentId]);
  for (const { id, data } of fresh) repo.import(data, { docId: id as DocumentId });
  // automerge-repo writes an imported document only at its next change: write them now.
  await repo.flush(fresh.map(({ id }) => id as DocumentId));
  return fresh.length;
}
