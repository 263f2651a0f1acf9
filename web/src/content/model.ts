/**
 * The content model, as the web app sees it. The types are generated from
 * the server's Rust model (sync/content/src/model.rs) by ts-rs into
 * ./generated/model.ts, and sync/content/tests/typescript.rs fails when
 * that file is out of date; tests/tests/model_interop.rs checks that
 * documents written by either side read back the same on the other.
 */
import textFields from "./text-fields.json";
import type { Article, City, Event, Service, Translation } from "./generated/model";

export type * from "./generated/model";

export interface Documents {
  city: City;
  service: Service;
  article: Article;
  event: Event;
  translation: Translation;
}

/** Which string fields of each kind are collaborative text. */
export const TEXT_FIELDS: Record<keyof Documents, readonly string[]> = textFields;
