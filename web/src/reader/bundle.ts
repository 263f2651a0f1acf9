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

export interface LocalizedText {
  text: string;
  lang: string;
}

export interface CityLanguage {
  tag: string;
  name: string;
  direction: "ltr" | "rtl";
  fallback: string | null;
}

export interface Category {
  id: string;
  icon: string;
  names: Record<string, string>;
}

export interface CityInfo {
  slug: string;
  name: string;
  time_zone: string;
  source_language: string;
  sample: boolean;
  languages: CityLanguage[];
  categories: Category[];
}

export interface Address {
  street: string;
  postal_code: string;
  locality: string;
  region: string;
  country: string;
}

export interface Place {
  id: string;
  name: string;
  address: Address;
  latitude: number | null;
  longitude: number | null;
  accessibility: LocalizedText;
  outreach: boolean;
}

export interface Cost {
  free: boolean;
  fee: LocalizedText;
}

export interface Schedule {
  id: string;
  by_appointment: boolean;
  notes: LocalizedText;
}

export interface Service {
  source_language: string;
  name: LocalizedText;
  description: LocalizedText;
  organization: string;
  categories: string[];
  target_groups: string[];
  open_to_all: boolean;
  eligibility: LocalizedText;
  documents_needed: LocalizedText;
  cost: Cost;
  languages_spoken: string[];
  interpretation: boolean;
  locations: Place[];
  schedules: Schedule[];
  contacts: { phones: string[]; email: string; website: string };
  status: "active" | "temporarily-closed" | "closed";
  last_verified: { date: string; by: string } | null;
}

export interface Article {
  source_language: string;
  title: LocalizedText;
  body: LocalizedText;
  parent: string | null;
  order: number;
  notice_until?: string | null;
}

export interface Event {
  source_language: string;
  title: LocalizedText;
  description: LocalizedText;
  event_type: string;
  start: string;
  end: string;
  rrule: string | null;
  place: Place | null;
  online_link: string;
  organizer: string;
  audience: string[];
  languages: string[];
  cost: Cost;
  registration_link: string;
  open_to_residents: boolean;
  cancelled: boolean;
}

interface Published<K extends string, T> {
  id: string;
  kind: K;
  language: string;
  published_at: string;
  item: T;
  json_ld?: unknown;
}

export type PublishedService = Published<"service", Service>;
export type PublishedArticle = Published<"article", Article>;
export type PublishedEvent = Published<"event", Event>;
export type PublishedItem = PublishedService | PublishedArticle | PublishedEvent;

/** `[opens, closes, by appointment]`, local times. */
export type Opening = [string, string, boolean];

export interface Occurrence {
  id: string;
  start: string;
  end: string;
  cancelled: boolean;
}

export interface Calendar {
  time_zone: string;
  /** The local dates (inclusive) the openings cover. */
  from: string;
  to: string;
  /** The last local date the occurrences cover (they start at `from` too). */
  occurrences_to?: string;
  openings: Record<string, Opening[]>;
  occurrences: Occurrence[];
}

export interface Bundle {
  city: CityInfo;
  language: string;
  items: PublishedItem[];
  calendar?: Calendar;
}

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
