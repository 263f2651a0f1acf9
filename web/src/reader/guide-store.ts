/**
 * The guides on this phone: each city-and-language bundle is kept in Cache Storage
 * (the `hospes-guides` cache) with the time it was saved and its ETag, so that after
 * one visit the whole guide opens with no network at all.
 *
 * Opening a guide answers from the stored copy at once when there is one and then
 * revalidates it in the background (`If-None-Match`: an unchanged guide costs a few
 * hundred bytes). Without a stored copy it waits for the network. Listeners hear
 * about every newer copy, so an open page can redraw itself.
 *
 * The time the server last confirmed each copy is kept beside it (localStorage), so
 * a revalidation that finds nothing new rewrites nothing but that time.
 *
 * The reader's current guide is kept, and so are the other languages they asked to
 * keep ("also keep Ukrainian on this phone"); all of them are refreshed when the
 * phone comes back online. A language asked for offline waits in a list of its own
 * and is saved then.
 */
import { api, ApiError } from "../api";
import { isBundle, type Bundle } from "./bundle";

const CACHE_NAME = "hospes-guides";
const CONFIRMED_KEY = "hospes.guides.confirmed";
const KEPT_KEY = "hospes.guides.kept";
const WAITING_KEY = "hospes.guides.waiting";
/** A stored copy younger than this is not revalidated again when a page opens. */
const FRESH_MS = 5 * 60 * 1000;

export interface Guide {
  bundle: Bundle;
  /** When this copy was last confirmed by the server (ms since the epoch). */
  savedAt: number;
  etag: string | null;
}

export type GuideProblem = "offline" | "unknown-city" | "unknown-language" | "server";

export class GuideUnavailable extends Error {
  constructor(readonly problem: GuideProblem) {
    super(`guide unavailable: ${problem}`);
    this.name = "GuideUnavailable";
  }
}

export interface GuideKey {
  city: string;
  lang: string;
}

const memory = new Map<string, Guide>();
const inFlight = new Map<string, Promise<Guide | undefined>>();
const listeners = new Set<(key: GuideKey, guide: Guide) => void>();

const keyOf = ({ city, lang }: GuideKey) => `${city}/${lang}`;
const bundlePath = ({ city, lang }: GuideKey) =>
  `/api/v1/cities/${encodeURIComponent(city)}/${encodeURIComponent(lang)}/bundle`;

/** Calls `listener` whenever a newer copy of a guide arrives; returns the unsubscribe. */
export function onGuideUpdated(listener: (key: GuideKey, guide: Guide) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The guide, from this phone if it has it (then revalidated in the background),
 * else from the server. Throws `GuideUnavailable` when neither has it.
 */
export async function openGuide(key: GuideKey): Promise<Guide> {
  const stored = memory.get(keyOf(key)) ?? (await readStored(key));
  if (stored) {
    memory.set(keyOf(key), stored);
    if (Date.now() - stored.savedAt > FRESH_MS) void refreshGuide(key).catch(() => undefined);
    return stored;
  }
  const fetched = await refreshGuide(key);
  if (!fetched) throw new GuideUnavailable("offline");
  return fetched;
}

/**
 * Asks the server for a newer copy (`If-None-Match`). Resolves to the current copy,
 * or `undefined` when offline with no copy; throws `GuideUnavailable` when the server
 * says the city or language does not exist.
 */
export function refreshGuide(key: GuideKey): Promise<Guide | undefined> {
  const id = keyOf(key);
  const running = inFlight.get(id);
  if (running) return running;
  const work = revalidate(key).finally(() => inFlight.delete(id));
  inFlight.set(id, work);
  return work;
}

async function revalidate(key: GuideKey): Promise<Guide | undefined> {
  const current = memory.get(keyOf(key)) ?? (await readStored(key));
  let answer: { text: string; etag: string | null } | null;
  try {
    answer = await api.bundle(key.city, key.lang, current?.etag ?? null);
  } catch (error) {
    if (!(error instanceof ApiError)) return current; // offline: the stored copy is what there is
    if (error.status === 404) throw new GuideUnavailable(error.code === "unknown_language" ? "unknown-language" : "unknown-city");
    if (current) return current;
    throw new GuideUnavailable("server");
  }
  if (answer === null) {
    if (!current) throw new GuideUnavailable("server");
    // Unchanged: only the time it was confirmed moves (the stored copy stays as it is).
    const confirmed = { ...current, savedAt: Date.now() };
    memory.set(keyOf(key), confirmed);
    writeConfirmed(key, confirmed.savedAt);
    return confirmed;
  }
  const { text, etag } = answer;
  const parsed: unknown = JSON.parse(text);
  if (!isBundle(parsed)) throw new GuideUnavailable("server");
  const guide: Guide = { bundle: parsed, savedAt: Date.now(), etag };
  memory.set(keyOf(key), guide);
  await store(key, text, guide);
  keep(key);
  void askToPersist();
  if (current?.etag !== guide.etag) for (const listener of [...listeners]) listener(key, guide);
  return guide;
}

async function readStored(key: GuideKey): Promise<Guide | undefined> {
  const cache = await openCache();
  const response = await cache?.match(bundlePath(key)).catch(() => undefined);
  if (!response) return undefined;
  try {
    const bundle: unknown = await response.json();
    if (!isBundle(bundle)) return undefined;
    return {
      bundle,
      savedAt: readConfirmed(key) ?? 0,
      etag: response.headers.get("etag"),
    };
  } catch {
    return undefined; // a damaged copy: fetch a new one
  }
}

async function store(key: GuideKey, body: string, guide: Guide): Promise<void> {
  const cache = await openCache();
  if (!cache) return;
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (guide.etag) headers.etag = guide.etag;
  await cache.put(bundlePath(key), new Response(body, { headers })).catch(() => undefined);
  writeConfirmed(key, guide.savedAt);
}

/** When the server last confirmed each stored guide, by key (ms since the epoch). */
function readConfirmed(key: GuideKey): number | undefined {
  try {
    const times = JSON.parse(localStorage.getItem(CONFIRMED_KEY) ?? "{}") as Record<string, number>;
    return typeof times[keyOf(key)] === "number" ? times[keyOf(key)] : undefined;
  } catch {
    return undefined;
  }
}

function writeConfirmed(key: GuideKey, time: number): void {
  try {
    const times = JSON.parse(localStorage.getItem(CONFIRMED_KEY) ?? "{}") as Record<string, number>;
    localStorage.setItem(CONFIRMED_KEY, JSON.stringify({ ...times, [keyOf(key)]: time }));
  } catch {
    // storage disabled: "updated" shows the time of this visit's copy only
  }
}

/** Cache Storage, where the browser has it (secure contexts); else guides last a visit. */
async function openCache(): Promise<Cache | undefined> {
  try {
    return "caches" in self ? await caches.open(CACHE_NAME) : undefined;
  } catch {
    return undefined;
  }
}

let persistAsked = false;

/** Asks the browser not to evict the stored guides under storage pressure. */
async function askToPersist(): Promise<void> {
  if (persistAsked) return;
  persistAsked = true;
  try {
    if (navigator.storage?.persist && !(await navigator.storage.persisted())) await navigator.storage.persist();
  } catch {
    // not offered here: the guide is still stored, only less firmly
  }
}

/** The guides kept on this phone, most recently opened first. */
export function keptGuides(): GuideKey[] {
  return readKeys(KEPT_KEY);
}

function readKeys(storageKey: string): GuideKey[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? "[]");
    return Array.isArray(parsed)
      ? parsed.filter((k): k is GuideKey => typeof k?.city === "string" && typeof k?.lang === "string")
      : [];
  } catch {
    return [];
  }
}

function keep(key: GuideKey): void {
  const kept = keptGuides();
  if (kept.some((k) => keyOf(k) === keyOf(key))) return;
  writeKept([...kept, key]);
}

/**
 * Keeps another guide on this phone: saved now if the server answers ("kept"),
 * else remembered and saved once the phone is online ("waiting"). Throws
 * `GuideUnavailable` when the server says it does not exist.
 */
export async function keepGuide(key: GuideKey): Promise<"kept" | "waiting"> {
  if (await refreshGuide(key)) return "kept";
  writeKeys(WAITING_KEY, [...readKeys(WAITING_KEY).filter((k) => keyOf(k) !== keyOf(key)), key]);
  return "waiting";
}

/** Whether a guide was asked for offline and is not saved yet. */
export function isWaiting(key: GuideKey): boolean {
  return readKeys(WAITING_KEY).some((k) => keyOf(k) === keyOf(key));
}

/** Saves the guides asked for offline; each leaves the list once saved or refused. */
export function saveWaitingGuides(): void {
  for (const key of readKeys(WAITING_KEY)) {
    void refreshGuide(key)
      .then((guide) => guide !== undefined)
      .catch(() => true) // no such city or language any more: nothing to wait for
      .then((done) => {
        if (done) writeKeys(WAITING_KEY, readKeys(WAITING_KEY).filter((k) => keyOf(k) !== keyOf(key)));
      });
  }
}

/** Stops keeping a guide: removes its stored copy. */
export async function forgetGuide(key: GuideKey): Promise<void> {
  writeKept(keptGuides().filter((k) => keyOf(k) !== keyOf(key)));
  writeKeys(WAITING_KEY, readKeys(WAITING_KEY).filter((k) => keyOf(k) !== keyOf(key)));
  memory.delete(keyOf(key));
  const cache = await openCache();
  await cache?.delete(bundlePath(key)).catch(() => undefined);
}

function writeKept(kept: GuideKey[]): void {
  writeKeys(KEPT_KEY, kept);
}

function writeKeys(storageKey: string, keys: GuideKey[]): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(keys));
  } catch {
    // storage disabled
  }
}

/** Whether this phone has a stored copy of the guide. */
export async function isStored(key: GuideKey): Promise<boolean> {
  return memory.has(keyOf(key)) || (await readStored(key)) !== undefined;
}

/** Refreshes every kept guide and saves the waiting ones; called whenever the phone comes back online. */
export function refreshKeptGuides(): void {
  for (const key of keptGuides()) void refreshGuide(key).catch(() => undefined);
  saveWaitingGuides();
}
