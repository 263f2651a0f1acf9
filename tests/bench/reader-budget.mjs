// The reader's budget, measured (docs/PERFORMANCE.md, "Reader: first visit and
// offline repeat visit"): how long a newcomer waits for the demo city's guide on a
// slow link, how many compressed bytes go over that link first, and how long the
// guide takes to open again offline. Numbers, not a test: it fails only when it
// cannot measure.
//
// Usage (tests/bench/reader-budget.sh starts the server and runs this):
//   HOSPES_URL=http://127.0.0.1:PORT node tests/bench/reader-budget.mjs
// Environment (all optional):
//   RUNS=5            first visits per language and CPU setting, each in a fresh context
//   LANGS=en,ar       guide languages (/guide/<city>/<lang>)
//   CPU=1,4           CPU throttling rates to run (1 = none; 4 = a cheap-phone proxy)
//   HOSPES_CITY=sample-city
//   LINK_KBIT=400     emulated download and upload throughput, kbit/s
//   LINK_RTT_MS=400   emulated latency per request, ms
//   CHROMIUM=/usr/bin/chromium
//   VERBOSE=1         log each run's phases and the worker's CDP traffic
//
// One run, for one language and CPU setting:
//   1. A fresh browser context (no HTTP cache, no service worker, no storage) and a
//      CDP session on its page: Network.emulateNetworkConditions (latency LINK_RTT_MS,
//      throughput LINK_KBIT * 1000 / 8 bytes/s both ways) and, if CPU > 1,
//      Emulation.setCPUThrottlingRate. The page's CDP session auto-attaches to the
//      service worker when it starts (paused until then) and gives it the same
//      network conditions, so its precache goes over an emulated link too (its own:
//      Chromium throttles each target separately, it does not share one link).
//      Playwright resumes the worker too, so this races: a run whose worker requests
//      went unthrottled (or unseen) is discarded and run again, up to 5 attempts.
//   2. First visit: goto /guide/<city>/<lang>; wait for the app's
//      performance.mark("hospes-guide-drawn"). Time = the mark's startTime (ms since
//      navigation start). An init script wraps performance.mark to note the
//      document's language at each mark: the app may draw the guide first with the
//      UI in the default language and again once the guide language's UI strings
//      are in, so both moments are reported ("drawn" and "drawn in <lang> UI").
//      Bytes = the sum of CDP Network.loadingFinished.encodedDataLength (headers
//      included) of every request, page or service worker, finished before the mark.
//      The page's clock is mapped onto CDP's monotonic clock through Resource Timing
//      (responseEnd of the page's requests against their loadingFinished). The worker
//      script (/sw.js) is fetched by the browser outside the emulation and CDP omits
//      its body, so it is counted from a fetch made here with the same encodings.
//   3. Repeat visit offline: wait for navigator.serviceWorker.ready; lift the network
//      emulation, reload once online until the service worker controls the page;
//      then Network.emulateNetworkConditions({offline: true}) on the page and the
//      service worker and context.setOffline(true); reload; time to the mark again.
//      (The CPU throttling stays.)
//   Every URL requested is checked for WebAssembly (.wasm) and every JavaScript file
//   for Automerge's wasm glue (as tests/js/shell.test.mjs does).
//
// Prints per-run lines on stderr, then Markdown tables on stdout and one JSON line
// starting with `{"bench":"reader-budget"`.
import { launchChromium } from "../js/chromium.mjs";

const BASE = (process.env.HOSPES_URL ?? "").replace(/\/$/, "");
if (!BASE) {
  console.error("HOSPES_URL is not set (tests/bench/reader-budget.sh sets it)");
  process.exit(2);
}
const RUNS = Number(process.env.RUNS ?? 5);
const LANGS = (process.env.LANGS ?? "en,ar").split(",").map((s) => s.trim()).filter(Boolean);
const CPUS = (process.env.CPU ?? "1,4").split(",").map(Number).filter((n) => n >= 1);
const CITY = process.env.HOSPES_CITY ?? "sample-city";
const LINK_KBIT = Number(process.env.LINK_KBIT ?? 400);
const LINK_RTT_MS = Number(process.env.LINK_RTT_MS ?? 400);
const TIMEOUT = 90_000;
const MARK = "hospes-guide-drawn";
const AUTOMERGE_MARKERS = /automerge_wasm|__wbindgen|initializeWasm/;

const BUDGET = { firstMs: 5000, firstBytes: 150 * 1000, offlineMs: 1000 };

/** CDP units: latency in ms per request, throughput in bytes per second. */
const LINK = {
  offline: false,
  latency: LINK_RTT_MS,
  downloadThroughput: (LINK_KBIT * 1000) / 8,
  uploadThroughput: (LINK_KBIT * 1000) / 8,
};
const NO_LINK_LIMIT = { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };
const OFFLINE = { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };

const log = (...args) => console.error("[reader-bench]", ...args);
const VERBOSE = process.env.VERBOSE === "1";
const pathOf = (url) => {
  try {
    const u = new URL(url);
    return u.origin === new URL(BASE).origin ? u.pathname + u.search : url;
  } catch {
    return url;
  }
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const withTimeout = (promise, ms, what) =>
  Promise.race([promise, sleep(ms).then(() => Promise.reject(new Error(`timed out: ${what}`)))]);

/**
 * Network events of one target (the page through its CDP session, or the service
 * worker through the page session's auto-attach), keyed by request id.
 */
class Recorder {
  constructor(source) {
    this.source = source;
    /** @type {Map<string, any>} */
    this.requests = new Map();
  }
  on(method, params) {
    const id = params.requestId;
    if (method === "Network.requestWillBeSent") {
      // A redirect reuses the request id: keep the first URL, it's all same-origin here.
      const known = this.requests.get(id);
      if (!known) {
        this.requests.set(id, {
          source: this.source, url: params.request.url, start: params.timestamp, wallTime: params.wallTime,
          type: params.type,
        });
      }
    } else if (method === "Network.responseReceived") {
      const r = this.requests.get(id);
      if (r) {
        r.status = params.response.status;
        r.fromServiceWorker = !!params.response.fromServiceWorker;
        r.fromDiskCache = !!params.response.fromDiskCache;
        r.headerBytes = params.response.encodedDataLength;
        r.contentEncoding = params.response.headers?.["content-encoding"] ?? params.response.headers?.["Content-Encoding"];
      }
    } else if (method === "Network.loadingFinished") {
      const r = this.requests.get(id);
      if (r) {
        r.end = params.timestamp;
        r.bytes = params.encodedDataLength;
      }
    } else if (method === "Network.loadingFailed") {
      const r = this.requests.get(id);
      if (r) {
        r.end = params.timestamp;
        r.failed = params.errorText || "failed";
        r.bytes = 0;
      }
    }
  }
  all() {
    return [...this.requests.values()];
  }
  clear() {
    this.requests.clear();
  }
}

/** Wraps performance.mark so that each call notes the document's language at that moment. */
function markWatcher() {
  const original = performance.mark.bind(performance);
  /** @type {{name: string, t: number, lang: string}[]} */
  const marks = [];
  Object.defineProperty(window, "__readerBenchMarks", { value: marks });
  // Main-thread tasks over 50 ms (Long Tasks API), from navigation on: what blocks
  // a cheap phone while the guide draws and its search index is built.
  const longTasks = [];
  Object.defineProperty(window, "__readerBenchLongTasks", { value: longTasks });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ t: entry.startTime, ms: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // No Long Tasks API: the run reports none.
  }
  performance.mark = function (name, options) {
    const entry = original(name, options);
    marks.push({ name: String(name), t: entry.startTime, lang: document.documentElement.lang });
    return entry;
  };
}

const sameLanguage = (a, b) => (a ?? "").toLowerCase().split("-")[0] === (b ?? "").toLowerCase().split("-")[0];

/** Waits for the first guide-drawn mark, and then (briefly) for one with the UI in `lang`. */
async function waitForDrawn(page, lang) {
  await page.waitForFunction(
    (mark) => (window.__readerBenchMarks ?? []).some((m) => m.name === mark),
    MARK,
    { polling: 20, timeout: TIMEOUT },
  );
  try {
    await page.waitForFunction(
      ([mark, wanted]) => (window.__readerBenchMarks ?? []).some(
        (m) => m.name === mark && m.lang.toLowerCase().split("-")[0] === wanted.toLowerCase().split("-")[0]),
      [MARK, lang],
      { polling: 20, timeout: 15_000 },
    );
  } catch {
    // never drawn with the UI in the guide's language: reported as such
  }
  const { marks, timeOrigin, resources } = await page.evaluate(() => ({
    marks: window.__readerBenchMarks,
    timeOrigin: performance.timeOrigin,
    resources: [
      ...performance.getEntriesByType("navigation"),
      ...performance.getEntriesByType("resource"),
    ].map((e) => ({ name: e.name, type: e.entryType, responseEnd: e.responseEnd, domContentLoaded: e.domContentLoadedEventEnd })),
  }));
  const drawn = marks.filter((m) => m.name === MARK);
  return {
    first: drawn[0],
    inLanguage: drawn.find((m) => sameLanguage(m.lang, lang)),
    draws: drawn.length,
    timeOrigin,
    resources,
  };
}

/**
 * The offset (ms) that maps the page's clock (ms since timeOrigin) onto CDP's
 * monotonic clock (ms): the median of loadingFinished - responseEnd over the page's
 * own network requests.
 */
function clockOffset(pageRequests, resources) {
  const offsets = [];
  const used = new Set();
  for (const e of resources) {
    if (!(e.responseEnd > 0)) continue;
    const r = pageRequests.find((q) => !used.has(q) && q.url === e.name && q.end && !q.failed && !q.fromServiceWorker);
    if (!r) continue;
    used.add(r);
    offsets.push(r.end * 1000 - e.responseEnd);
  }
  if (offsets.length > 0) return { offset: median(offsets), spread: Math.max(...offsets) - Math.min(...offsets), matched: offsets.length };
  return undefined;
}

/**
 * Bytes of one response as transferred (status line, headers, compressed body), fetched
 * from Node with the browser's Accept-Encoding: for the one request CDP does not count.
 */
async function transferred(url) {
  const { request } = await import(url.startsWith("https:") ? "node:https" : "node:http");
  return new Promise((resolve) => {
    const req = request(url, { headers: { "accept-encoding": "gzip, deflate, br, zstd" } }, (res) => {
      let body = 0;
      let head = `HTTP/${res.httpVersion} ${res.statusCode} ${res.statusMessage}\r\n`.length + 2;
      for (let i = 0; i < res.rawHeaders.length; i += 2) head += `${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}\r\n`.length;
      res.on("data", (chunk) => (body += chunk.length));
      res.on("end", () => resolve({ status: res.statusCode, bytes: head + body, encoding: res.headers["content-encoding"] }));
      res.on("error", () => resolve(undefined));
    });
    req.on("error", () => resolve(undefined));
    req.end();
  });
}

/** Sets up the page's CDP session: network recording, emulation, auto-attach to workers. */
async function instrument(context, page, cpu) {
  const cdp = await context.newCDPSession(page);
  const pageNet = new Recorder("page");
  const swNet = new Recorder("sw");
  for (const m of ["Network.requestWillBeSent", "Network.responseReceived", "Network.loadingFinished", "Network.loadingFailed"]) {
    cdp.on(m, (params) => pageNet.on(m, params));
  }
  /** Workers' sessions (non-flattened, through Target.sendMessageToTarget). */
  const workers = new Map();
  let messageId = 0;
  const sendToWorker = (sessionId, method, params = {}) =>
    cdp.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id: ++messageId, method, params }) });
  let workerConditions = LINK;
  cdp.on("Target.attachedToTarget", async ({ sessionId, targetInfo, waitingForDebugger }) => {
    workers.set(sessionId, targetInfo);
    if (VERBOSE) log(`  attached ${targetInfo.type} ${targetInfo.url} waiting=${waitingForDebugger}`);
    // Playwright also attaches to the worker and resumes it at once, so this races
    // with the worker's first requests: send the conditions first, without waiting.
    // A run whose worker went unthrottled is detected afterwards and run again.
    const sent = [
      sendToWorker(sessionId, "Network.emulateNetworkConditions", workerConditions),
      sendToWorker(sessionId, "Network.enable"),
    ];
    if (waitingForDebugger) sent.push(sendToWorker(sessionId, "Runtime.runIfWaitingForDebugger"));
    await Promise.all(sent).catch((error) => log(`could not set up ${targetInfo.type} ${targetInfo.url}: ${error.message}`));
  });
  cdp.on("Target.detachedFromTarget", ({ sessionId }) => workers.delete(sessionId));
  cdp.on("Target.receivedMessageFromTarget", ({ sessionId, message }) => {
    const m = JSON.parse(message);
    if (VERBOSE && m.id) log(`  worker ${workers.get(sessionId)?.type} reply ${m.id}: ${JSON.stringify(m.result ?? m.error)}`);
    if (VERBOSE && m.method === "Network.requestWillBeSent") log(`  worker request ${m.params.request.url}`);
    if (m.method?.startsWith("Network.") && workers.get(sessionId)?.type === "service_worker") swNet.on(m.method, m.params);
  });

  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", LINK);
  if (cpu > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
  await cdp.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });

  return {
    cdp,
    attached: () => workers.size,
    pageNet,
    swNet,
    /** Applies network conditions to the page and every attached worker (and to workers to come). */
    async setConditions(conditions) {
      workerConditions = conditions;
      await cdp.send("Network.emulateNetworkConditions", conditions);
      await Promise.all([...workers.keys()].map((id) => sendToWorker(id, "Network.emulateNetworkConditions", conditions).catch(() => undefined)));
    },
  };
}

/** One first visit and one offline repeat visit, in a fresh context. */
async function oneRun(browser, lang, cpu, run) {
  const context = await browser.newContext({
    locale: "en-US",
    serviceWorkers: "allow",
    viewport: { width: 390, height: 844 },
  });
  context.setDefaultTimeout(TIMEOUT);
  await context.addInitScript(markWatcher);
  const errors = [];
  const began = Date.now();
  const phase = (what) => VERBOSE && log(`  ${lang} x${cpu} run ${run}: ${what} at ${((Date.now() - began) / 1000).toFixed(1)} s`);
  try {
    // What Playwright saw the service worker ask for (it attaches before this script can):
    // to check that the worker's own CDP session missed nothing.
    const swSeenByPlaywright = [];
    context.on("request", (request) => {
      if (request.serviceWorker()) swSeenByPlaywright.push(request.url());
    });
    const page = await context.newPage();
    page.on("pageerror", (error) => errors.push(error.message));
    const net = await instrument(context, page, cpu);
    const url = `${BASE}/guide/${encodeURIComponent(CITY)}/${encodeURIComponent(lang)}`;

    // First visit.
    await page.goto(url, { waitUntil: "commit" });
    const first = await waitForDrawn(page, lang);
    if (!first.first) throw new Error(`no ${MARK} mark on the first visit to ${url}`);
    phase("drawn");
    // Let the service worker finish installing (its precache) before the next step, so
    // the whole first visit's traffic is recorded.
    await withTimeout(page.evaluate(() => navigator.serviceWorker.ready.then(() => true)), TIMEOUT, "serviceWorker.ready");
    await page.waitForLoadState("networkidle").catch(() => undefined);
    const longTasks = await page.evaluate(() => window.__readerBenchLongTasks.slice());

    phase("service worker ready, network idle");
    const pageReqs = net.pageNet.all();
    let swReqs = net.swNet.all();
    const clock = clockOffset(pageReqs, first.resources);
    if (!clock) throw new Error("cannot map the page's clock onto CDP's (no Resource Timing entry matched)");
    const toCdp = (t) => (t + clock.offset) / 1000; // page ms -> CDP seconds
    const drawnAt = toCdp(first.first.t);
    const inLanguageAt = first.inLanguage ? toCdp(first.inLanguage.t) : undefined;
    const navStart = toCdp(0);

    // The service worker's own script (/sw.js) is fetched by the browser when the page
    // registers it, before the worker's target exists: outside the emulated link, and
    // CDP reports it late or not at all (and then without its body). Count it from an
    // out-of-band fetch with the browser's Accept-Encoding, as finished when the
    // worker's first request started (it is fetched before the worker runs).
    const isScript = (r) => new URL(r.url).pathname === "/sw.js";
    const swStart = Math.min(...swReqs.filter((r) => !isScript(r) && r.start > 0).map((r) => r.start));
    if (Number.isFinite(swStart)) {
      const measured = await transferred(`${BASE}/sw.js`);
      swReqs = swReqs.filter((r) => !isScript(r));
      if (measured) {
        swReqs.push({
          source: "sw", url: `${BASE}/sw.js`, start: swStart, end: swStart, status: measured.status,
          bytes: measured.bytes, contentEncoding: measured.encoding, note: "registration fetch, not emulated; measured out of band",
        });
      }
    }

    // Did the worker's network conditions arrive before its first request? Every request
    // over the emulated link takes at least the emulated latency.
    const swOwn = swReqs.filter((r) => !r.note);
    const tooFast = swOwn.filter((r) => r.end && !r.failed && (r.end - r.start) * 1000 < 0.9 * LINK_RTT_MS);
    const missed = swSeenByPlaywright.filter((u) => new URL(u).pathname !== "/sw.js" && !swOwn.some((r) => r.url === u));
    const swThrottled = tooFast.length === 0 && missed.length === 0;

    const network = [...pageReqs.filter((r) => !r.fromServiceWorker), ...swReqs].filter((r) => r.end);
    const sumBefore = (t) => network.filter((r) => r.end <= t && !r.failed).reduce((n, r) => n + (r.bytes ?? 0), 0);
    const requestsList = network
      .sort((a, b) => a.end - b.end)
      .map((r) => ({
        source: r.source, path: pathOf(r.url), status: r.status ?? null, bytes: r.bytes ?? 0,
        startMs: Math.round((r.start - navStart) * 1000), endMs: Math.round((r.end - navStart) * 1000),
        beforeDrawn: r.end <= drawnAt, failed: r.failed, note: r.note, encoding: r.contentEncoding,
      }));
    const allUrls = [...pageReqs, ...swReqs].map((r) => r.url);

    const firstVisit = {
      swThrottled,
      workersAttached: net.attached(),
      swUnthrottled: [...tooFast.map((r) => pathOf(r.url)), ...missed.map((u) => `${pathOf(u)} (not seen)`)],
      drawnMs: first.first.t,
      longestTaskMs: longTasks.reduce((longest, task) => Math.max(longest, task.ms), 0),
      // When it began (ms since navigation start), to tell which task it was (TRACE=1 says what is in each).
      longestTaskAtMs: longTasks.reduce((longest, task) => (task.ms > (longest?.ms ?? 0) ? task : longest), undefined)?.t ?? null,
      blockingMs: longTasks.reduce((sum, task) => sum + Math.max(0, task.ms - 50), 0),
      drawnLang: first.first.lang,
      inLanguageMs: first.inLanguage?.t ?? null,
      draws: first.draws,
      bytesBeforeDrawn: sumBefore(drawnAt),
      swBytesBeforeDrawn: swReqs.filter((r) => r.end && r.end <= drawnAt).reduce((n, r) => n + (r.bytes ?? 0), 0),
      bytesBeforeInLanguage: inLanguageAt !== undefined ? sumBefore(inLanguageAt) : null,
      bytesWholeVisit: network.filter((r) => !r.failed).reduce((n, r) => n + (r.bytes ?? 0), 0),
      requestsBeforeDrawn: network.filter((r) => r.end <= drawnAt).length,
      clockSpreadMs: Math.round(clock.spread * 10) / 10,
      requests: requestsList,
    };

    phase("first visit measured");
    // Repeat visit: once online, until the service worker controls the page.
    await net.setConditions(NO_LINK_LIMIT);
    await page.reload({ waitUntil: "commit" });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: TIMEOUT });
    await waitForDrawn(page, lang);
    await page.waitForLoadState("networkidle").catch(() => undefined);
    phase("online reload drawn");
    const stored = await page.evaluate(async () => {
      const cache = await caches.open("hospes-guides");
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });

    phase("online reload idle");
    // Then offline.
    net.pageNet.clear();
    net.swNet.clear();
    await net.setConditions(OFFLINE);
    await context.setOffline(true);
    await page.reload({ waitUntil: "commit" });
    const offline = await waitForDrawn(page, lang);
    phase("offline reload drawn");
    await sleep(200);
    const offlineNetwork = [...net.pageNet.all().filter((r) => !r.fromServiceWorker), ...net.swNet.all()];
    // Where the offline repeat visit's time goes, on the page's clock.
    const nav = offline.resources.find((e) => e.type === "navigation");
    const shellAssets = offline.resources.filter((e) => e.type === "resource" && /^\/assets\/index-[^/]*\.(js|css)$/.test(new URL(e.name).pathname));
    const repeatVisit = {
      documentMs: nav?.responseEnd ?? null,
      shellAssetsMs: shellAssets.length ? Math.max(...shellAssets.map((e) => e.responseEnd)) : null,
      domContentLoadedMs: nav?.domContentLoaded || null,
      drawnMs: offline.first?.t ?? null,
      drawnLang: offline.first?.lang ?? null,
      inLanguageMs: offline.inLanguage?.t ?? null,
      draws: offline.draws,
      storedGuides: stored,
      networkAttempts: offlineNetwork.map((r) => `${r.source} ${pathOf(r.url)}${r.failed ? ` (${r.failed})` : ""}`),
    };
    allUrls.push(...net.pageNet.all().map((r) => r.url), ...net.swNet.all().map((r) => r.url));
    return { lang, cpu, run, firstVisit, repeatVisit, urls: allUrls, errors };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** WebAssembly and Automerge on the reader's path: every URL requested, every JS file's source. */
async function automergeCheck(urls) {
  const unique = [...new Set(urls)];
  const wasm = unique.filter((u) => /\.wasm(\?|$)/.test(u));
  const automerge = [];
  for (const u of unique.filter((u) => /\.m?js(\?|$)/.test(new URL(u).pathname))) {
    const source = await (await fetch(u)).text();
    if (AUTOMERGE_MARKERS.test(source)) automerge.push(pathOf(u));
  }
  const ws = unique.filter((u) => u.startsWith("ws"));
  return { urlsChecked: unique.length, jsChecked: unique.filter((u) => /\.m?js(\?|$)/.test(new URL(u).pathname)).length, wasm: wasm.map(pathOf), automerge, websockets: ws.map(pathOf) };
}

const fmtMs = (x) => (x === null || x === undefined || Number.isNaN(x) ? "-" : String(Math.round(x)));
const fmtKB = (x) => (x === null || x === undefined || Number.isNaN(x) ? "-" : (x / 1000).toFixed(1));
const stats = (xs) => {
  const v = xs.filter((x) => typeof x === "number" && !Number.isNaN(x));
  return v.length ? { median: median(v), min: Math.min(...v), max: Math.max(...v), n: v.length } : null;
};
const fmtStats = (s, f) => (s ? `${f(s.median)} (${f(s.min)}-${f(s.max)})` : "-");

async function main() {
  const browser = await launchChromium();
  const version = browser.version();
  const results = [];
  let retries = 0;
  try {
    for (let run = 1; run <= RUNS; run++) {
      for (const cpu of CPUS) {
        for (const lang of LANGS) {
          let r;
          for (let attempt = 1; ; attempt++) {
            r = await oneRun(browser, lang, cpu, run);
            if (r.firstVisit.swThrottled || attempt >= 5) break;
            log(`run ${run} ${lang} cpu x${cpu}: the service worker started before its network emulation ` +
              `(${r.firstVisit.workersAttached} worker sessions; ${r.firstVisit.swUnthrottled.join(", ")}); running again`);
            retries++;
          }
          if (!r.firstVisit.swThrottled) log(`run ${run} ${lang} cpu x${cpu}: kept a run whose service worker was not throttled`);
          results.push(r);
          const f = r.firstVisit;
          log(
            `run ${run} ${lang} cpu x${cpu}: first visit drawn ${fmtMs(f.drawnMs)} ms (UI ${f.drawnLang}; in ${lang} UI ${fmtMs(f.inLanguageMs)} ms), ` +
            `${fmtKB(f.bytesBeforeDrawn)} KB before drawn (${fmtKB(f.swBytesBeforeDrawn)} KB by the service worker), ` +
            `${fmtKB(f.bytesWholeVisit)} KB whole visit; offline repeat drawn ${fmtMs(r.repeatVisit.drawnMs)} ms ` +
            `(in ${lang} UI ${fmtMs(r.repeatVisit.inLanguageMs)} ms); longest task ${fmtMs(f.longestTaskMs)} ms at ${fmtMs(f.longestTaskAtMs)} ms; ` +
            `clock match spread ${f.clockSpreadMs} ms` +
            (r.errors.length ? `; page errors: ${r.errors.join(" | ")}` : ""),
          );
        }
      }
    }
  } finally {
    await browser.close();
  }

  const check = await automergeCheck(results.flatMap((r) => r.urls));

  // Tables.
  const groups = [];
  for (const lang of LANGS) for (const cpu of CPUS) {
    const rs = results.filter((r) => r.lang === lang && r.cpu === cpu);
    groups.push({
      lang, cpu, runs: rs.length,
      first: {
        drawnMs: stats(rs.map((r) => r.firstVisit.drawnMs)),
        longestTaskMs: stats(rs.map((r) => r.firstVisit.longestTaskMs)),
        blockingMs: stats(rs.map((r) => r.firstVisit.blockingMs)),
        inLanguageMs: stats(rs.map((r) => r.firstVisit.inLanguageMs)),
        bytesBeforeDrawn: stats(rs.map((r) => r.firstVisit.bytesBeforeDrawn)),
        swBytesBeforeDrawn: stats(rs.map((r) => r.firstVisit.swBytesBeforeDrawn)),
        bytesBeforeInLanguage: stats(rs.map((r) => r.firstVisit.bytesBeforeInLanguage)),
        bytesWholeVisit: stats(rs.map((r) => r.firstVisit.bytesWholeVisit)),
        requestsBeforeDrawn: stats(rs.map((r) => r.firstVisit.requestsBeforeDrawn)),
      },
      repeatOffline: {
        documentMs: stats(rs.map((r) => r.repeatVisit.documentMs)),
        shellAssetsMs: stats(rs.map((r) => r.repeatVisit.shellAssetsMs)),
        domContentLoadedMs: stats(rs.map((r) => r.repeatVisit.domContentLoadedMs)),
        drawnMs: stats(rs.map((r) => r.repeatVisit.drawnMs)),
        inLanguageMs: stats(rs.map((r) => r.repeatVisit.inLanguageMs)),
        networkAttempts: [...new Set(rs.flatMap((r) => r.repeatVisit.networkAttempts))],
      },
    });
  }

  const cpuLabel = (cpu) => (cpu > 1 ? `x${cpu} (throttled)` : "x1 (none)");
  const out = [];
  out.push("");
  out.push(`Reader budget: ${BASE}/guide/${CITY}/<lang>, ${RUNS} runs per row, link ${LINK_KBIT} kbit/s both ways + ${LINK_RTT_MS} ms per request ` +
    `(CDP Network.emulateNetworkConditions on the page and its service worker), viewport 390x844, ${version}, ` +
    `${(await import("node:os")).cpus().length} cores, ${new Date().toISOString().slice(0, 10)}`);
  out.push("");
  out.push("Times in ms since navigation start, bytes in KB (1000 bytes) compressed as transferred, headers included: median (min-max)." +
    (retries ? ` ${retries} run(s) whose service worker started before its network emulation reached it were discarded and run again.` : ""));
  out.push("");
  out.push("| guide | CPU slowdown | first visit: guide drawn ms | drawn with the UI in the guide's language ms | KB before drawn | of which by the service worker | KB whole first visit | offline repeat: guide drawn ms | offline: UI in the guide's language ms |");
  out.push("|---|---|---|---|---|---|---|---|---|");
  for (const g of groups) {
    out.push(`| ${g.lang} | ${cpuLabel(g.cpu)} | ${fmtStats(g.first.drawnMs, fmtMs)} | ${fmtStats(g.first.inLanguageMs, fmtMs)} | ` +
      `${fmtStats(g.first.bytesBeforeDrawn, fmtKB)} | ${fmtStats(g.first.swBytesBeforeDrawn, fmtKB)} | ${fmtStats(g.first.bytesWholeVisit, fmtKB)} | ` +
      `${fmtStats(g.repeatOffline.drawnMs, fmtMs)} | ${fmtStats(g.repeatOffline.inLanguageMs, fmtMs)} |`);
  }
  out.push("");
  out.push("The first visit's main thread, until the network is idle (Long Tasks API: tasks over 50 ms; blocking = the sum of each task's time over 50 ms, as Lighthouse's total blocking time):");
  out.push("");
  out.push("| guide | CPU slowdown | longest task ms | blocking ms | longest task <= 200 ms |");
  out.push("|---|---|---|---|---|");
  for (const g of groups) {
    const longest = g.first.longestTaskMs;
    out.push(`| ${g.lang} | ${cpuLabel(g.cpu)} | ${fmtStats(longest, fmtMs)} | ${fmtStats(g.first.blockingMs, fmtMs)} | ` +
      `${longest ? (longest.max <= 200 ? "met" : "**not met**") + ` (max ${fmtMs(longest.max)} ms)` : "-"} |`);
  }
  out.push("");
  out.push("Budget verdicts (worst of the runs, i.e. the max):");
  out.push("");
  out.push("| guide | CPU slowdown | first visit drawn <= 5000 ms | <= 150 KB before drawn | offline repeat drawn <= 1000 ms |");
  out.push("|---|---|---|---|---|");
  const verdict = (s, limit, f, unit) => (s ? `${s.max <= limit ? "met" : "**not met**"} (max ${f(s.max)} ${unit})` : "-");
  for (const g of groups) {
    out.push(`| ${g.lang} | ${cpuLabel(g.cpu)} | ${verdict(g.first.drawnMs, BUDGET.firstMs, fmtMs, "ms")} | ` +
      `${verdict(g.first.bytesBeforeDrawn, BUDGET.firstBytes, fmtKB, "KB")} | ${verdict(g.repeatOffline.drawnMs, BUDGET.offlineMs, fmtMs, "ms")} |`);
  }
  out.push("");
  out.push(`WebAssembly and Automerge on the reader's path: ${check.urlsChecked} distinct URLs requested, ${check.jsChecked} JavaScript files read; ` +
    `.wasm requested: ${check.wasm.length ? check.wasm.join(", ") : "none"}; JavaScript with Automerge's wasm glue: ` +
    `${check.automerge.length ? check.automerge.join(", ") : "none"}; WebSockets: ${check.websockets.length ? check.websockets.join(", ") : "none"}.`);
  out.push("");
  out.push("Offline repeat visit, where the time goes (ms since navigation start, median (min-max)):");
  out.push("");
  out.push("| guide | CPU slowdown | index.html from the service worker | shell JS and CSS in | DOMContentLoaded | guide drawn |");
  out.push("|---|---|---|---|---|---|");
  for (const g of groups) {
    const o = g.repeatOffline;
    out.push(`| ${g.lang} | ${cpuLabel(g.cpu)} | ${fmtStats(o.documentMs, fmtMs)} | ${fmtStats(o.shellAssetsMs, fmtMs)} | ${fmtStats(o.domContentLoadedMs, fmtMs)} | ${fmtStats(o.drawnMs, fmtMs)} |`);
  }
  out.push("");
  for (const g of groups) {
    if (g.repeatOffline.networkAttempts.length) {
      out.push(`Offline repeat (${g.lang}, CPU ${cpuLabel(g.cpu)}): requests that tried the network: ${g.repeatOffline.networkAttempts.join(", ")}`);
    }
  }

  // Bytes by URL for the first run of each language (first CPU setting).
  for (const lang of LANGS) {
    const r = results.find((x) => x.lang === lang && x.cpu === CPUS[0]);
    if (!r) continue;
    const f = r.firstVisit;
    out.push("");
    out.push(`Requests of one first visit (${lang}, run ${r.run}, CPU ${cpuLabel(r.cpu)}): guide drawn at ${fmtMs(f.drawnMs)} ms` +
      (f.inLanguageMs !== null && f.inLanguageMs !== f.drawnMs ? `, again with the UI in ${lang} at ${fmtMs(f.inLanguageMs)} ms` : "") +
      `; ${f.draws} draws. In order of completion; "before drawn" = finished before the first draw.`);
    out.push("");
    out.push("| by | URL | status | bytes | content-encoding | started ms | finished ms | before drawn |");
    out.push("|---|---|---|---|---|---|---|---|");
    for (const q of f.requests) {
      out.push(`| ${q.source === "sw" ? "service worker" : "page"} | \`${q.path}\` | ${q.status ?? (q.failed ? "failed" : "-")} | ${q.bytes}${q.note ? ` (${q.note})` : ""} | ${q.encoding ?? ""} | ${q.startMs} | ${q.endMs} | ${q.beforeDrawn ? "yes" : "no"} |`);
    }
    out.push(`| | before drawn | | ${f.bytesBeforeDrawn} | | | | |`);
    out.push(`| | whole first visit | | ${f.bytesWholeVisit} | | | | |`);
  }
  console.log(out.join("\n"));

  console.log(JSON.stringify({
    bench: "reader-budget",
    date: new Date().toISOString(),
    url: BASE, city: CITY, runs: RUNS, langs: LANGS, cpu: CPUS,
    link: { kbit: LINK_KBIT, latencyMs: LINK_RTT_MS, cdp: LINK },
    browser: version,
    budget: BUDGET,
    groups,
    check,
    retries,
    runs_detail: results.map((r) => ({
      lang: r.lang, cpu: r.cpu, run: r.run,
      first: { ...r.firstVisit, requests: undefined },
      repeatOffline: r.repeatVisit,
      errors: r.errors,
    })),
  }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
