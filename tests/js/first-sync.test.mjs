// Browser test of an editor's first sync by snapshot: a device with nothing of the
// city downloads it in one response (GET /api/v1/cities/{city}/snapshot), and a
// change another editor makes after the snapshot was taken, before the device
// syncs live, still arrives. And of a later opening: the device downloads only the
// documents the server stored to since, stores and shows their changes.
//
// The Rust harness (tests/tests/browser.rs) starts the server with `--demo`, adds
// the editors "edda" and "ben" and runs
//   HOSPES_URL=... HOSPES_CITY=sample-city HOSPES_PASSPHRASE=... node --test tests/js/first-sync.test.mjs
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { decode } from "cbor-x";
import { launchChromium } from "./chromium.mjs";
import { signedIn, until } from "./editor-session.mjs";

const BASE = process.env.HOSPES_URL;
const CITY = process.env.HOSPES_CITY ?? "sample-city";
const PASSPHRASE = process.env.HOSPES_PASSPHRASE;
const skip = BASE && PASSPHRASE ? false : "HOSPES_URL or HOSPES_PASSPHRASE is not set (the Rust test harness sets them)";

/** @type {import("playwright-core").Browser} */
let browser;
let event;
let otherEvent;

before(async () => {
  if (skip) return;
  browser = await launchChromium();
  const city = await (await fetch(`${BASE}/api/v1/cities/${CITY}`)).json();
  const bundle = await (await fetch(`${BASE}/api/v1/cities/${CITY}/${city.source_language}/bundle`)).json();
  [event, otherEvent] = bundle.items.filter((i) => i.kind === "event" && !i.item.rrule);
});

after(async () => {
  await browser?.close();
});

const eventForm = async (page, which = event) => {
  await page.goto(`${BASE}/edit/${CITY}/events/${which.id}`);
  await page.locator("form.editor-form").waitFor();
};

test("a change made between the snapshot and live sync arrives", { skip }, async () => {
  const ben = await signedIn(browser, { base: BASE, city: CITY, name: "ben", passphrase: PASSPHRASE, requests: [] });
  await eventForm(ben.page);
  const title = `${event.item.title.text} (ben, after the snapshot)`;

  // Edda's first sync: once the server has written her snapshot, and before her
  // device has it, Ben changes the event and the server confirms it.
  const context = await browser.newContext({ locale: "en-US", serviceWorkers: "allow", viewport: { width: 390, height: 900 } });
  const warnings = [];
  context.on("console", (message) => {
    if (message.type() === "warning") warnings.push(message.text());
  });
  let snapshots = 0;
  await context.route("**/api/v1/cities/*/snapshot", async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    snapshots++;
    assert.equal(response.status(), 200);
    await ben.page.getByLabel("Title", { exact: true }).fill(title);
    await ben.page.locator(".sync-status", { hasText: "One change sent" }).waitFor();
    await route.fulfill({ response, body });
  });
  const edda = await signedIn(browser, { base: BASE, city: CITY, name: "edda", passphrase: PASSPHRASE, requests: [], context });
  assert.equal(snapshots, 1, "the first sync downloaded one snapshot");
  assert.deepEqual(warnings.filter((w) => w.includes("snapshot")), [], "and imported it");
  assert.ok(!(await edda.page.locator(".sync-status [role=status]").textContent())?.includes("waiting"), "nothing of Edda's is waiting");

  await eventForm(edda.page);
  await until("Ben's change reached Edda", async () => (await edda.page.getByLabel("Title", { exact: true }).inputValue()) === title);
  await edda.context.close();
  await ben.context.close();
});

test("a later opening syncs only the documents changed since, and lists their changes", { skip }, async () => {
  const edda = await signedIn(browser, { base: BASE, city: CITY, name: "edda", passphrase: PASSPHRASE, requests: [] });
  await edda.page.close();
  const listed = await (await edda.context.request.get(`${BASE}/api/v1/cities/${CITY}/documents`)).json();
  const events = listed.filter((entry) => entry.kind === "event").map((entry) => entry.documentId);
  assert.ok(events.length > 2, "the demo city has events to leave alone");

  const ben = await signedIn(browser, { base: BASE, city: CITY, name: "ben", passphrase: PASSPHRASE, requests: [] });
  await eventForm(ben.page, otherEvent);
  const title = `${otherEvent.item.title.text} (ben, between two openings)`;
  await ben.page.getByLabel("Title", { exact: true }).fill(title);
  await ben.page.locator(".sync-status", { hasText: "One change sent" }).waitFor();

  // Edda opens the city again; every document her page syncs is named in a message it
  // sends, every one it downloads in the body of a snapshot request.
  const page = await edda.context.newPage();
  const synced = new Set();
  page.on("websocket", (socket) =>
    socket.on("framesent", ({ payload }) => {
      if (typeof payload === "string") return;
      const message = decode(payload);
      if (message?.documentId) synced.add(message.documentId);
    }),
  );
  const downloaded = new Set();
  page.on("request", (request) => {
    if (request.method() !== "POST" || !new URL(request.url()).pathname.endsWith("/snapshot")) return;
    for (const id of request.postDataJSON().documents) downloaded.add(id);
  });
  await page.goto(`${BASE}/edit/${CITY}`);
  await page.locator("#editor-events li a", { hasText: title }).waitFor();
  assert.ok(downloaded.has(otherEvent.id), "the changed event was downloaded");
  assert.deepEqual(
    events.filter((id) => id !== otherEvent.id && (synced.has(id) || downloaded.has(id))),
    [],
    "no event that did not change was downloaded or synced",
  );
  // Stored on the device: its form shows Ben's title without waiting for the server.
  await page.context().setOffline(true);
  await eventForm(page, otherEvent);
  assert.equal(await page.getByLabel("Title", { exact: true }).inputValue(), title);
  await edda.context.close();
  await ben.context.close();
});
