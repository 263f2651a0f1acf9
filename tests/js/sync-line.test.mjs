// Browser test of the sync line and the draft marks: what the editing app says is
// waiting is what the server has not confirmed, the same after a reload offline,
// "sent" once confirmed; an edit synced but not published is marked a draft on the
// dashboard and its form until it is published.
//
// The Rust harness (tests/tests/browser.rs) starts the server with `--demo`, adds the
// editor "edda" and runs
//   HOSPES_URL=... HOSPES_CITY=sample-city HOSPES_PASSPHRASE=... node --test tests/js/sync-line.test.mjs
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { launchChromium } from "./chromium.mjs";
import { signedIn, until } from "./editor-session.mjs";

const BASE = process.env.HOSPES_URL;
const CITY = process.env.HOSPES_CITY ?? "sample-city";
const PASSPHRASE = process.env.HOSPES_PASSPHRASE;
const skip = BASE && PASSPHRASE ? false : "HOSPES_URL or HOSPES_PASSPHRASE is not set (the Rust test harness sets them)";

/** @type {import("playwright-core").Browser} */
let browser;
/** Edda's context and page. */
let edda;
/** A published event of the demo, as readers see it. */
let event;
/** The city's source language, in which the editors write. */
let source;

before(async () => {
  if (skip) return;
  browser = await launchChromium();
  const city = await (await fetch(`${BASE}/api/v1/cities/${CITY}`)).json();
  source = city.source_language;
  const bundle = await (await fetch(`${BASE}/api/v1/cities/${CITY}/${source}/bundle`)).json();
  event = bundle.items.find((i) => i.kind === "event" && !i.item.rrule);
  edda = await signedIn(browser, { base: BASE, city: CITY, name: "edda", passphrase: PASSPHRASE, requests: [] });
});

after(async () => {
  await browser?.close();
});

const syncLine = (page) => page.locator(".sync-status [role=status]");
const eventPath = () => `/edit/${CITY}/events/${event.id}`;

/** What an element says, without Fluent's isolation marks around its arguments. */
async function says(locator) {
  return ((await locator.textContent()) ?? "").replace(/[\u2068\u2069]/g, "").trim();
}

/** Waits until the sync line says exactly `text`. */
async function lineSays(page, text) {
  await until(`the sync line says "${text}"`, async () => (await says(syncLine(page))) === text).catch(async (error) => {
    throw new Error(`${error.message}; it says "${await says(syncLine(page))}"`);
  });
}

async function eventForm(page) {
  await page.goto(`${BASE}${eventPath()}`);
  await page.locator("form.editor-form").waitFor();
}

/** The dashboard's row of the event. */
const eventRow = (page) => page.locator("#editor-events li").filter({ has: page.locator(`a[href="${eventPath()}"]`) });

test("a reload offline with nothing changed has nothing waiting", { skip }, async () => {
  const { context, page } = edda;
  await page.locator(".sync-status[data-state=synced]").waitFor();
  await context.setOffline(true);
  try {
    await page.reload();
    await page.locator("#editor-events li a").first().waitFor();
    await lineSays(page, "Saved on this device. You are offline.");
  } finally {
    await context.setOffline(false);
  }
  await page.locator(".sync-status[data-state=synced]").waitFor();
});

test("one offline edit is one change waiting, still one after a reload offline, then sent; a draft until published", { skip }, async () => {
  const { context, page } = edda;
  await eventForm(page);
  await page.locator(".sync-status[data-state=synced]").waitFor();
  await page.locator(".publication-state", { hasText: "Published: readers see this version." }).waitFor();
  const title = `${event.item.title.text} (edited offline)`;

  await context.setOffline(true);
  try {
    await page.getByLabel("Title", { exact: true }).fill(title);
    await lineSays(page, "Saved on this device, one change waiting to be sent.");
    await page.locator(".publication-state", { hasText: "Unpublished draft: readers see the last published version" }).waitFor();

    // The count is kept on the device: a reload offline counts the same one change.
    await page.reload();
    await page.locator("form.editor-form").waitFor();
    assert.equal(await page.getByLabel("Title", { exact: true }).inputValue(), title);
    await lineSays(page, "Saved on this device, one change waiting to be sent.");
    await page.goto(`${BASE}/edit/${CITY}`);
    await eventRow(page).waitFor();
    await lineSays(page, "Saved on this device, one change waiting to be sent.");
    await eventRow(page).locator(".draft-badge", { hasText: "Unpublished draft" }).waitFor();

    // The status page says offline, and what waits.
    await page.goto(`${BASE}/status`);
    await page.locator('#connection-state[data-state="offline"]').waitFor();
    assert.equal(await says(page.locator("#waiting-changes")), "One change is saved on this device, waiting to be sent.");
  } finally {
    await context.setOffline(false);
  }

  // Back online: the server confirms the change, and the line says it went.
  await page.goto(`${BASE}/edit/${CITY}`);
  await eventRow(page).waitFor();
  await lineSays(page, "One change sent. Synced now");
  // Sent is not published: the row stays a draft, and readers see the old title.
  await eventRow(page).locator(".draft-badge").waitFor();
  assert.equal(await readerTitle(), event.item.title.text);
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), [], "axe on the dashboard with a draft");

  await page.goto(`${BASE}/status`);
  await page.locator('#connection-state[data-state="connected"]').waitFor();
  assert.equal(await says(page.locator("#waiting-changes")), "Nothing on this device is waiting to be sent.");

  // Published: the marks go.
  await eventForm(page);
  await page.locator(".publication-state", { hasText: "Unpublished draft" }).waitFor();
  await page.locator(".sync-status[data-state=synced]").waitFor();
  await page.getByRole("button", { name: "Publish this version" }).click();
  await page.getByText("Published. Readers now see this version.").waitFor();
  await page.locator(".publication-state", { hasText: "Published: readers see this version." }).waitFor();
  await page.goto(`${BASE}/edit/${CITY}`);
  await eventRow(page).waitFor();
  assert.equal(await eventRow(page).locator(".draft-badge").count(), 0, "a published item is no draft");
  assert.equal(await readerTitle(), title);
});

async function readerTitle() {
  const response = await fetch(`${BASE}/api/v1/cities/${CITY}/${source}/items/${event.id}`);
  assert.ok(response.ok, `the event is published (${response.status})`);
  return (await response.json()).item.title.text;
}
