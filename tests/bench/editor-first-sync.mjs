// The editor's first sync, measured (docs/PERFORMANCE.md, "Editor: first sync of a
// city"): an editor signs in on a device with nothing stored, opens /edit/<city>,
// and the editing app downloads every document the editor may see (IndexedDB plus
// the WebSocket to /sync) until the dashboard's "N of N documents" bar is done and
// every event is listed. Numbers, not a test: it fails only when it cannot measure.
//
// Usage (tests/bench/editor-first-sync.sh makes the city and runs this):
//   HOSPES_URL=... HOSPES_CITY=bench HOSPES_NAME=... HOSPES_PASSPHRASE=... EVENTS=2000 \
//     node tests/bench/editor-first-sync.mjs
//
// One run: a fresh browser context (no storage, no service worker); sign in through
// the API (same origin, so the session cookie is the context's); then time from
// navigating to /edit/<city> until the progress bar is hidden and the events list
// has EVENTS entries ("synced"), and separately until the first event is listed
// ("first shown"). Loopback, no emulated link: this is the app's and the server's
// cost, not the network's.
//
// Each run measures both paths, alternately: "snapshot" (the app as it is: one
// download of the city, GET /api/v1/cities/{city}/snapshot, imported at once) and
// "per document" (the snapshot request refused, so the app falls back to plain
// automerge-repo sync of each document, as before the snapshot existed).
//
// After the snapshot path's first sync, two later openings in the same context
// (its IndexedDB kept): one with nothing changed, and one after another editor
// (HOSPES_COLLEAGUE, in a Node client: change-events.mjs) changed CHANGED events
// on the server; timed until those events are listed with their new titles.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../js/chromium.mjs";

const BASE = (process.env.HOSPES_URL ?? "").replace(/\/$/, "");
const CITY = process.env.HOSPES_CITY ?? "bench";
const EVENTS = Number(process.env.EVENTS ?? 2000);
const RUNS = Number(process.env.RUNS ?? 3);
const CHANGED = Number(process.env.CHANGED ?? 10);
if (!BASE || !process.env.HOSPES_PASSPHRASE) {
  console.error("HOSPES_URL and HOSPES_PASSPHRASE must be set (tests/bench/editor-first-sync.sh sets them)");
  process.exit(2);
}

const PATHS = ["per document", "snapshot"];
const browser = await launchChromium();
const runs = [];
try {
  for (let run = 1; run <= RUNS; run++) for (const path of PATHS) {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    if (path === "per document") await context.route("**/api/v1/cities/*/snapshot", (route) => route.abort());
    const page = await context.newPage();
    const signIn = await context.request.post(`${BASE}/api/v1/login`, {
      data: { name: process.env.HOSPES_NAME, passphrase: process.env.HOSPES_PASSPHRASE },
    });
    if (!signIn.ok()) throw new Error(`sign-in failed: ${signIn.status()} ${await signIn.text()}`);
    const documents = (await (await context.request.get(`${BASE}/api/v1/cities/${CITY}/documents`)).json()).length;

    const started = Date.now();
    await page.goto(`${BASE}/edit/${CITY}`);
    await page.locator("#editor-events li").first().waitFor({ timeout: 600_000 });
    const firstShown = Date.now() - started;
    await page.waitForFunction(
      (count) => document.querySelector(".progress")?.hidden === true && document.querySelectorAll("#editor-events li").length >= count,
      EVENTS,
      { timeout: 600_000, polling: 50 },
    );
    const synced = Date.now() - started;
    const stored = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    const heapBytes = await jsHeapUsed(page);
    const result = { run, path, documents, firstShown, synced, storedBytes: stored, heapBytes };
    runs.push(result);
    console.error(
      `run ${run}, ${path}: ${documents} documents, first shown ${firstShown} ms, synced ${synced} ms, ${(stored / 1e6).toFixed(1)} MB stored, ${(heapBytes / 1e6).toFixed(1)} MB JS heap`,
    );
    if (path === "snapshot") {
      await page.close();
      result.laterUnchanged = await laterOpening(context, []);
      const { titles } = changeEvents(run);
      result.laterChanged = await laterOpening(context, titles);
      console.error(`run ${run}: later opening ${result.laterUnchanged} ms unchanged, ${result.laterChanged} ms with ${CHANGED} events changed`);
    }
    await context.close();
  }
} finally {
  await browser.close();
}

/** The page's JavaScript heap in use, after a garbage collection (Chromium's own count, over CDP). */
async function jsHeapUsed(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  await cdp.detach();
  return metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
}

/** Another editor changes CHANGED events on the server; their new titles. */
function changeEvents(run) {
  const output = execFileSync(
    "node",
    [
      "--import",
      fileURLToPath(new URL("../js/with-session.mjs", import.meta.url)),
      fileURLToPath(new URL("./change-events.mjs", import.meta.url)),
      ...["--http", BASE, "--sync", `${BASE.replace(/^http/, "ws")}/sync`, "--city", CITY],
      ...["--user", process.env.HOSPES_COLLEAGUE, "--passphrase-file", process.env.HOSPES_COLLEAGUE_PASSPHRASE_FILE],
      ...["--count", String(CHANGED), "--marker", `(changed in run ${run})`],
    ],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  return JSON.parse(output.trim().split("\n").pop());
}

/**
 * Opens /edit/<city> again on a device that holds the city: ms until the progress
 * bar is done and every one of `titles` is listed.
 */
async function laterOpening(context, titles) {
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(`${BASE}/edit/${CITY}`);
  await page.waitForFunction(
    (wanted) => {
      if (document.querySelector(".progress")?.hidden !== true) return false;
      const listed = new Set([...document.querySelectorAll("#editor-events li a")].map((a) => a.textContent));
      return listed.size > 0 && wanted.every((title) => listed.has(title));
    },
    titles,
    { timeout: 600_000, polling: 20 },
  );
  const took = Date.now() - started;
  await page.close();
  return took;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`| documents | path | runs | first event listed (median) | all synced (median) | all synced (worst) | IndexedDB after | JS heap after |`);
console.log(`|---|---|---|---|---|---|---|---|`);
for (const path of PATHS) {
  const of = runs.filter((r) => r.path === path);
  console.log(
    `| ${of[0].documents} | ${path} | ${of.length} | ${(median(of.map((r) => r.firstShown)) / 1000).toFixed(2)} s | ${(median(of.map((r) => r.synced)) / 1000).toFixed(2)} s | ${(Math.max(...of.map((r) => r.synced)) / 1000).toFixed(2)} s | ${(median(of.map((r) => r.storedBytes)) / 1e6).toFixed(1)} MB | ${(median(of.map((r) => r.heapBytes)) / 1e6).toFixed(1)} MB |`,
  );
}
const later = runs.filter((r) => r.laterChanged !== undefined);
if (later.length > 0) {
  console.log(`\n| later opening | runs | median | worst |`);
  console.log(`|---|---|---|---|`);
  for (const [what, key] of [["nothing changed", "laterUnchanged"], [`${CHANGED} events changed on the server`, "laterChanged"]]) {
    const values = later.map((r) => r[key]);
    console.log(`| ${what} | ${values.length} | ${(median(values) / 1000).toFixed(2)} s | ${(Math.max(...values) / 1000).toFixed(2)} s |`);
  }
}
const synced = (path) => median(runs.filter((r) => r.path === path).map((r) => r.synced));
console.log(`\nsnapshot / per document (all synced, medians): ${(synced("snapshot") / synced("per document")).toFixed(2)}`);
console.log(JSON.stringify({ bench: "editor-first-sync", events: EVENTS, runs }));
