// What the editing app's browser tests share: a person signed in in their own
// browser context, waiting for the city to be on the device, and waiting for a
// condition with a clear message.
import assert from "node:assert/strict";
import { WAIT } from "./chromium.mjs";

export const TIMEOUT = WAIT;

/**
 * Signs `name` in through the sign-in page, in a new context of `browser`, and
 * waits until the city's documents are on the device and the service worker
 * controls the page (needed for reloads offline). Every request URL goes to `requests`.
 * `context`: a context made by the caller (one that routes requests, say).
 */
export async function signedIn(browser, { base, city, name, passphrase, requests, context: given }) {
  const context = given ?? (await browser.newContext({ locale: "en-US", serviceWorkers: "allow", viewport: { width: 390, height: 900 } }));
  context.setDefaultTimeout(TIMEOUT);
  context.on("request", (request) => requests.push(request.url()));
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error(`${name}: ${error.message}`));
  await page.goto(`${base}/sign-in?next=${encodeURIComponent(`/edit/${city}`)}`);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === `/edit/${city}`);
  await loaded(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  return { context, page };
}

/** Waits until every document of the city is on the device (the dashboard's bar is done). */
export async function loaded(page) {
  await page.locator("#editor-events li a").first().waitFor();
  await page.waitForFunction(() => document.querySelector(".progress")?.hidden === true);
}

/** Polls `check` until it gives something truthy (returned), failing after `timeout` with `what`. */
export async function until(what, check, timeout = TIMEOUT) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    assert.ok(Date.now() < end, `timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** A field changed the way a person does it: type, then leave the field (date and time inputs need the change event). */
export async function setField(locator, value) {
  await locator.fill(value);
  await locator.dispatchEvent("change");
  await locator.blur();
}
