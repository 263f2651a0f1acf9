/**
 * The service worker: keeps the app shell on the device so that it opens offline.
 *
 * - Install precaches the shell (`BUILD.precache`, written by build/sw-plugin.ts) in a
 *   cache named after the build's version; activate deletes older shells.
 * - Navigations go to the network first and fall back to the cached `index.html`
 *   (a reload offline still shows the app; the router then draws the page).
 * - Hashed files under /assets/ never change: they are served from a cache when there.
 *   Those not in the shell (the editor: Automerge and its wasm) are fetched only when a
 *   page asks for them and then kept in a separate cache, so an editor can work offline
 *   while a reader never downloads them.
 * - Published media of the archive (`/api/v1/media/<hash>`, answered `public`) are kept
 *   once played or shown, so a reader hears a recording and sees a photo offline; online
 *   the server is asked first, so a voice withdrawn since (a 404) leaves the device too.
 *   A group's own media (answered `private`) are never kept here.
 * - Everything else under /api/, and /sync, is never touched.
 */

declare const BUILD: {
  /** Hash of the precached files. */
  version: string;
  /** URL paths of the app shell. */
  precache: string[];
  /** URL paths of this build's other hashed files, cached only once a page fetched them. */
  onDemand: string[];
};

const sw = self as unknown as ServiceWorkerGlobalScope;

const SHELL_PREFIX = "hospes-shell-";
const SHELL_CACHE = SHELL_PREFIX + BUILD.version;
const ON_DEMAND_CACHE = "hospes-on-demand";
const MEDIA_CACHE = "hospes-media";
const MEDIA_PATH = /^\/api\/v1\/media\/[0-9a-f]{64}$/;
/** After this long without an answer, a navigation is served from the cache. */
const NAVIGATION_TIMEOUT_MS = 4000;

sw.addEventListener("install", (event) => {
  event.waitUntil(install());
});

sw.addEventListener("activate", (event) => {
  event.waitUntil(activate());
});

sw.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;
  if (MEDIA_PATH.test(url.pathname)) {
    event.respondWith(publishedMedia(request, url, event));
    return;
  }
  if (isServerOnly(url.pathname)) return;
  if (request.mode === "navigate") {
    event.respondWith(navigate(request));
  } else if (url.pathname.startsWith("/assets/") || BUILD.precache.includes(url.pathname)) {
    event.respondWith(cacheFirst(request, url));
  }
});

function isServerOnly(path: string): boolean {
  return path.startsWith("/api/") || path === "/api" || path === "/sync" || path.startsWith("/sync/");
}

async function install(): Promise<void> {
  const shell = await caches.open(SHELL_CACHE);
  // `cache: "reload"` skips the HTTP cache, so the shell is exactly this build's files.
  await shell.addAll(BUILD.precache.map((path) => new Request(path, { cache: "reload" })));
  // A device that has used the editor gets this build's editor files too.
  const onDemand = await caches.open(ON_DEMAND_CACHE);
  if ((await onDemand.keys()).length > 0) {
    await onDemand.addAll(BUILD.onDemand).catch(() => undefined);
  }
}

async function activate(): Promise<void> {
  for (const name of await caches.keys()) {
    if (name.startsWith(SHELL_PREFIX) && name !== SHELL_CACHE) await caches.delete(name);
  }
  const onDemand = await caches.open(ON_DEMAND_CACHE);
  for (const request of await onDemand.keys()) {
    if (!BUILD.onDemand.includes(new URL(request.url).pathname)) await onDemand.delete(request);
  }
  await sw.clients.claim();
}

async function navigate(request: Request): Promise<Response> {
  const network = fetch(request);
  network.catch(() => undefined); // its failure is handled below; don't report it twice
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, NAVIGATION_TIMEOUT_MS));
  try {
    const response = await Promise.race([network, timeout]);
    if (response) return response;
  } catch {
    // Offline or the server is down: use the cached shell.
  }
  const cached = await caches.match("/", { cacheName: SHELL_CACHE });
  return cached ?? network;
}

async function cacheFirst(request: Request, url: URL): Promise<Response> {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && url.pathname.startsWith("/assets/")) {
    const copy = response.clone();
    await caches.open(ON_DEMAND_CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}

/**
 * A media file: from the server when it answers (keeping a published one, dropping one
 * no longer there), from the device when offline. An audio player asks for byte ranges,
 * which the Cache API cannot store: the whole file is kept, and ranges are cut from it.
 */
async function publishedMedia(request: Request, url: URL, event: FetchEvent): Promise<Response> {
  const cache = await caches.open(MEDIA_CACHE);
  let response: Response;
  try {
    response = await fetch(request);
  } catch (offline) {
    const kept = await cache.match(url.pathname);
    if (!kept) throw offline;
    return inRange(kept, request.headers.get("range"));
  }
  if (response.status === 404) {
    await cache.delete(url.pathname);
  } else if (response.ok && /\bpublic\b/.test(response.headers.get("cache-control") ?? "")) {
    if (response.status === 200) await cache.put(url.pathname, response.clone());
    else event.waitUntil(keepWhole(cache, url.pathname));
  }
  return response;
}

/** Fetches the whole published file and keeps it, unless it is kept already. */
async function keepWhole(cache: Cache, path: string): Promise<void> {
  if (await cache.match(path)) return;
  const whole = await fetch(path).catch(() => undefined);
  if (whole?.status === 200 && /\bpublic\b/.test(whole.headers.get("cache-control") ?? "")) await cache.put(path, whole);
}

/** `kept` as asked: whole, or the bytes of a `Range: bytes=a-b` header (206). */
async function inRange(kept: Response, range: string | null): Promise<Response> {
  const match = range ? /^bytes=(\d*)-(\d*)$/.exec(range.trim()) : null;
  if (!match) return kept;
  const blob = await kept.blob();
  const size = blob.size;
  const [start, end] = match[1] ? [Number(match[1]), match[2] ? Math.min(Number(match[2]), size - 1) : size - 1] : [Math.max(0, size - Number(match[2])), size - 1];
  if (!(start <= end) || start >= size) {
    return new Response(null, { status: 416, headers: { "content-range": `bytes */${size}` } });
  }
  const headers = new Headers(kept.headers);
  headers.set("content-range", `bytes ${start}-${end}/${size}`);
  headers.set("content-length", String(end - start + 1));
  return new Response(blob.slice(start, end + 1), { status: 206, headers });
}
