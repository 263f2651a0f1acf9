/**
 * Search over the guide on the phone, offline: a MiniSearch index of the stored
 * bundle, built on the first search and kept per bundle. Every item's texts are in
 * the reader's language or, where not translated, its fallback, so one index covers
 * "the chosen language first, then its fallbacks"; titles weigh most.
 *
 * Words are folded as the server's search folds them (./search-folding): "medecin"
 * finds "médecin", "محامي" finds "مُحامي", "شتاء" finds "الشتاء". Prefix and small-typo
 * matching help people who type on a small keyboard in a second script.
 */
import MiniSearch from "minisearch";
import { foldWord, splitWords } from "./search-folding";
import type { RenderedEntry } from "../content/generated/model";
import type { Bundle, LocalizedText, PublishedItem } from "./bundle";

export interface SearchDocument {
  id: string;
  /** A guide item's kind, or an entry of the multivoiced archive. */
  kind: PublishedItem["kind"] | "archive_entry";
  title: string;
  text: string;
}

const indexes = new WeakMap<Bundle, MiniSearch<SearchDocument>>();

function texts(item: PublishedItem): LocalizedText[] {
  switch (item.kind) {
    case "service": {
      const s = item.item;
      return [s.description, s.eligibility, s.documents_needed, ...s.locations.map((l) => l.accessibility)];
    }
    case "article":
      return [item.item.body];
    case "event":
      return [item.item.description, item.item.place?.accessibility ?? { text: "", lang: "" }];
  }
}

function titleOf(item: PublishedItem): string {
  return item.kind === "service" ? item.item.name.text : item.item.title.text;
}

function extra(item: PublishedItem, categoryNames: Map<string, string>): string[] {
  if (item.kind === "service") {
    return [item.item.organization, ...item.item.categories.map((c) => categoryNames.get(c) ?? ""), ...item.item.locations.map((l) => `${l.name} ${l.address.street} ${l.address.locality}`)];
  }
  if (item.kind === "event") return [item.item.organizer, item.item.place?.name ?? ""];
  return [];
}

export function searchIndex(bundle: Bundle, categoryNames: Map<string, string>): MiniSearch<SearchDocument> {
  const known = indexes.get(bundle);
  if (known) return known;
  const index = new MiniSearch<SearchDocument>({
    fields: ["title", "text"],
    storeFields: ["kind", "title"],
    tokenize: splitWords,
    processTerm: (term) => foldWord(term) || null,
    searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : false), combineWith: "AND" },
  });
  index.addAll(
    bundle.items.map((item) => ({
      id: item.id,
      kind: item.kind,
      title: titleOf(item),
      text: [...texts(item).map((t) => t.text), ...extra(item, categoryNames)].join("\n"),
    })),
  );
  // The archive's entries, as readers see them (a bundle saved by an older server has none).
  const archive: readonly RenderedEntry[] = (bundle as { archive?: RenderedEntry[] }).archive ?? [];
  index.addAll(
    archive.map((entry) => ({
      id: entry.id,
      kind: "archive_entry" as const,
      title: entry.title,
      text: entry.voices.map((voice) => voice.text).join("\n"),
    })),
  );
  indexes.set(bundle, index);
  return index;
}
