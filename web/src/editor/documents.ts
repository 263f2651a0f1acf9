/**
 * Reading and writing content documents from the editing screens, in the model's
 * Automerge form (see ../content/automerge-form.js): text fields are collaborative
 * text, changed with `updateText` (a diff, so two people's edits to one paragraph
 * merge character by character); every other string is a plain value
 * (`ImmutableString`), set whole; concurrent sets of one value are conflicts that a
 * person resolves (see `conflictsOf`).
 */
import { getConflicts, ImmutableString, isImmutableString, updateText, type Doc } from "@automerge/automerge/slim";
import type { DocHandle } from "@automerge/automerge-repo/slim";
import { fromAutomergeShape, toAutomergeShape } from "../content/automerge-form.js";
import textFields from "../content/text-fields.json";
import type { Article, Event, Service } from "../content/model";

export type Path = (string | number)[];
type Kind = "service" | "article" | "event" | "translation";

/**
 * Who makes the changes on this device: every change carries the account in its
 * message (`{"by": name, "account": id}`), so the history can say who changed what.
 * Automerge records the time itself (seconds since the epoch, from the device's clock).
 */
let author: { by: string; account: string } | null = null;

export function setAuthor(account: { id: string | number; name: string }): void {
  author = { by: account.name, account: String(account.id) };
}

/** Who made a change, from its message; null for changes made without one (imports, the demo). */
export function authorOf(message: string | null): { by: string; account: string } | null {
  if (!message) return null;
  try {
    const parsed = JSON.parse(message) as { by?: unknown; account?: unknown };
    return typeof parsed.by === "string" ? { by: parsed.by, account: String(parsed.account ?? "") } : null;
  } catch {
    return null;
  }
}

/**
 * Documents whose changes name no one: an archive voice reaches the city editors its
 * author lets in, and its history must not tell them the name of an anonymous author
 * (the server says who wrote a voice, to whom it may).
 */
const unnamed = new Set<string>();

export function changesNameNoOne(documentId: string): void {
  unnamed.add(documentId);
}

const localChangeListeners = new Set<(handle: DocHandle<unknown>) => void>();

/**
 * Calls `listener` right after every edit made on this device (in the same task), so
 * the sync line can count it as waiting before anything else happens. automerge-repo
 * tells a change made here from one that arrived only by comparing heads.
 */
export function onLocalChange(listener: (handle: DocHandle<unknown>) => void): () => void {
  localChangeListeners.add(listener);
  return () => localChangeListeners.delete(listener);
}

/** Every edit from the editing screens goes through here, so that it names its author. */
export function changeDoc(handle: DocHandle<unknown>, edit: (doc: Record<string, unknown>) => void): void {
  const named = author && !unnamed.has(handle.documentId as string);
  const before = handle.heads();
  handle.change((doc) => edit(doc as Record<string, unknown>), named ? { message: JSON.stringify(author) } : {});
  // An edit that writes nothing (a value set to what it was) makes no change.
  const after = handle.heads();
  if (before.length === after.length && before.every((head) => after.includes(head))) return;
  for (const listener of localChangeListeners) listener(handle);
}

/** The document as the plain model (strings unwrapped). */
export function readModel<T>(doc: Doc<unknown>): T {
  return fromAutomergeShape<T>(doc, (value) => (isImmutableString(value) ? value.toString() : undefined));
}

/** A new document's initial content, in Automerge form. */
export function automergeShape<T>(kind: Kind, value: T): unknown {
  return toAutomergeShape(value, textFields[kind], (text) => new ImmutableString(text));
}

/** The object holding the field at `path`; undefined where a step is missing (no place yet). */
function parentOf(doc: Record<string, unknown>, path: Path): Record<string | number, unknown> | undefined {
  let node: unknown = doc;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node !== null && typeof node === "object" ? (node as Record<string | number, unknown>) : undefined;
}

/** The value at `path` in a plain model; undefined where a step is missing. */
export function valueAt(model: unknown, path: Path): unknown {
  let node = model;
  for (const key of path) node = node === null || typeof node !== "object" ? undefined : (node as Record<string | number, unknown>)[key];
  return node;
}

/** Sets a plain value (a string becomes an `ImmutableString`). */
export function setValue(handle: DocHandle<unknown>, path: Path, value: unknown): void {
  changeDoc(handle, (doc) => {
    const parent = parentOf(doc, path);
    if (!parent) throw new Error(`no ${path.slice(0, -1).join(".")} to set ${path.join(".")} in`);
    parent[path[path.length - 1]!] = typeof value === "string" ? new ImmutableString(value) : value;
  });
}

/** Removes the key at `path` (a name in one language, say); nothing when there is none. */
export function removeValue(handle: DocHandle<unknown>, path: Path): void {
  const doc = handle.doc() as Record<string, unknown> | undefined;
  const current = doc ? parentOf(doc, path) : undefined;
  if (!current || !(path[path.length - 1]! in current)) return;
  changeDoc(handle, (d) => {
    const parent = parentOf(d, path);
    if (parent) delete parent[path[path.length - 1]!];
  });
}

/** The list at `path` in a change (made when missing). */
export function listIn(doc: Record<string, unknown>, path: Path): unknown[] {
  let node: Record<string | number, unknown> = doc;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (!Array.isArray(node[last])) node[last] = [];
  return node[last] as unknown[];
}

/** Removes the element of the list at `path` whose `id` is `id` (the first, if an import wrote two). */
export function removeById(handle: DocHandle<unknown>, path: Path, id: string): void {
  changeDoc(handle, (doc) => {
    const items = listIn(doc, path);
    const at = items.findIndex((item) => String((item as { id?: unknown } | null)?.id) === id);
    if (at >= 0) items.splice(at, 1);
  });
}

/** Changes a text field to `text` by the smallest edit (character-level merging). */
export function setText(handle: DocHandle<unknown>, path: Path, text: string, alsoChange?: (doc: Record<string, unknown>) => void): void {
  changeDoc(handle, (doc) => {
    updateText(doc as Doc<unknown>, path, text);
    alsoChange?.(doc);
  });
}

/**
 * Keeps `value` for a field two people set at once. Automerge writes nothing when a
 * field is set to the value it already shows (the conflict's current winner), so
 * the field is removed and set again in one change: that supersedes every value.
 */
export function resolveConflict(handle: DocHandle<unknown>, path: Path, value: unknown): void {
  changeDoc(handle, (doc) => {
    const parent = parentOf(doc, path);
    if (!parent) return;
    const key = path[path.length - 1]!;
    delete parent[key];
    parent[key] = typeof value === "string" ? new ImmutableString(value) : value;
  });
}

/** The values of a field when people set it differently at the same time (two or more), else none. */
export function conflictsOf(handle: DocHandle<unknown>, path: Path): unknown[] {
  const doc = handle.doc() as Record<string, unknown> | undefined;
  if (!doc) return [];
  const parent = parentOf(doc, path);
  if (!parent) return [];
  const conflicts = getConflicts(parent as Doc<unknown>, path[path.length - 1]! as string);
  if (!conflicts) return [];
  const values = Object.values(conflicts).map((v) => (isImmutableString(v) ? v.toString() : v));
  return values.length > 1 ? values : [];
}

/** A new event (a volunteer's quick one, or an editor's), in the city's source language. */
export function newEvent(fields: Partial<Event> & Pick<Event, "title" | "start" | "end" | "source_language">): Event {
  return {
    schema: 1,
    source_revision: 1,
    description: "",
    event_type: "other",
    rrule: null,
    exdates: [],
    place: null,
    online_link: "",
    organizer: "",
    audience: ["everyone"],
    languages: [],
    cost: { free: true, fee: "" },
    registration_link: "",
    open_to_residents: true,
    cancelled: false,
    source: null,
    ...fields,
  };
}

/** A new guide article in the city's source language: at the top or under `parent`, placed by `order`. */
export function newArticle(fields: Partial<Article> & Pick<Article, "title" | "source_language" | "order">): Article {
  return {
    schema: 1,
    source_revision: 1,
    body: "",
    parent: null,
    notice_until: null,
    ...fields,
  };
}

/** A new service (an editor's), in the city's source language: active, open to all, everything else empty. */
export function newService(fields: Pick<Service, "name" | "source_language"> & Partial<Service>): Service {
  return {
    schema: 1,
    source_revision: 1,
    description: "",
    organization: "",
    categories: [],
    target_groups: [],
    open_to_all: true,
    eligibility: "",
    documents_needed: "",
    cost: { free: false, fee: "" },
    languages_spoken: [],
    interpretation: false,
    locations: [],
    schedules: [],
    contacts: { phones: [], email: "", website: "" },
    status: "active",
    last_verified: null,
    ...fields,
  };
}
