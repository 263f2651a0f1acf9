/**
 * What the editing app's lists show of a document without holding it open: its
 * title and detail line, an article's place in the tree, a service's categories,
 * and what translation status needs (which texts an item has, which a translation
 * fills). A city has thousands of documents and the dashboard shows a few dozen:
 * the workspace keeps a card per document (in IndexedDB, `card-store.ts`) and opens
 * a document only when a screen needs it, or when the server's list says it
 * changed since this device last caught up with it.
 *
 * A card is made from the document as it is (`cardOf`), so it is exactly as fresh
 * as the device's copy: remade on every change of an open document.
 */
import { getHeads, type Doc } from "@automerge/automerge/slim";
import type { Article, DocKind, Event, Service, Translation } from "../content/model";
import { readModel } from "./documents";
import { sourceTexts, translationTexts, type SourceTexts, type TranslationTexts } from "./translation";

export interface Card {
  kind: DocKind;
  /** The document's heads (hex change hashes) when the card was made. */
  heads: string[];
  /**
   * The server's stored version of the document (`storedVersion` in its list) that
   * this device's copy has caught up with; 0 when not known to have.
   */
  version: number;
  /** An event's title, a service's name, an article's title; empty for other kinds. */
  title: string;
  /** An event's start ("2026-12-03 18:00"), a service's organization. */
  detail: string;
  /** An article's parent (null at the top) and order among its siblings. */
  parent?: string | null;
  order?: number;
  /** A service's categories. */
  categories?: string[];
  /** An item's source, for translation status. */
  source?: SourceTexts;
  /** A translation's texts, for translation status. */
  translation?: TranslationTexts;
}

/** The card of a document of `kind` as it is; undefined while it cannot be read as its model (still arriving). */
export function cardOf(kind: DocKind, doc: Doc<unknown>, version: number): Card | undefined {
  const heads = getHeads(doc);
  const card: Card = { kind, heads, version, title: "", detail: "" };
  try {
    switch (kind) {
      case "event": {
        const event = readModel<Event>(doc);
        return { ...card, title: event.title, detail: event.start.replace("T", " "), source: sourceTexts({ kind, value: event }) };
      }
      case "service": {
        const service = readModel<Service>(doc);
        return {
          ...card,
          title: service.name,
          detail: service.organization,
          categories: [...service.categories],
          source: sourceTexts({ kind, value: service }),
        };
      }
      case "article": {
        const article = readModel<Article>(doc);
        if (typeof article.title !== "string") return undefined;
        return {
          ...card,
          title: article.title,
          parent: article.parent ?? null,
          order: Number(article.order) || 0,
          source: sourceTexts({ kind, value: article }),
        };
      }
      case "translation":
        return { ...card, translation: translationTexts(readModel<Translation>(doc)) };
      default:
        return card;
    }
  } catch {
    return undefined;
  }
}
