/**
 * Translations as the workspace sees them: which text fields an item has (the keys a
 * translation fills, `name`, `locations.<id>.accessibility`, ...), and where each
 * language stands, derived from revisions and the texts translated exactly as the
 * server does (sync/content/src/translation_status.rs, server/src/routes/translations.rs),
 * so the workspace works offline; and the source an outdated translation was made from.
 */
import { diff, getChangesMetaSince, view, type Doc } from "@automerge/automerge/slim";
import { TEXT_FIELDS, type Article, type Event, type Service, type Translation } from "../content/model";
import { readModel } from "./documents";
import type { DocEntry, Workspace } from "./workspace";

export type TranslationStatus = "missing" | "outdated" | "incomplete" | "machine" | "up-to-date";
export type Item = { kind: "service"; value: Service } | { kind: "article"; value: Article } | { kind: "event"; value: Event };

/**
 * The translatable text fields of an item: key (as translations name it) and source text.
 * Read off the one table of text fields (text-fields.json, written from the server's
 * sync/content/src/text_fields.rs), so both sides name the same fields the same way.
 */
export function textFields(item: Item): { key: string; source: string }[] {
  const value = item.value as unknown as Record<string, unknown>;
  const fields: { key: string; source: string }[] = [];
  for (const path of TEXT_FIELDS[item.kind]) {
    const [list, field] = path.split("[].");
    if (field !== undefined) {
      const elements = (value[list] ?? []) as Record<string, unknown>[];
      for (const element of elements) {
        const source = element[field];
        if (typeof source === "string") fields.push({ key: `${list}.${String(element.id)}.${field}`, source });
      }
    } else {
      const source = path
        .split(".")
        .reduce<unknown>((at, part) => (at !== null && typeof at === "object" ? (at as Record<string, unknown>)[part] : undefined), value);
      if (typeof source === "string") fields.push({ key: path, source });
    }
  }
  return fields.filter((f) => f.source.trim() !== "");
}

/** The item's texts that have no translation yet (readers would see them in another language). */
export function untranslated(item: Item, translation: Translation | undefined): string[] {
  return textFields(item)
    .filter((field) => !(translation?.fields[field.key] ?? "").trim())
    .map((field) => field.key);
}

/** Up to date only when every text is translated from the current source, by a person. */
export function statusOf(item: Item, language: string, translation: Translation | undefined): TranslationStatus {
  if (language.toLowerCase() === item.value.source_language.toLowerCase()) return "up-to-date";
  const hasText = translation && Object.values(translation.fields).some((text) => text.trim() !== "");
  if (!translation || !hasText) return "missing";
  if (translation.translated_from_revision < item.value.source_revision) return "outdated";
  if (untranslated(item, translation).length > 0) return "incomplete";
  return translation.machine ? "machine" : "up-to-date";
}

/**
 * The item as it was at source revision `revision` (what an outdated translation was
 * made from): the version just before the first change that took the revision past
 * it. Undefined when the document does not hold that version (imported with a later
 * revision, say).
 */
export function sourceAt(doc: Doc<unknown>, kind: Item["kind"], revision: number): Item | undefined {
  for (const change of getChangesMetaSince(doc, [])) {
    const raised = diff(doc, change.deps, [change.hash]).some(
      (patch) => patch.action === "put" && patch.path.length === 1 && patch.path[0] === "source_revision" && Number(patch.value) > revision,
    );
    if (!raised) continue;
    if (change.deps.length === 0) return undefined;
    try {
      const before = { kind, value: readModel(view(doc, change.deps)) } as Item;
      return before.value.source_revision <= revision ? before : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The item documents of the workspace, read as the model. */
export function items(workspace: Workspace): { entry: DocEntry; item: Item }[] {
  const found: { entry: DocEntry; item: Item }[] = [];
  for (const kind of ["service", "article", "event"] as const) {
    for (const entry of workspace.ofKind(kind)) {
      const doc = workspace.handle<unknown>(entry.documentId)?.doc();
      if (!doc) continue;
      try {
        found.push({ entry, item: { kind, value: readModel(doc) } as Item });
      } catch {
        // still arriving
      }
    }
  }
  return found;
}

/** Each item's translation document into `language`, by item id. */
export function translationsInto(workspace: Workspace, language: string): Map<string, { id: string; value: Translation }> {
  const found = new Map<string, { id: string; value: Translation }>();
  for (const entry of workspace.ofKind("translation")) {
    if (entry.language && entry.language.toLowerCase() !== language.toLowerCase()) continue;
    const doc = workspace.handle<unknown>(entry.documentId)?.doc();
    if (!doc) continue;
    try {
      const value = readModel<Translation>(doc);
      if (value.language.toLowerCase() === language.toLowerCase()) found.set(value.item, { id: entry.documentId, value });
    } catch {
      // still arriving
    }
  }
  return found;
}

export function titleOf(item: Item): string {
  return item.kind === "service" ? item.value.name : item.value.title;
}
