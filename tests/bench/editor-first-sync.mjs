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
import { launchChromium } from "../js/chromium.mjs";

const BASE = (process.env.HOSPES_URL ?? "").replace(/\/$/, "");
const CITY = process.env.HOSPES_CITY ?? "bench";
const EVENTS = Number(process.env.EVENTS ?? 2000);
const RUNS = Number(process.env.RUNS ?? 3);
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
    runs.push({ run, path, documents, firstShown, synced, storedBytes: stored });
    console.error(`run ${run}, ${path}: ${documents} documents, first shown ${firstShown} ms, synced ${synced} ms, ${(stored / 1e6).toFixed(1)} MB stored`);
    await context.close();
  }
} finally {
  await browser.close();
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`| documents | path | runs | first event listed (median) | all synced (median) | all synced (worst) | IndexedDB after |`);
console.log(`|---|---|---|---|---|---|---|`);
for (const path of PATHS) {
  const of = runs.filter((r) => r.path === path);
  console.log(
    `| ${of[0].documents} | ${path} | ${of.length} | ${(median(of.map((r) => r.firstShown)) / 1000).toFixed(2)} s | ${(median(of.map((r) => r.synced)) / 1000).toFixed(2)} s | ${(Math.max(...of.map((r) => r.synced)) / 1000).toFixed(2)} s | ${(median(of.map((r) => r.storedBytes)) / 1e6).toFixed(1)} MB |`,
  );
}
const synced = (path) => median(runs.filter((r) => r.path === path).map((r) => r.synced));
console.log(`\nsnapshot / per document (all synced, medians): ${(synced("snapshot") / synced("per document")).toFixed(2)}`);
console.log(JSON.stringify({ bench: "editor-first-sync", events: EVENTS, runs }));
