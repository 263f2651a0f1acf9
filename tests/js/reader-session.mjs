// What the reader's browser tests share: one phone-sized browser context on a hospes
// server (HOSPES_URL, HOSPES_CITY), every request URL and page error noted, and the
// guide's addresses and bundles.
import assert from "node:assert/strict";
import { after, before } from "node:test";
import { foreignRequests, launchChromium, pathOf, WAIT } from "./chromium.mjs";

export const BASE = process.env.HOSPES_URL;
export const CITY = process.env.HOSPES_CITY ?? "sample-city";
export const skip = BASE ? false : "HOSPES_URL is not set (the Rust test harness sets it)";

/**
 * Opens a browser with one context and page before the file's tests and closes it after;
 * `opened(session)` is called once they are there. `requests` and `errors` fill as the
 * tests go.
 */
export function readerSession(opened = () => {}) {
  const session = { browser: undefined, context: undefined, page: undefined, requests: [], errors: [] };
  before(async () => {
    if (skip) return;
    session.browser = await launchChromium();
    const context = await session.browser.newContext({ locale: "en-US", serviceWorkers: "allow", viewport: { width: 390, height: 844 } });
    context.setDefaultTimeout(WAIT);
    context.on("request", (request) => session.requests.push(request.url()));
    const page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") session.errors.push(`${pathOf(page.url())}: ${message.text()}`);
    });
    page.on("pageerror", (error) => session.errors.push(`${pathOf(page.url())}: ${error.message}`));
    Object.assign(session, { context, page });
    opened(session);
  });
  after(async () => {
    await session.browser?.close();
  });
  return session;
}

/** The readers' bundle of the city in `lang`. */
export async function bundle(lang) {
  const response = await fetch(`${BASE}/api/v1/cities/${CITY}/${lang}/bundle`);
  assert.equal(response.status, 200);
  return response.json();
}

/** A guide page's address: `guide("ar", "events")`. */
export const guide = (lang, ...rest) => [`${BASE}/guide/${CITY}/${lang}`, ...rest].join("/");

/** Goes to a guide page and waits until it is drawn. */
export async function openGuide(page, url) {
  await page.goto(url);
  await page.locator('html[data-guide="ready"] main .guide-content').waitFor();
}

/** No request left the server's origin, and nothing failed but what being offline explains. */
export function assertNothingForeignOrFailed({ requests, errors }) {
  assert.ok(requests.length > 0);
  assert.deepEqual(foreignRequests(requests, BASE), []);
  const unexpected = errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/.test(e));
  assert.deepEqual(unexpected, []);
}
