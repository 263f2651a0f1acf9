/**
 * Who is signed in, as far as this browser knows.
 *
 * The session itself is the server's HttpOnly cookie. Here we keep what the server
 * said about it (`SessionInfo`) and a copy in localStorage, for two reasons: a reader
 * who never signed in makes no session request at all (no copy, nothing to ask), and
 * an editor who opens the app offline still knows their peer id and can edit.
 * Pages that act on the session (account, admin, sync) ask the server first
 * (`refreshSession`); the copy is a hint, never a permission.
 */
import { api, ApiError, NetworkError, onUnauthenticated, type SessionInfo } from "./api";

export interface SessionState {
  /** The signed-in account, or null when signed out. */
  session: SessionInfo | null;
  /** Whether the server said so (false: from the local copy, or the server was unreachable). */
  confirmed: boolean;
}

const STORAGE_KEY = "hospes.session";

let state: SessionState = { session: readStored(), confirmed: false };
const listeners = new Set<(state: SessionState) => void>();

export function currentSession(): SessionState {
  return state;
}

/** Calls `listener` on every change (not now); returns the unsubscribe. */
export function onSessionChange(listener: (state: SessionState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reads the stored copy and, if there is one, checks it with the server in the background. */
export function startSession(): void {
  onUnauthenticated(() => set(null, true));
  // Signing in or out in another tab changes this one too (that tab heard it from the server).
  window.addEventListener("storage", (event) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    const stored = readStored();
    set(stored, true, false);
  });
  if (state.session) void refreshSession();
}

let refreshing: Promise<SessionState> | undefined;

/**
 * Asks the server who is signed in. Offline, the state stays what it was (unconfirmed);
 * other failures throw.
 */
export function refreshSession(): Promise<SessionState> {
  refreshing ??= (async () => {
    try {
      set(await api.session(), true);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) set(null, true);
      else if (error instanceof NetworkError) set(state.session, false);
      else throw error;
    } finally {
      refreshing = undefined;
    }
    return state;
  })();
  return refreshing;
}

export async function signIn(name: string, passphrase: string): Promise<SessionInfo> {
  const session = await api.login(name, passphrase);
  set(session, true);
  return session;
}

export async function acceptInvite(token: string, name: string, passphrase: string): Promise<SessionInfo> {
  const session = await api.acceptInvite(token, name, passphrase);
  set(session, true);
  return session;
}

export async function signOut(): Promise<void> {
  await api.logout();
  set(null, true);
}

export async function signOutEverywhere(): Promise<void> {
  await api.signOutEverywhere();
  set(null, true);
}

/**
 * The cities whose people the signed-in account manages: as a city admin (the city's
 * roles) or as an archive group's moderator (the group's), as the server lets them.
 */
export function managedCities(session: SessionInfo | null): string[] {
  return [...new Set(session?.roles.filter((r) => managesPeople(r.role)).map((r) => r.city) ?? [])];
}

/** Whether a role gives and takes roles (see `grantableRoles` for which). */
export function managesPeople(role: string): boolean {
  return role === "city_admin" || role === "group_moderator";
}

function set(session: SessionInfo | null, confirmed: boolean, store = true): void {
  const before = state;
  state = { session, confirmed };
  if (store) writeStored(session);
  if (JSON.stringify(before) === JSON.stringify(state)) return;
  for (const listener of [...listeners]) listener(state);
}

function readStored(): SessionInfo | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    const parsed = raw ? (JSON.parse(raw) as SessionInfo) : null;
    return parsed && typeof parsed.peerId === "string" && parsed.account && Array.isArray(parsed.roles) ? parsed : null;
  } catch {
    return null;
  }
}

function writeStored(session: SessionInfo | null): void {
  try {
    if (session) localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage disabled: the session is still known until the page closes.
  }
}
