// Browser test of the PWA shell against a running hospes server.
//
// The Rust harness starts the real server on a random port and runs
//   HOSPES_URL=http://127.0.0.1:PORT node --test tests/js/shell.test.mjs
// The steps run in order in one browser context, because the service worker that the
// first step installs is what makes the offline step work.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { foreignRequests, launchChromium, pathOf, WAIT } from "./chromium.mjs";

const BASE = process.env.HOSPES_URL;
const TIMEOUT = WAIT;
const skip = BASE ? false : "HOSPES_URL is not set (the Rust test harness sets it)";

/** @type {import("playwright-core").Browser} */
let browser;
/** @type {import("playwright-core").BrowserContext} */
let context;
/** @type {import("playwright-core").Page} */
let page;
/** Every URL the browser asked for (pages, workers, WebSockets), in order. */
const requests = [];
/** Console errors and uncaught exceptions, with the page's path at the time. */
const errors = [];

before(async () => {
  if (skip) return;
  browser = await launchChromium();
  context = await browser.newContext({ locale: "en-US", serviceWorkers: "allow" });
  context.setDefaultTimeout(TIMEOUT);
  context.on("request", (request) => requests.push(request.url()));
  page = await context.newPage();
  page.on("websocket", (ws) => requests.push(ws.url()));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${pathOf(page.url())}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${pathOf(page.url())}: ${error.message}`));
});

after(async () => {
  await browser?.close();
});


/** Runs `step` and returns the URLs requested while it ran. */
async function requestsDuring(step) {
  const start = requests.length;
  await step();
  return requests.slice(start);
}

async function expectShell() {
  await page.locator("header .brand", { hasText: "hospes" }).waitFor({ state: "visible" });
  await page.locator("main h1").waitFor({ state: "visible" });
}

test("the home page loads, without errors, and its service worker takes control", { skip }, async () => {
  const errorsBefore = errors.length;
  await page.goto(BASE + "/");
  await expectShell();
  // A first visit, with no guide chosen yet, starts by choosing a city.
  assert.match(await page.title(), /Choose your city/);
  assert.equal(await page.locator("main h1").innerText(), "Choose your city");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await page.getAttribute("html", "dir"), "ltr");
  assert.ok(await page.locator('header a[href="/status"]').isVisible(), "a link to /status");
  assert.ok(await page.getByLabel("Language").isVisible(), "a labelled language picker");

  const state = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
  assert.ok(state === "activating" || state === "activated", `service worker state: ${state}`);
  await page.reload();
  await expectShell();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const caches = await page.evaluate(() => caches.keys());
  assert.ok(caches.some((name) => name.startsWith("hospes-shell-")), `caches: ${caches}`);
  assert.deepEqual(errors.slice(errorsBefore), []);
});

test("the home page loads no WebAssembly and no Automerge code", { skip }, async () => {
  const loaded = await requestsDuring(async () => {
    await page.goto(BASE + "/");
    await expectShell();
    await page.waitForLoadState("networkidle");
  });
  assert.deepEqual(loaded.filter((url) => /\.wasm(\?|$)/.test(url)), [], "wasm on the home page");
  assert.deepEqual(loaded.filter((url) => url.startsWith("ws")), [], "a WebSocket on the home page");

  // What index.html references (the shell) holds no Automerge.
  const html = await (await fetch(BASE + "/")).text();
  const referenced = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  assert.ok(referenced.some((path) => path.endsWith(".js")), `index.html scripts: ${referenced}`);
  for (const url of new Set([...referenced.map((path) => BASE + path), ...loaded.filter((u) => u.endsWith(".js"))])) {
    const source = await (await fetch(url)).text();
    assert.doesNotMatch(source, /automerge_wasm|__wbindgen|initializeWasm/, `Automerge code in ${url}`);
  }

  // Nor does the service worker's precache list: the editor's files are fetched on demand.
  const sw = await (await fetch(BASE + "/sw.js")).text();
  const build = JSON.parse(/const BUILD = (\{[\s\S]*?\});/.exec(sw)?.[1] ?? "null");
  assert.ok(build?.precache?.includes("/"), "sw.js precaches the shell");
  assert.deepEqual(build.precache.filter((path) => path.endsWith(".wasm")), [], "wasm in the precache");
});

test("the status page tells a reader to sign in, and loads no Automerge", { skip }, async () => {
  // Syncing is for signed-in editors (tests/js/accounts.test.mjs); a reader has no session.
  const errorsBefore = errors.length;
  const loaded = await requestsDuring(async () => {
    await page.goto(BASE + "/status");
    await page.locator('#connection-state[data-state="signed-out"]').waitFor();
    await page.waitForLoadState("networkidle");
  });
  assert.equal(await page.locator("#connection-state").innerText(), "Not signed in");
  assert.match(await page.title(), /Sync status.*hospes/);
  assert.deepEqual(loaded.filter((url) => /\.wasm(\?|$)/.test(url)), [], "wasm for a reader");
  assert.deepEqual(loaded.filter((url) => url.startsWith("ws")), [], "a WebSocket for a reader");
  // Chromium logs the 401 of GET /api/v1/session itself: that is how a reader's page learns it has no session.
  assert.deepEqual(errors.slice(errorsBefore).filter((e) => !/status of 401/.test(e)), []);
});

test("offline, the shell still opens and the status page says offline", { skip }, async () => {
  await context.setOffline(true);
  try {
    await page.goto(BASE + "/");
    await expectShell();
    assert.match(await page.title(), /Choose your city/);

    await page.reload();
    await expectShell();

    await page.goto(BASE + "/status");
    await expectShell();
    await page.locator('#connection-state[data-state="offline"]').waitFor();
    assert.equal(await page.locator("#connection-state").innerText(), "Offline");
  } finally {
    await context.setOffline(false);
  }
  // Back online, the page can ask again: a reader is not signed in.
  await page.locator('#connection-state[data-state="signed-out"]').waitFor();
});

test("the language choice applies to the document and is remembered", { skip }, async () => {
  await page.goto(BASE + "/");
  await page.getByLabel("Language").selectOption("ar");
  await page.waitForFunction(() => document.documentElement.lang === "ar");
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  await page.reload();
  await page.waitForFunction(() => document.documentElement.lang === "ar");
  assert.notEqual(await page.locator("main h1").innerText(), "Choose your city");
  await page.locator("#language").selectOption("en");
  await page.waitForFunction(() => document.documentElement.lang === "en");
});

test("no request went to another origin", { skip }, async () => {
  assert.ok(requests.length > 0, "requests were recorded");
  assert.deepEqual(foreignRequests(requests, BASE), []);
});
