// Generated from server/src/routes by ts-rs: do not edit.
// Regenerate: HOSPES_WRITE_TS=1 cargo nextest run -p hospes --lib typescript

import type { Category, Direction, DocKind, Problem, RenderedEntry, Role, TranslationStatus } from "../content/generated/model";
import type { Calendar, Occurrence, RenderedItem } from "../content/generated/reading";

export type ErrorBody = { 
/**
 * The stable code, e.g. `not_publishable`.
 */
error: string, message: string, 
/**
 * With `invalid_content`: the first field at fault.
 */
field?: string, 
/**
 * With `invalid_content`: every value publishing refused.
 */
problems?: Array<Problem>, 
/**
 * With `too_many_attempts` and `busy`: what `Retry-After` says.
 */
retryAfterSeconds?: number, };

export type HealthStatus = "ok" | "unavailable";

export type Health = { status: HealthStatus, version: string, };

export type Account = { id: number, name: string, };

export type GrantBody = { role: Role, city: string, 
/**
 * The archive group, for group roles.
 */
group: string | null, 
/**
 * For translators.
 */
languages: Array<string>, };

export type SessionInfo = { account: Account, 
/**
 * The peer id this session's sync connections must use.
 */
peerId: string, roles: Array<GrantBody>, };

export type SessionEntry = { id: string, createdAt: string, lastSeenAt: string, 
/**
 * The session asking.
 */
current: boolean, };

export type Invite = { city: string, role: Role, group: string | null, languages: Array<string>, expiresAt: string, };

export type CreatedInvite = { token: string, 
/**
 * A path, `/invite/<token>`.
 */
url: string, expiresAt: string, role: GrantBody, };

export type Member = { accountId: number, name: string, roles: Array<GrantBody>, revoked: boolean, };

export type MemberRoles = { accountId: number, roles: Array<GrantBody>, };

export type AuditEntry = { at: string, actor: string, action: string, 
/**
 * What it was done to, by action (`{"document": ...}`,
 * `{"account": ...}`); null where the stored subject does not read.
 */
subject: unknown, };

export type SuggestionTopic = "closed" | "hours" | "address" | "contact" | "translation" | "other";

export type Suggestion = { id: number, 
/**
 * The published item it is about; null: the guide in general.
 */
item: string | null, 
/**
 * The item's title as readers of `language` see it; null if it is
 * not published (any more).
 */
item_title: string | null, 
/**
 * The item's kind, for a link to its editing screen.
 */
item_kind: "service" | "article" | "event" | null, 
/**
 * The reader's language (BCP 47): the language `message` is written in.
 */
language: string, topic: SuggestionTopic, message: string, created_at: string, status: "open" | "done", resolved_at: string | null, };

export type SuggestionList = { suggestions: Array<Suggestion>, };

export type Received = { id: number, status: "received", };

export type DocumentClass = { documentId: string, kind: DocKind, city: string, group: string | null, language: string | null, 
/**
 * For translations: the kind of the item translated.
 */
translationOf: DocKind | null, };

export type DocumentEntry = { write: boolean, publish: boolean, 
/**
 * The heads readers see (hex change hashes); none while unpublished.
 */
publishedHeads: Array<string> | null, 
/**
 * How often the server has stored changes of the document (0: never).
 * It only grows, so a device that remembers the version it last caught
 * up with learns from this one list which documents changed since, and
 * syncs only those.
 */
storedVersion: number, 
/**
 * For an archive voice: its author, as the user may see them.
 */
author?: VoiceAuthor, documentId: string, kind: DocKind, city: string, group: string | null, language: string | null, 
/**
 * For translations: the kind of the item translated.
 */
translationOf: DocKind | null, };

export type VoiceAuthor = { 
/**
 * The user wrote it.
 */
own: boolean, name: string | null, };

export type PublishedBody = { documentId: string, 
/**
 * Hex change hashes.
 */
heads: Array<string>, publishedAt: string, };

export type PublicationBody = { published: true, heads: Array<string>, publishedAt: string, 
/**
 * The name of the account that pinned it; none when no account did.
 */
publishedBy: string | null, } | { published: false, };

export type LanguageStatus = { language: string, status: TranslationStatus, 
/**
 * The translation's document, once there is one.
 */
document: string | null, };

export type TranslationStatuses = { document: string, source_language: string, source_revision: number, 
/**
 * The user may edit the item.
 */
write: boolean, languages: Array<LanguageStatus>, };

export type CitySummary = { slug: string, name: string, };

export type OfferedLanguage = { tag: string, 
/**
 * The language's name in itself.
 */
name: string, direction: Direction, fallback: string | null, };

export type CityInfo = { slug: string, name: string, time_zone: string, source_language: string, sample: boolean, languages: Array<OfferedLanguage>, categories: Array<Category>, };

export type Bundle = { city: CityInfo, language: string, 
/**
 * The stored renderings, as they are.
 */
items: Array<RenderedItem>, 
/**
 * The published entries of the multivoiced archive, newest first.
 */
archive: Array<RenderedEntry>, 
/**
 * None when the city's time zone does not parse.
 */
calendar?: Calendar, };

export type SearchAnswer = { query: string, results: Array<RenderedItem>, };

export type EventsAnswer = { from: string, to: string, time_zone: string, 
/**
 * Earliest first.
 */
occurrences: Array<Occurrence>, 
/**
 * More occurrences fall in the range; ask again from the last one.
 */
truncated: boolean, 
/**
 * By document id: the rendered items the occurrences are of.
 */
items: Record<string, RenderedItem>, };

export type ArchivePage = { city: string, language: string, 
/**
 * The stored renderings, newest first, as they are.
 */
entries: Array<RenderedEntry>, };

/** The media an archive group's upload takes (`POST .../media`), and the largest file of each kind. */
export const MEDIA_TAKEN = { audio: { types: ["audio/webm", "audio/ogg"], maxBytes: 26214400 }, photo: { types: ["image/jpeg", "image/png", "image/webp"], maxBytes: 10485760 } } as const;
