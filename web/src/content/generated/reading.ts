// Generated from sync/content/src/reading by ts-rs and the text-field table: do not edit.
// Regenerate: HOSPES_WRITE_TS=1 cargo nextest run -p hospes-content --test typescript

import type { Article, Event, Service } from "./model";

export type LocalizedText = { text: string, lang: string, };

/** `T` with its fields `K` as readers get them. */
export type Texts<T, K extends keyof T> = Omit<T, K> & { [P in K]: LocalizedText };

/** The service as `render` makes it. */
export type ReaderService = Omit<Service, "source_revision" | "schema" | "name" | "description" | "eligibility" | "documents_needed" | "cost" | "locations" | "schedules"> & { name: LocalizedText, description: LocalizedText, eligibility: LocalizedText, documents_needed: LocalizedText, cost: Texts<NonNullable<Service["cost"]>, "fee"> | Extract<Service["cost"], null>, locations: Array<Texts<Service["locations"][number], "accessibility">>, schedules: Array<Texts<Service["schedules"][number], "notes">> };

/** The article as `render` makes it. */
export type ReaderArticle = Omit<Article, "source_revision" | "schema" | "title" | "body"> & { title: LocalizedText, body: LocalizedText };

/** The event as `render` makes it. */
export type ReaderEvent = Omit<Event, "source_revision" | "schema" | "title" | "description" | "cost" | "place"> & { title: LocalizedText, description: LocalizedText, cost: Texts<NonNullable<Event["cost"]>, "fee"> | Extract<Event["cost"], null>, place: Texts<NonNullable<Event["place"]>, "accessibility"> | Extract<Event["place"], null> };

export type RenderedBody = { "kind": "service", "item": ReaderService } | { "kind": "article", "item": ReaderArticle } | { "kind": "event", "item": ReaderEvent };

export type RenderedItem = { id: string, 
/**
 * The language rendered (the reader's, in the city's spelling).
 */
language: string, published_at: string, 
/**
 * schema.org data for the item's page.
 */
json_ld: unknown, } & ({ "kind": "service", "item": ReaderService } | { "kind": "article", "item": ReaderArticle } | { "kind": "event", "item": ReaderEvent });

export type Opening = [string, string, boolean];

export type Occurrence = { 
/**
 * The event's document id.
 */
id: string, start: string, end: string, cancelled: boolean, };

export type Calendar = { time_zone: string, 
/**
 * The local dates (inclusive) the openings cover.
 */
from: string, to: string, 
/**
 * The last local date the occurrences cover (they start at `from` too).
 */
occurrences_to: string, 
/**
 * By service's document id; a closed service has none.
 */
openings: Record<string, Array<Opening>>, 
/**
 * Earliest first.
 */
occurrences: Array<Occurrence>, };
