// Generated from sync/content/src (model.rs, archive.rs, access.rs, publish_checks.rs, translation_status.rs) by ts-rs: do not edit.
// Regenerate: HOSPES_WRITE_TS=1 cargo nextest run -p hospes-content --test typescript

export type Direction = "ltr" | "rtl";

export type TargetGroup = "asylum-seekers-and-refugees" | "temporary-protection" | "undocumented-residents" | "women" | "unaccompanied-minors" | "children" | "students" | "everyone";

export type ServiceStatus = "active" | "temporarily-closed" | "closed";

export type EventType = "workshop" | "language-cafe" | "festival" | "commemoration" | "job-fair" | "sport" | "information-session" | "other";

export type CityLanguage = { 
/**
 * BCP 47 tag.
 */
tag: string, 
/**
 * Where this language's translations come from, and where readers fall
 * back to when a text is missing; `None` for the source language.
 */
fallback: string | null, direction: Direction, };

export type Category = { 
/**
 * Stable id, e.g. `legal-and-residence`.
 */
id: string, 
/**
 * An icon name from the app's own icon set (no third-party fonts).
 */
icon: string, 
/**
 * The category's name per language.
 */
names: Record<string, string>, };

export type City = { schema: number, slug: string, name: string, 
/**
 * IANA time zone, e.g. `Europe/Brussels`: events and opening hours are
 * in this zone.
 */
time_zone: string, 
/**
 * The language items are written in first (BCP 47).
 */
source_language: string, 
/**
 * The language tree; each language's `fallback` is the next one to try.
 */
languages: Array<CityLanguage>, categories: Array<Category>, 
/**
 * Events volunteers publish go live without review.
 */
volunteers_publish: boolean, 
/**
 * Sample content, shown as such.
 */
sample: boolean, };

export type Cost = { free: boolean, 
/**
 * The fee, when not free ("5 € per course, reduced for students").
 */
fee: string, };

export type Address = { street: string, postal_code: string, locality: string, region: string, 
/**
 * ISO 3166-1 alpha-2.
 */
country: string, };

export type Location = { 
/**
 * Stable within the item; translations address fields through it.
 * The list is matched by it when reconciled (`#[key]`), so removing one
 * place deletes that place, not the last one's fields.
 */
id: string, name: string, address: Address, 
/**
 * Degrees. Read from an integer too: Automerge's JavaScript API stores
 * a whole number (a latitude typed as `50`) as an integer, not a float.
 */
latitude: number | null, longitude: number | null, accessibility: string, 
/**
 * A mobile or outreach service that comes to people.
 */
outreach: boolean, };

export type Schedule = { 
/**
 * Matched by id when reconciled, like a location's.
 */
id: string, 
/**
 * RFC 5545 recurrence of the days this applies to, e.g.
 * `FREQ=WEEKLY;BYDAY=MO,TU,WE`.
 */
rrule: string, 
/**
 * Local time in the city's zone, `HH:MM`.
 */
opens_at: string, closes_at: string, 
/**
 * ISO dates bounding the schedule, if any.
 */
valid_from: string | null, valid_to: string | null, 
/**
 * ISO dates when the service is closed (holidays).
 */
closed_dates: Array<string>, by_appointment: boolean, notes: string, };

export type Contacts = { phones: Array<string>, email: string, website: string, };

export type Verification = { 
/**
 * ISO date.
 */
date: string, by: string, };

export type Service = { schema: number, source_language: string, 
/**
 * Bumped by every edit of the source text that is not marked minor;
 * translations record the revision they were made from.
 */
source_revision: number, name: string, description: string, 
/**
 * The provider organization's name.
 */
organization: string, 
/**
 * Category ids of the city.
 */
categories: Array<string>, target_groups: Array<TargetGroup>, 
/**
 * "Open to everyone, whatever their residence status."
 */
open_to_all: boolean, eligibility: string, documents_needed: string, cost: Cost, 
/**
 * Languages spoken by staff (BCP 47).
 */
languages_spoken: Array<string>, 
/**
 * Interpretation can be arranged.
 */
interpretation: boolean, locations: Array<Location>, schedules: Array<Schedule>, contacts: Contacts, status: ServiceStatus, last_verified: Verification | null, };

export type Article = { schema: number, source_language: string, source_revision: number, title: string, 
/**
 * A Markdown subset: paragraphs, headings, lists, emphasis, links.
 */
body: string, 
/**
 * The parent article's document id; `None` at the top of the tree.
 */
parent: string | null, 
/**
 * Position among its siblings.
 */
order: number, 
/**
 * An ISO date (`YYYY-MM-DD`, inclusive) until which the reader's home
 * page shows this article as a notice from the city ("Winter plan: 60
 * extra beds from 1 December"); `None` for a normal article. Documents
 * written before this field have no such key and read as `None`
 * (autosurgeon refuses a missing key even for an `Option`, hence
 * `missing`).
 */
notice_until?: string | null, };

export type Event = { schema: number, source_language: string, source_revision: number, title: string, description: string, event_type: EventType, 
/**
 * Local date-time in the city's zone, `YYYY-MM-DDTHH:MM`.
 */
start: string, end: string, 
/**
 * RFC 5545 RRULE value, e.g. `FREQ=WEEKLY;BYDAY=TU`.
 */
rrule: string | null, 
/**
 * Cancelled occurrences (EXDATE), as local start date-times.
 */
exdates: Array<string>, place: Location | null, online_link: string, organizer: string, audience: Array<TargetGroup>, languages: Array<string>, cost: Cost, registration_link: string, 
/**
 * Open to long-time residents too (mixed events bring people together).
 */
open_to_residents: boolean, cancelled: boolean, 
/**
 * Where an imported event came from, so a second import updates it.
 */
source: ImportSource | null, };

export type ImportSource = { 
/**
 * The calendar's URL or name.
 */
calendar: string, 
/**
 * The event's iCalendar UID there.
 */
uid: string, };

export type Translation = { schema: number, 
/**
 * The item's document id.
 */
item: string, 
/**
 * BCP 47 tag.
 */
language: string, 
/**
 * The item's `source_revision` this translation was made from.
 */
translated_from_revision: number, 
/**
 * Machine-translated and not yet reviewed by a person.
 */
machine: boolean, 
/**
 * Translated text by field path: `name`, `description`, `cost.fee`,
 * `locations.<id>.accessibility`, `schedules.<id>.notes`, ...
 */
fields: Record<string, string>, };

export type Theme = "arrival" | "first-contact-with-services" | "housing" | "work" | "family" | "belonging" | "the-future" | "other";

export type ArchiveEntry = { schema: number, theme: Theme, title: string, 
/**
 * The language the title is written in (BCP 47).
 */
language: string, 
/**
 * Slugs of the cities it speaks about (a group may be transnational).
 */
cities: Array<string>, 
/**
 * Document ids of guide items it speaks about ("my first visit to the
 * legal advice desk").
 */
guide_links: Array<string>, 
/**
 * Document ids of its voices, in the order the group chose.
 */
voices: Array<string>, };

export type VoiceTranslation = { language: string, text: string, 
/**
 * Who translated it, as shown ("translated by the group", a name).
 */
by: string, };

export type Photo = { 
/**
 * The content address of the file.
 */
media: string, description: string, };

export type Voice = { schema: number, 
/**
 * The entry's document id.
 */
entry: string, 
/**
 * The language the voice speaks (BCP 47).
 */
language: string, 
/**
 * What its author wrote, or the transcript of the recording (typed by
 * the author or a member of the group).
 */
text: string, 
/**
 * The recording, by the content address of its uploaded file.
 */
audio: string | null, 
/**
 * Translations of the text, by language; each marked as such to
 * readers.
 */
translations: Array<VoiceTranslation>, 
/**
 * A photo the author adds (a place, an object); voices made before
 * photos, and by apps that leave the key out, have none.
 */
photo?: Photo, };

export type Visibility = "group" | "city-editors" | "public";

export type Naming = { "as": "name" } | { "as": "pseudonym", "name": string } | { "as": "anonymous" };

export type Consent = { visibility: Visibility, naming: Naming, 
/**
 * Withdrawn voices are seen by no one, and erased.
 */
withdrawn: boolean, };

export type RenderedTranslationNote = { original_language: string, original_text: string, };

export type RenderedVoice = { id: string, 
/**
 * `None`: anonymous.
 */
author: string | null, 
/**
 * The language of `text`.
 */
language: string, text: string, 
/**
 * The content address of the recording.
 */
audio: string | null, photo: Photo | null, 
/**
 * When `text` is a translation (by the group): the words as spoken.
 */
translation: RenderedTranslationNote | null, };

export type RenderedEntry = { kind: string, id: string, theme: Theme, title: string, 
/**
 * The language of the title.
 */
language: string, cities: Array<string>, guide_links: Array<string>, voices: Array<RenderedVoice>, 
/**
 * RFC 3339.
 */
published_at: string, 
/**
 * schema.org JSON-LD for the entry's page: a CreativeWork whose parts
 * are its voices; an anonymous voice has no author at all.
 */
json_ld: unknown, };

export type Role = "volunteer" | "translator" | "editor" | "group_member" | "group_moderator" | "city_admin";

export type DocKind = "city" | "service_index" | "article_index" | "event_index" | "service" | "article" | "event" | "translation" | "archive_index" | "archive_entry" | "archive_voice";

export type Rule = "web-address" | "email" | "phone" | "link" | "rrule";

export type Problem = { 
/**
 * The field as the model names it: `contacts.website`,
 * `contacts.phones[1]`, `schedules[2].rrule`, `body`,
 * `translations.ar.body`.
 */
field: string, rule: Rule, 
/**
 * What is wrong, for the person who wrote it (without the field).
 */
message: string, };

export type TranslationStatus = "missing" | "outdated" | "incomplete" | "machine" | "up-to-date";
