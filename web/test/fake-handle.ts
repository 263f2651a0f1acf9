// A stand-in for automerge-repo's DocHandle: the editing modules use `doc()`,
// `heads()` and `change(fn, options)`, which is all a unit test needs.
import { change, getHeads, type ChangeOptions, type Doc } from "@automerge/automerge/slim";
import type { DocHandle } from "@automerge/automerge-repo/slim";

export interface FakeHandle {
  handle: DocHandle<unknown>;
  /** The document now. */
  doc: () => Doc<Record<string, unknown>>;
  /** Replaces the document (another device's changes merged, say). */
  set: (doc: Doc<Record<string, unknown>>) => void;
}

export function fakeHandle(initial: Doc<Record<string, unknown>>): FakeHandle {
  let doc = initial;
  const handle = {
    doc: () => doc,
    heads: () => getHeads(doc),
    change(edit: (doc: Record<string, unknown>) => void, options: ChangeOptions<unknown> = {}) {
      doc = change(doc, options as ChangeOptions<Record<string, unknown>>, edit);
    },
  };
  return { handle: handle as unknown as DocHandle<unknown>, doc: () => doc, set: (next) => (doc = next) };
}
