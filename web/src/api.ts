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
 */

export type RoleName = "volunteer" | "translator" | "editor" | "group_member" | "group_moderator" | "city_admin";

/** Every role, in the order pickers list them. */
export const ROLE_NAMES: readonly RoleName[] = [
  "volunteer",
  "translator",
  "editor",
  "group_member",
  "group_moderator",
  "city_admin",
];

/** A role within one city: group roles name their group, translators their languages. */
export interface RoleGrant {
  role: RoleName;
  group?: string | null;
  languages?: string[];
}

export interface SessionRole extends RoleGrant {
  city: string;
}

/** The account and its id; the id is the server's, opaque here. */
export interface Account {
  id: string | number;
  name: string;
}

/** Who is signed in: the body of login, invite acceptance and `GET /session`. */
export interface SessionInfo {
  account: Account;
  /** The peer id this session's sync connections must use. */
  peerId: string;
  roles: SessionRole[];
}

/** One signed-in device or browser of the account. */
export interface SessionEntry {
  id: string | number;
  createdAt: string;
  lastSeenAt: string;
  /** This browser's session. */
  current: boolean;
}

export interface Invite {
  city: string;
  role: RoleName;
  group?: string | null;
  languages?: string[];
  expiresAt: string;
}

export interface CreatedInvite {
  token: string;
  /** A path, `/invite/<token>`. */
  url: string;
  expiresAt: string;
}

export interface Member {
  accountId: string | number;
  name: string;
  roles: RoleGrant[];
  revoked: boolean;
}

/** What a reader's suggestion is about; `suggestion-topic-<topic>` names each. */
export type SuggestionTopic = "closed" | "hours" | "address" | "contact" | "translation" | "other";

/** One entry of the editors' queue of readers' suggestions. */
export interface Suggestion {
  id: number;
  /** The published item it is about; null: the guide in general. */
  item: string | null;
  /** The item's title as readers of `language` see it; null if it is not published (any more). */
  item_title: string | null;
  /** The reader's language (BCP 47): the language `message` is written in. */
  language: string;
  topic: SuggestionTopic;
  message: string;
  created_at: string;
  status: "open" | "done";
  resolved_at: string | null;
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
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** With `invalid` (400): the field at fault; the server's message starts "<field>: ". */
  get field(): string | undefined {
    return this.code === "invalid" ? /^([a-z_]+):/.exec(this.message)?.[1] : undefined;
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

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  const init: RequestInit = { method, headers, credentials: "same-origin", cache: "no-store" };
  // The server takes state-changing requests only as JSON, bodiless ones
  // too: a cross-origin form cannot send that type.
  if (method !== "GET") headers["content-type"] = "application/json";
  if (body !== undefined) init.body = JSON.stringify(body);
  let response: Response;
  try {
    response = await fetch("/api/v1" + path, init);
  } catch (error) {
    throw new NetworkError(error);
  }
  const text = await response.text().catch(() => "");
  if (response.ok) return (text ? JSON.parse(text) : undefined) as T;

  let parsed: { error?: unknown; message?: unknown; retryAfterSeconds?: unknown } = {};
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    // Not JSON (a proxy's error page): the status is all we know.
  }
  const code = typeof parsed.error === "string" ? parsed.error : `http_${response.status}`;
  const message = typeof parsed.message === "string" ? parsed.message : response.statusText;
  const retryAfter =
    typeof parsed.retryAfterSeconds === "number" ? parsed.retryAfterSeconds : Number(response.headers.get("retry-after")) || undefined;
  if (response.status === 401 && code === "unauthenticated") {
    for (const listener of [...unauthenticatedListeners]) listener();
  }
  throw new ApiError(response.status, code, message, retryAfter);
}

const segment = (value: string | number) => encodeURIComponent(String(value));

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
    request<unknown>("PUT", `/cities/${segment(city)}/members/${segment(accountId)}/roles`, { roles }),
  revoke: (city: string, accountId: Member["accountId"]) =>
    request<void>("POST", `/cities/${segment(city)}/members/${segment(accountId)}/revoke`),

  suggestions: (city: string, includeDone: boolean) =>
    request<{ suggestions: Suggestion[] }>("GET", `/cities/${segment(city)}/suggestions?status=${includeDone ? "all" : "open"}`),
  resolveSuggestion: (city: string, id: Suggestion["id"]) =>
    request<Suggestion>("POST", `/cities/${segment(city)}/suggestions/${segment(id)}/resolve`),
};

/** The length the server counts: Unicode scalar values, not UTF-16 code units. */
export function characters(text: string): number {
  return Array.from(text).length;
}

export const NAME_MAX = 64;
export const PASSPHRASE_MIN = 10;
export const PASSPHRASE_MAX = 1024;
