/**
 * The content model, as the web app sees it: the same documents and names
 * as the server's Rust model (sync/src/content/model.rs) and the JSON
 * fixtures (tests/fixtures/content/); tests/tests/model_interop.rs checks
 * that documents written by either side read back the same on the other.
 */
import textFields from "./text-fields.json";

export type Direction = "ltr" | "rtl";
export type TargetGroup =
  | "asylum-seekers-and-refugees"
  | "temporary-protection"
  | "undocumented-residents"
  | "women"
  | "unaccompanied-minors"
  | "children"
  | "students"
  | "everyone";
export type ServiceStatus = "active" | "temporarily-closed" | "closed";
export type EventType =
  | "workshop"
  | "language-cafe"
  | "festival"
  | "commemoration"
  | "job-fair"
  | "sport"
  | "information-session"
  | "other";

export interface City {
  schema: number;
  slug: string;
  name: string;
  time_zone: string;
  source_language: string;
  languages: { tag: string; fallback: string | null; direction: Direction }[];
  categories: { id: string; icon: string; names: Record<string, string> }[];
  volunteers_publish: boolean;
  sample: boolean;
}

export interface Cost {
  free: boolean;
  fee: string;
}

export interface Address {
  street: string;
  postal_code: string;
  locality: string;
  region: string;
  country: string;
}

export interface Location {
  id: string;
  name: string;
  address: Address;
  latitude: number | null;
  longitude: number | null;
  accessibility: string;
  outreach: boolean;
}

export interface Schedule {
  id: string;
  rrule: string;
  opens_at: string;
  closes_at: string;
  valid_from: string | null;
  valid_to: string | null;
  closed_dates: string[];
  by_appointment: boolean;
  notes: string;
}

export interface Service {
  schema: number;
  source_language: string;
  source_revision: number;
  name: string;
  description: string;
  organization: string;
  categories: string[];
  target_groups: TargetGroup[];
  open_to_all: boolean;
  eligibility: string;
  documents_needed: string;
  cost: Cost;
  languages_spoken: string[];
  interpretation: boolean;
  locations: Location[];
  schedules: Schedule[];
  contacts: { phones: string[]; email: string; website: string };
  status: ServiceStatus;
  last_verified: { date: string; by: string } | null;
}

export interface Article {
  schema: number;
  source_language: string;
  source_revision: number;
  title: string;
  body: string;
  parent: string | null;
  order: number;
  /** ISO date until which the home page shows the article as a notice; absent or null: a normal article. */
  notice_until?: string | null;
}

export interface Event {
  schema: number;
  source_language: string;
  source_revision: number;
  title: string;
  description: string;
  event_type: EventType;
  start: string;
  end: string;
  rrule: string | null;
  exdates: string[];
  place: Location | null;
  online_link: string;
  organizer: string;
  audience: TargetGroup[];
  languages: string[];
  cost: Cost;
  registration_link: string;
  open_to_residents: boolean;
  cancelled: boolean;
  source: { calendar: string; uid: string } | null;
}

export interface Translation {
  schema: number;
  item: string;
  language: string;
  translated_from_revision: number;
  machine: boolean;
  fields: Record<string, string>;
}

export interface Documents {
  city: City;
  service: Service;
  article: Article;
  event: Event;
  translation: Translation;
}

/** Which string fields of each kind are collaborative text. */
export const TEXT_FIELDS: Record<keyof Documents, readonly string[]> = textFields;
