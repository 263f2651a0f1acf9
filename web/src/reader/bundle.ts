/**
 * What a reader's phone keeps: one city's published content in one language (the
 * server's `GET /api/v1/cities/{city}/{lang}/bundle`), as rendered for readers.
 *
 * Texts are `{text, lang}`: `lang` is the language the text is really in, which is
 * the reader's language or, where that translation is missing, one of its fallbacks.
 * Times in `calendar` are local wall-clock times in the city's zone
 * (`YYYY-MM-DDTHH:MM`), computed by the server from the pinned items, so the phone
 * needs no recurrence code to know what is open or on.
 */

import type { RenderedItem } from "../content/generated/reading";
import type { Bundle, OfferedLanguage } from "../generated/api";

// Generated from the server's types: the read side's in hospes-content
// (rendered items, the calendar), the bundle's in the server's routes.
export type { Calendar, LocalizedText, Opening, Occurrence } from "../content/generated/reading";
export type { Address, Category, Cost } from "../content/generated/model";
export type { Bundle, CityInfo } from "../generated/api";

/** A language the city's guide is offered in, with its name. */
export type CityLanguage = OfferedLanguage;

export type PublishedItem = RenderedItem;
export type PublishedService = Extract<PublishedItem, { kind: "service" }>;
export type PublishedArticle = Extract<PublishedItem, { kind: "article" }>;
export type PublishedEvent = Extract<PublishedItem, { kind: "event" }>;

export type Service = PublishedService["item"];
export type Article = PublishedArticle["item"];
export type Event = PublishedEvent["item"];
/** A place as readers get it (a service's location, an event's place). */
export type Place = Service["locations"][number];
export type Schedule = Service["schedules"][number];

/** Whether `value` has the bundle's outline (a stored copy from an older app may not). */
export function isBundle(value: unknown): value is Bundle {
  const bundle = value as Partial<Bundle> | null;
  return (
    typeof bundle === "object" &&
    bundle !== null &&
    typeof bundle.language === "string" &&
    Array.isArray(bundle.items) &&
    typeof bundle.city?.slug === "string" &&
    Array.isArray(bundle.city.languages)
  );
}
