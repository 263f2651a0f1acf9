/**
 * "What readers will see": the version readers see now (the pinned heads, asked of
 * the server and kept for offline use) against the draft on this device, field by
 * field, text as a word diff. Both versions come from the document itself (the
 * pinned one is a view at its heads), so the preview is exact.
 */
import { view, type Doc } from "@automerge/automerge/slim";
import { diffWordsWithSpace } from "diff";
import { api } from "../../api";
import type { PublicationBody } from "../../generated/api";
import { currentLocale } from "../../i18n";
import { coalesce, element, epoch, fill, setMessage } from "../../page";
import { readModel, valueAt, type Path } from "../documents";
import { describeValue, labelField, words } from "../field-display";
import { fieldOf, type HistoryKind } from "../history";
import type { Workspace } from "../workspace";

/** `GET /api/v1/documents/{id}/publication`: which version readers see. */
export type Publication = PublicationBody;

type Model = Record<string, unknown>;

/** Not what readers see of an item (bookkeeping, or the same for every version). */
const HIDDEN = new Set(["source_language"]);

export function publishPreview(workspace: Workspace, id: string): { node: HTMLElement; refresh: () => Promise<void>; stop: () => void } {
  const node = element("details", undefined, { class: "preview" });
  const status = element("p", undefined, { role: "status" });
  const body = element("div", undefined, { class: "preview-body" });
  node.append(element("summary", "editor-preview"), element("p", "editor-preview-hint", { class: "hint" }), status, body);
  const kind = (workspace.entry(id)?.kind ?? "service") as HistoryKind;
  const stored = `hospes.publication.${id}`;

  let publication: Publication | undefined;
  /** Asks the server which version readers see (on opening, and after publishing). */
  const refresh = async () => {
    if (!node.open) return;
    publication = undefined;
    try {
      publication = await api.publication(id);
      localStorage.setItem(stored, JSON.stringify(publication));
    } catch {
      // offline (or refused): what was last seen
    }
    publication ??= parseStored(localStorage.getItem(stored));
    draw();
  };
  const draw = () => {
    const doc = workspace.handle<unknown>(id)?.doc() as Doc<unknown> | undefined;
    if (!node.open || !doc) return;
    const draft = readModel<Model>(doc);
    if (!publication) {
      setMessage(status, "editor-preview-unknown");
      body.replaceChildren();
      return;
    }
    if (!publication.published || !publication.heads) {
      setMessage(status, "editor-preview-not-published");
      fill(body, fieldList(kind, fieldsOf(draft).map((field) => [field, undefined, valueAt(draft, field)]), false));
      return;
    }
    let pinned: Model;
    try {
      pinned = readModel<Model>(view(doc, publication.heads));
    } catch {
      // The device lacks the published changes (not synced since): no guessing.
      setMessage(status, "editor-preview-unavailable");
      body.replaceChildren();
      return;
    }
    const rows: [Path, unknown, unknown][] = [];
    const same: [Path, unknown, unknown][] = [];
    for (const field of fieldsOf(draft, pinned)) {
      const before = valueAt(pinned, field);
      const after = valueAt(draft, field);
      (JSON.stringify(before ?? null) === JSON.stringify(after ?? null) ? same : rows).push([field, before, after]);
    }
    const when = publication.publishedAt
      ? new Intl.DateTimeFormat(currentLocale().code, { dateStyle: "medium", timeStyle: "short" }).format(epoch(publication.publishedAt))
      : "";
    setMessage(status, rows.length === 0 ? "editor-preview-same" : "editor-preview-changed", {
      count: rows.length,
      when,
    });
    const unchanged = element("details", undefined, { class: "preview-unchanged" });
    const unchangedSummary = element("summary");
    setMessage(unchangedSummary, "editor-preview-unchanged", { count: same.length });
    unchanged.append(unchangedSummary, fieldList(kind, same, false));
    fill(body, fieldList(kind, rows), ...(same.length ? [unchanged] : []));
  };
  node.addEventListener("toggle", () => void refresh());
  // The draft changes as people type (here or elsewhere): redraw at most once a second.
  const redraw = coalesce(draw, 1000);
  const handle = workspace.handle<unknown>(id);
  handle?.on("change", redraw.soon);
  return {
    node,
    refresh,
    stop: () => {
      handle?.off("change", redraw.soon);
      redraw.cancel();
    },
  };
}

function parseStored(raw: string | null): Publication | undefined {
  try {
    return raw ? (JSON.parse(raw) as Publication) : undefined;
  } catch {
    return undefined;
  }
}

/** The fields of one or two versions, in the draft's order. */
function fieldsOf(...models: Model[]): Path[] {
  const seen = new Map<string, Path>();
  for (const model of models) {
    for (const [key, value] of Object.entries(model)) {
      if (HIDDEN.has(key)) continue;
      const subKeys = value !== null && typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : [];
      // Objects edited key by key show key by key (cost, contacts, place, a translation's fields).
      const paths = subKeys.length && fieldOf([key, subKeys[0]!])?.length === 2 ? subKeys.map((sub) => [key, sub]) : [[key]];
      for (const path of paths) {
        const field = fieldOf(path);
        if (field) seen.set(field.join("."), field);
      }
    }
  }
  return [...seen.values()];
}

/** Fields as a definition list: label, then the value (a diff where there is a before). */
function fieldList(kind: HistoryKind, rows: [Path, unknown, unknown][], compared = true): HTMLElement {
  const list = element("dl", undefined, { class: "preview-fields" });
  for (const [field, before, after] of rows) {
    const term = element("dt");
    labelField(term, kind, field);
    const value = element("dd", undefined, { dir: "auto" });
    if (compared) showDiff(value, before, after);
    else describeValue(value, after);
    list.append(term, value);
  }
  return list;
}

/**
 * Removed words struck through, added ones marked, each announced to screen readers
 * (also what the translation screen shows of a source that changed).
 */
export function showDiff(node: HTMLElement, before: unknown, after: unknown): void {
  if (typeof before !== "string" || typeof after !== "string") {
    // Values set whole (times, choices, lists): the old one, then the new one.
    for (const [value, tag] of [[before, "del"], [after, "ins"]] as const) {
      if (value === undefined || (value !== false && !words(value) && value !== true)) continue;
      const mark = element(tag);
      const shown = element("span");
      describeValue(shown, value);
      mark.append(element("span", tag === "ins" ? "editor-diff-added" : "editor-diff-removed", { class: "visually-hidden" }), shown);
      node.append(mark, " ");
    }
    return;
  }
  for (const part of diffWordsWithSpace(before, after)) {
    if (!part.value) continue;
    if (!part.added && !part.removed) {
      node.append(part.value);
      continue;
    }
    const mark = element(part.added ? "ins" : "del");
    mark.append(element("span", part.added ? "editor-diff-added" : "editor-diff-removed", { class: "visually-hidden" }), part.value);
    node.append(mark);
  }
}
