/**
 * An item's history, read from the document itself (so it works offline): who
 * changed which field and when, and the field's value after each change, which can
 * be brought back.
 *
 * - Who: each change made in the editing app names its author in its message (see
 *   `changeDoc`); changes without one were imported or made by the server (the demo).
 * - Which field: the paths the change's patches touch (`diff` between the change's
 *   dependencies and the change), cut to the field the forms edit.
 * - Typing makes a change per keystroke: consecutive changes of one field by one
 *   person within a few minutes are one edit.
 */
import { diff, getChangesMetaSince, ImmutableString, updateText, view, type Doc } from "@automerge/automerge/slim";
import type { DocHandle } from "@automerge/automerge-repo/slim";
import textFields from "../content/text-fields.json";
import { authorOf, automergeShape, changeDoc, readModel, valueAt, type Path } from "./documents";

export type HistoryKind = "service" | "article" | "event" | "translation";

/** One person's edit of one field. */
export interface FieldEdit {
  /** The field, as a path the forms use: `["description"]`, `["cost", "fee"]`, `["fields", "name"]`. */
  field: Path;
  /** The account name, or null when the change did not name one. */
  by: string | null;
  /** Seconds since the epoch (the editing device's clock). */
  from: number;
  to: number;
  /** The last change of the edit: the field's value after it is the edit's result. */
  hash: string;
}

/** Edits closer than this (of one field, by one person) are one. */
const SAME_EDIT_SECONDS = 5 * 60;
/** Past this many changes only the newest are read: the history is for recent work. */
const MOST_CHANGES = 3000;
/** Objects whose keys are edited separately; any other field is edited whole. */
const NESTED = new Set(["cost", "contacts", "place", "fields"]);
/** Bookkeeping that is never a person's edit of its own. */
const NOT_FIELDS = new Set(["schema", "source_revision", "translated_from_revision", "machine"]);

/** The field a patch path belongs to. */
export function fieldOf(path: readonly (string | number)[]): Path | null {
  const [first, second] = path;
  if (typeof first !== "string" || NOT_FIELDS.has(first)) return null;
  if (NESTED.has(first) && typeof second === "string") return [first, second];
  return [first];
}

/** Every edit of the document, newest first. */
export function historyOf(handle: DocHandle<unknown>): FieldEdit[] {
  const doc = handle.doc() as Doc<unknown> | undefined;
  if (!doc) return [];
  const changes = getChangesMetaSince(doc, []).slice(-MOST_CHANGES);
  const edits: FieldEdit[] = [];
  const open = new Map<string, FieldEdit>();
  for (const change of changes) {
    const by = authorOf(change.message)?.by ?? null;
    const fields = new Map<string, Path>();
    for (const patch of diff(doc, change.deps, [change.hash])) {
      const field = fieldOf(patch.path);
      if (field) fields.set(field.join("."), field);
    }
    for (const [key, field] of fields) {
      const edit = open.get(key);
      if (edit && edit.by === by && change.time - edit.to <= SAME_EDIT_SECONDS) {
        edit.to = change.time;
        edit.hash = change.hash;
        continue;
      }
      const started: FieldEdit = { field, by, from: change.time, to: change.time, hash: change.hash };
      open.set(key, started);
      edits.push(started);
    }
  }
  return edits.sort((a, b) => b.to - a.to);
}

/** The field's value right after `hash` (as its author saw it). */
export function valueAfter(handle: DocHandle<unknown>, hash: string, field: Path): unknown {
  const doc = handle.doc() as Doc<unknown>;
  return valueAt(readModel(view(doc, [hash])), field);
}

export function currentValue(handle: DocHandle<unknown>, field: Path): unknown {
  return valueAt(readModel(handle.doc()), field);
}

function isTextField(kind: HistoryKind, field: Path): boolean {
  const name = field.join(".");
  const texts: readonly string[] = textFields[kind];
  return texts.includes(name) || (kind === "translation" && field[0] === "fields");
}

/**
 * Brings back an earlier value of a field: text by the smallest edit (so words
 * others add meanwhile merge), anything else set whole. A source text brought back
 * is a real edit: it outdates the translations, as typing it would.
 */
export function restore(handle: DocHandle<unknown>, kind: HistoryKind, field: Path, value: unknown): void {
  const key = field[field.length - 1]!;
  changeDoc(handle, (doc) => {
    let parent: Record<string | number, unknown> = doc;
    for (const step of field.slice(0, -1)) {
      const next = parent[step];
      if (next === null || typeof next !== "object") return; // the field's object is gone; nothing to restore into
      parent = next as Record<string | number, unknown>;
    }
    if (isTextField(kind, field)) {
      if (typeof parent[key] === "string") updateText(doc as Doc<unknown>, field, typeof value === "string" ? value : "");
      else parent[key] = typeof value === "string" ? value : "";
      if (kind !== "translation") doc.source_revision = (Number(doc.source_revision) || 0) + 1;
      return;
    }
    if (value === null || typeof value !== "object") {
      parent[key] = typeof value === "string" ? new ImmutableString(value) : value;
      return;
    }
    // A list or an object: in the model's Automerge form. Nested ones (`contacts.phones`)
    // hold plain values only; a top-level one may hold text fields (`locations[].accessibility`).
    if (field.length > 1) {
      parent[key] = JSON.parse(JSON.stringify(value), (_, v: unknown) => (typeof v === "string" ? new ImmutableString(v) : v));
      return;
    }
    const shaped = automergeShape(kind, { ...readModel<Record<string, unknown>>(handle.doc()), [key]: value }) as Record<string, unknown>;
    parent[key] = shaped[key];
  });
}
