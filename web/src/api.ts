/**
 * The server's JSON API (`/api/v1/...`), typed.
 *
 * Every call either returns the parsed body or throws: an `ApiError` when the server
 * answered with an error (its `{"error": code}` body becomes `code`), a `NetworkError`
 * when there was no answer at all (offline, server down). Pages show a message per code.
 *
 * The session is an HttpOnly cookie that the browser sends by itself (same origin);
 * this module never sees it. A 401 `unauthenticated` from any call means the session is
 * gone (signed out elsewhere, revoked): `onUnauthenticated` listeners hear about it.
 * The reader's calls are anonymous: they send no cookie at all.
 *
 * The answers' types are generated from the server's (`./generated/api.ts`, written
 * from server/src/routes; its test fails when they are out of date); what is declared
 * here is the client's own: request bodies, errors, the calls.
 */
import type { Registration } from "./editor/workspace";
import type {
  CityInfo,
  CitySummary,
  CreatedInvite,
  DocumentClass,
  DocumentEntry,
  ErrorBody,
  Invite,
  Member,
  MemberRoles,
  PublicationBody,
  PublishedBody,
  Received,
  SessionEntry,
  SessionInfo,
  Suggestion,
  SuggestionList,
} from "./generated/api";
import type { Role } from "./content/generated/model";
import type { Suggestion as OutboxSuggestion } from "./reader/outbox";
import type { Consent, Naming, RenderedEntry, Visibility } from "./content/generated/model";

export type {
  Account,
  CreatedInvite,
  GrantBody as SessionRole,
  Invite,
  Member,
  SessionEntry,
  SessionInfo,
  Suggestion,
  SuggestionTopic,
} from "./generated/api";

export type RoleName = Role;

/** Every role, in the order pickers list them. */
export const ROLE_NAMES: readonly RoleName[] = [
  "volunteer",
  "translator",
  "editor",
  "group_member",
  "group_moderator",
  "city_admin",
];

/**
 * A role within one city, as a client asks for it (an invite, a member's roles):
 * group roles name their group, translators their languages.
 */
export interface RoleGrant {
  role: RoleName;
  group?: string | null;
  languages?: string[];
}

/** The server answered with an error status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** The body's `error` code, or `http_<status>` when there was no JSON body. */
    readonly code: string,
    message: string,
    /** With `too_many_attempts`: how long to wait. */
    readonly retryAfterSeconds?: number,
    /** The whole error body (empty when it was not JSON): what a code adds, such as `invalid_content`'s `problems`. */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }

  /**
   * The field at fault: with `invalid` (400), from the server's message, which starts
   * "<field>: "; with `invalid_content` (422, publishing), the body's `field`.
   */
  get field(): string | undefined {
    if (this.code === "invalid") return /^([a-z_]+):/.exec(this.message)?.[1];
    return this.code === "invalid_content" && typeof this.details.field === "string" ? this.details.field : undefined;
  }
}

/** No answer: offline, or the server is unreachable. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super("the server could not be reached", { cause });
    this.name = "NetworkError";
  }
}

const unauthenticatedListeners = new Set<() => void>();

/** Calls `listener` whenever the server says this browser has no session. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

type Method = "GET" | "POST" | "PUT" | "DELETE";

interface RequestOptions {
  /**
   * A reader's call: the browser sends no cookie (readers are anonymous, whoever is
   * signed in on this browser), and a 401 says nothing about the session.
   */
  anonymous?: boolean;
  /** The HTTP cache mode; `no-store` unless said otherwise. */
  cache?: RequestCache;
  headers?: Record<string, string>;
}

/** Sends one request; an answer of any status is returned, no answer is a `NetworkError`. */
async function send(method: Method, path: string, body: unknown, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: "application/json", ...options.headers };
  const init: RequestInit = {
    method,
    headers,
    credentials: options.anonymous ? "omit" : "same-origin",
    cache: options.cache ?? "no-store",
  };
  // The server takes state-changing requests only as JSON, bodiless ones
  // too: a cross-origin form cannot send that type.
  if (method !== "GET") headers["content-type"] = "application/json";
  if (body !== undefined) init.body = JSON.stringify(body);
  try {
    return await fetch("/api/v1" + path, init);
  } catch (error) {
    throw new NetworkError(error);
  }
}

/** The `ApiError` of an error answer whose body is `text`; a 401 `unauthenticated` ends the session here. */
function failure(response: Response, text: string, options: RequestOptions): ApiError {
  // Checked member by member: a proxy or an older server may send anything.
  let parsed: { [K in keyof ErrorBody]?: unknown } = {};
  try {
    const body: unknown = JSON.parse(text);
    if (body !== null && typeof body === "object" && !Array.isArray(body)) parsed = body as typeof parsed;
  } catch {
    // Not JSON (a proxy's error page): the status is all we know.
  }
  const code = typeof parsed.error === "string" ? parsed.error : `http_${response.status}`;
  const message = typeof parsed.message === "string" ? parsed.message : response.statusText;
  const retryAfter =
    typeof parsed.retryAfterSeconds === "number" ? parsed.retryAfterSeconds : Number(response.headers.get("retry-after")) || undefined;
  if (response.status === 401 && code === "unauthenticated" && !options.anonymous) {
    for (const listener of [...unauthenticatedListeners]) listener();
  }
  return new ApiError(response.status, code, message, retryAfter, parsed);
}

async function request<T>(method: Method, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const response = await send(method, path, body, options);
  const text = await response.text().catch(() => "");
  if (response.ok) return (text ? JSON.parse(text) : undefined) as T;
  throw failure(response, text, options);
}

const segment = (value: string | number) => encodeURIComponent(String(value));

/**
 * A guide's bundle, asked for with the ETag of the copy on this phone (if any):
 * `null` when the server says it is unchanged (304), else the text as sent (the
 * phone stores it as it is) and its ETag. Anonymous, and past the HTTP cache: the
 * phone keeps its own copy.
 */
async function bundle(city: string, lang: string, etag: string | null): Promise<{ text: string; etag: string | null } | null> {
  const options: RequestOptions = { anonymous: true, ...(etag ? { headers: { "if-none-match": etag } } : {}) };
  const response = await send("GET", `/cities/${segment(city)}/${segment(lang)}/bundle`, undefined, options);
  if (response.status === 304) return null;
  const text = await response.text().catch(() => "");
  if (!response.ok) throw failure(response, text, options);
  return { text, etag: response.headers.get("etag") };
}

/**
 * A city's snapshot: every saved document this session may read, as the server's
 * frames (see `editor/snapshot.ts`), for an editor's first sync.
 */
async function snapshot(city: string): Promise<Uint8Array> {
  return frames(await send("GET", `/cities/${segment(city)}/snapshot`, undefined, {}));
}

/** At most this many documents are named in one `snapshotOf` request (the server's limit). */
export const MAX_NAMED_DOCUMENTS = 1_000;

/**
 * The documents named (at most `MAX_NAMED_DOCUMENTS`) that this session may read,
 * as `snapshot` frames: a later opening's download of what changed since.
 */
async function snapshotOf(city: string, documents: readonly string[]): Promise<Uint8Array> {
  return frames(await send("POST", `/cities/${segment(city)}/snapshot`, { documents }, {}));
}

async function frames(response: Response): Promise<Uint8Array> {
  if (!response.ok) throw failure(response, await response.text().catch(() => ""), {});
  return new Uint8Array(await response.arrayBuffer());
}

/** What `POST /api/v1/cities/{city}/groups/{group}/media` answers: the file by its content address. */
export interface StoredMedia {
  hash: string;
  url: string;
  mime: string;
  size: number;
}

/**
 * Uploads a recording or picture as it is (not JSON: the body is the file, its type
 * the Content-Type the server checks).
 */
async function uploadMedia(city: string, group: string, body: Blob, mime: string): Promise<StoredMedia> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/cities/${segment(city)}/groups/${segment(group)}/media`, {
      method: "POST",
      headers: { accept: "application/json", "content-type": mime },
      credentials: "same-origin",
      cache: "no-store",
      body,
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  const text = await response.text().catch(() => "");
  if (response.ok) return JSON.parse(text) as StoredMedia;
  throw failure(response, text, {});
}

export const api = {
  login: (name: string, passphrase: string) => request<SessionInfo>("POST", "/login", { name, passphrase }),
  logout: () => request<void>("POST", "/logout"),
  session: () => request<SessionInfo>("GET", "/session"),

  sessions: () => request<SessionEntry[]>("GET", "/sessions"),
  endSession: (id: SessionEntry["id"]) => request<void>("DELETE", `/sessions/${segment(id)}`),
  signOutEverywhere: () => request<void>("POST", "/sessions/sign-out-everywhere"),

  invite: (token: string) => request<Invite>("GET", `/invites/${segment(token)}`),
  acceptInvite: (token: string, name: string, passphrase: string) =>
    request<SessionInfo>("POST", `/invites/${segment(token)}/accept`, { name, passphrase }),

  createInvite: (city: string, grant: RoleGrant) => request<CreatedInvite>("POST", `/cities/${segment(city)}/invites`, grant),
  members: (city: string) => request<Member[]>("GET", `/cities/${segment(city)}/members`),
  setRoles: (city: string, accountId: Member["accountId"], roles: RoleGrant[]) =>
    request<MemberRoles>("PUT", `/cities/${segment(city)}/members/${segment(accountId)}/roles`, { roles }),
  revoke: (city: string, accountId: Member["accountId"]) =>
    request<void>("POST", `/cities/${segment(city)}/members/${segment(accountId)}/revoke`),

  suggestions: (city: string, includeDone: boolean) =>
    request<SuggestionList>("GET", `/cities/${segment(city)}/suggestions?status=${includeDone ? "all" : "open"}`),
  resolveSuggestion: (city: string, id: Suggestion["id"]) =>
    request<Suggestion>("POST", `/cities/${segment(city)}/suggestions/${segment(id)}/resolve`),

  // The editing app: the documents an account may see, registering one made on a
  // device, and publishing.
  documents: (city: string) => request<DocumentEntry[]>("GET", `/cities/${segment(city)}/documents`),
  snapshot,
  snapshotOf,
  registerDocument: (registration: Registration) => request<DocumentClass>("POST", "/documents", registration),
  publication: (id: string) => request<PublicationBody>("GET", `/documents/${segment(id)}/publication`),
  /** Pins `heads` (hex change hashes) for readers. */
  publish: (id: string, heads: readonly string[]) => request<PublishedBody>("POST", `/documents/${segment(id)}/publish`, { heads }),
  unpublish: (id: string) => request<void>("POST", `/documents/${segment(id)}/unpublish`, {}),

  // The archive: an entry is published as its voices' authors consented (no heads:
  // the server's current version), a voice's consent is its author's alone.
  publishEntry: (id: string) => request<unknown>("POST", `/documents/${segment(id)}/publish`, {}),
  consent: (voice: string) => request<Consent>("GET", `/voices/${segment(voice)}/consent`),
  setConsent: (voice: string, visibility: Visibility, naming: Naming) =>
    request<Consent>("PUT", `/voices/${segment(voice)}/consent`, { visibility, naming }),
  withdrawVoice: (voice: string) => request<void>("POST", `/voices/${segment(voice)}/withdraw`),
  uploadMedia,

  // The reader: anonymous, whoever is signed in on this browser.
  cities: () => request<CitySummary[]>("GET", "/cities", undefined, { anonymous: true, cache: "default" }),
  city: (city: string) => request<CityInfo>("GET", `/cities/${segment(city)}`, undefined, { anonymous: true, cache: "default" }),
  bundle,
  archive: (city: string, lang: string) =>
    request<{ city: string; language: string; entries: RenderedEntry[] }>("GET", `/cities/${segment(city)}/${segment(lang)}/archive`, undefined, {
      anonymous: true,
    }),
  /** A reader's suggestion (its `client_id` makes a repeated send one). */
  suggest: (city: string, suggestion: Omit<OutboxSuggestion, "city">) =>
    request<Received>("POST", `/cities/${segment(city)}/suggestions`, suggestion, { anonymous: true }),
};

/** The length the server counts: Unicode scalar values, not UTF-16 code units. */
export function characters(text: string): number {
  return Array.from(text).length;
}

export const NAME_MAX = 64;
export const PASSPHRASE_MIN = 10;
export const PASSPHRASE_MAX = 1024;
