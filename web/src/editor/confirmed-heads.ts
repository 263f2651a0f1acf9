/**
 * When a change made on this device counts as confirmed by the server: the heads
 * recorded after the edit are among the server's sync heads, or in their history
 * (the server merged someone else's change on top). Heads are automerge-repo's
 * encoded form (`handle.heads()`, `remote-heads`); a pure module, unit-tested.
 */
import { getChangesMetaSince, hasHeads, type Doc } from "@automerge/automerge/slim";
import { decodeHeads, type UrlHeads } from "@automerge/automerge-repo/slim";

/**
 * Whether `server` covers `recorded`. Server heads this copy lacks (changes on their
 * way) may or may not descend from ours: not yet, until they arrive.
 */
export function confirmedBy(doc: Doc<unknown>, recorded: readonly string[], server: readonly string[]): boolean {
  if (recorded.every((head) => server.includes(head))) return true;
  const serverHex = decodeHeads([...server] as UrlHeads);
  const recordedHex = decodeHeads([...recorded] as UrlHeads);
  if (!hasHeads(doc, serverHex) || !hasHeads(doc, recordedHex)) return false;
  const after = new Set(getChangesMetaSince(doc, serverHex).map((change) => change.hash));
  return recordedHex.every((head) => !after.has(head));
}

/**
 * What to record after an edit: the copy's heads now, and any recorded heads this
 * copy lacks (another tab's change, no less waiting).
 */
export function headsToConfirm(doc: Doc<unknown>, current: readonly string[], recorded: readonly string[] = []): string[] {
  const elsewhere = recorded.filter((head) => !hasHeads(doc, decodeHeads([head] as UrlHeads)));
  return [...elsewhere, ...current];
}
