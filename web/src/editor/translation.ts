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
  return statusFrom(sourceTexts(item), language, translation && translationTexts(translation));
}

/** `statusOf` from what a card keeps of the item and its translation (see `cards.ts`). */
export function statusFrom(source: SourceTexts, language: string, translation: TranslationTexts | undefined): TranslationStatus {
  if (language.toLowerCase() === source.language.toLowerCase()) return "up-to-date";
  if (!translation || translation.filled.length === 0) return "missing";
  if (translation.from < source.revision) return "outdated";
  const filled = new Set(translation.filled);
  if (source.texts.some((key) => !filled.has(key))) return "incomplete";
  return translation.machine ? "machine" : "up-to-date";
}

/** What translation status needs of an item's source. */
export interface SourceTexts {
  language: string;
  revision: number;
  /** The keys of the item's non-empty text fields (as translations name them). */
  texts: string[];
}

/** What translation status needs of a translation. */
export interface TranslationTexts {
  item: string;
  language: string;
  /** The source revision it was translated from. */
  from: number;
  machine: boolean;
  /** The keys of the fields it has a non-empty text for. */
  filled: string[];
}

export function sourceTexts(item: Item): SourceTexts {
  return { language: item.value.source_language, revision: item.value.source_revision, texts: textFields(item).map((field) => field.key) };
}

export function translationTexts(translation: Translation): TranslationTexts {
  return {
    item: translation.item,
    language: translation.language,
    from: translation.translated_from_revision,
    machine: translation.machine,
    filled: Object.entries(translation.fields)
      .filter(([, text]) => text.trim() !== "")
      .map(([key]) => key),
  };
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

/** The items of the workspace as their cards list them (title, source texts). */
export function itemCards(workspace: Workspace): { entry: DocEntry; title: string; source: SourceTexts }[] {
  const found: { entry: DocEntry; title: string; source: SourceTexts }[] = [];
  for (const kind of ["service", "article", "event"] as const) {
    for (const entry of workspace.ofKind(kind)) {
      const card = workspace.card(entry.documentId);
      if (card?.source) found.push({ entry, title: card.title, source: card.source });
    }
  }
  return found;
}

/** Each item's translation document into `language`, by item id, as its card has it. */
export function translationsInto(workspace: Workspace, language: string): Map<string, { id: string; texts: TranslationTexts }> {
  const found = new Map<string, { id: string; texts: TranslationTexts }>();
  for (const entry of workspace.ofKind("translation")) {
    if (entry.language && entry.language.toLowerCase() !== language.toLowerCase()) continue;
    const texts = workspace.card(entry.documentId)?.translation;
    if (texts && texts.language.toLowerCase() === language.toLowerCase()) found.set(texts.item, { id: entry.documentId, texts });
  }
  return found;
}

export function titleOf(item: Item): string {
  return item.kind === "service" ? item.value.name : item.value.title;
}
