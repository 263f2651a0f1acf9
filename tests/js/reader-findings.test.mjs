// Browser test of what a newcomer noticed first in the reader (issue 17), against a
// real hospes server started with `--demo`: a phone line in Arabic with only its number
// left to right, and contact lines with their own icons.
//
// The Rust harness (tests/tests/browser.rs) starts the server and runs
//   HOSPES_URL=... HOSPES_CITY=sample-city node --test tests/js/reader-findings.test.mjs
// The steps run in order in one browser context.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { foreignRequests, launchChromium, pathOf, WAIT } from "./chromium.mjs";

const BASE = process.env.HOSPES_URL;
const CITY = process.env.HOSPES_CITY ?? "sample-city";
const skip = BASE ? false : "HOSPES_URL is not set (the Rust test harness sets it)";

/** @type {import("playwright-core").Browser} */
let browser;
/** @type {import("playwright-core").BrowserContext} */
let context;
/** @type {import("playwright-core").Page} */
let page;
const requests = [];
const errors = [];

before(async () => {
  if (skip) return;
  browser = await launchChromium();
  context = await browser.newContext({ locale: "en-US", serviceWorkers: "allow", viewport: { width: 390, height: 844 } });
  context.setDefaultTimeout(WAIT);
  context.on("request", (request) => requests.push(request.url()));
  page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${pathOf(page.url())}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${pathOf(page.url())}: ${error.message}`));
});

after(async () => {
  await browser?.close();
});

async function bundle(lang) {
  const response = await fetch(`${BASE}/api/v1/cities/${CITY}/${lang}/bundle`);
  assert.equal(response.status, 200);
  return response.json();
}

const guide = (lang, ...rest) => [`${BASE}/guide/${CITY}/${lang}`, ...rest].join("/");

async function open(url) {
  await page.goto(url);
  await page.locator('html[data-guide="ready"] main .guide-content').waitFor();
}

/** Text without Fluent's bidi isolation marks. */
const plain = (text) => text.replace(/[\u2068\u2069]/g, "").replace(/\s+/g, " ").trim();

test("Arabic: a phone line follows the page's direction, only its number left to right; contacts have their own icons", { skip }, async () => {
  const ar = await bundle("ar");
  const service = ar.items.find((i) => i.kind === "service" && i.item.contacts.phones.length > 0 && i.item.contacts.email && i.item.contacts.website);
  assert.ok(service, "the demo has a service with a phone, an e-mail address and a website");
  await open(guide("ar", "services", service.id));
  await page.locator('html[dir="rtl"]').waitFor();
  const call = page.locator('.contact a[href^="tel:"]').first();
  await call.waitFor();
  assert.equal(await call.getAttribute("dir"), null, "the line is not forced left to right");
  assert.equal(await call.evaluate((a) => getComputedStyle(a).direction), "rtl");
  const number = call.locator('bdi[dir="ltr"]');
  assert.equal(await number.innerText(), service.item.contacts.phones[0]);
  const [iconBox, numberBox] = [await call.locator("svg").boundingBox(), await number.boundingBox()];
  assert.ok(iconBox.x > numberBox.x, "the icon is at the line's start (the right, in Arabic)");
  assert.match(plain(await call.innerText()), /[\u0600-\u06ff]/, "the words are the translation's");

  const iconOf = (locator) => locator.locator("svg path").first().getAttribute("d");
  const share = await iconOf(page.locator(".item-actions button").first());
  const document = await iconOf(page.locator('.guide-nav a[href$="/articles"]'));
  const website = await iconOf(page.locator('.contact a[href^="http"]'));
  const email = await iconOf(page.locator('.contact a[href^="mailto:"]'));
  assert.notEqual(website, share, "the website line has its own icon, not the share icon");
  assert.notEqual(email, document, "the e-mail line has its own icon, not the document icon");
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), [], "axe on the Arabic service");
});

test("no request went to another origin, and nothing failed", { skip }, async () => {
  assert.ok(requests.length > 0);
  assert.deepEqual(foreignRequests(requests, BASE), []);
  const unexpected = errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/.test(e));
  assert.deepEqual(unexpected, []);
});
