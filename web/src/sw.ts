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
 * - /api/ and /sync are never touched.
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
  if (url.origin !== sw.location.origin || isServerOnly(url.pathname)) return;
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
