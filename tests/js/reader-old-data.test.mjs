// Browser test: a newcomer opens a service and an article published by an earlier
// hospes that did not check values: the service's website has no host, a phone
// number and the e-mail address are words, the JSON-LD carries a script address,
// and the article links to `/\host` and `//host`. The pages still show, with only
// the usable values as links.
//
// The Rust harness (tests/tests/browser.rs) starts the server with `--demo`, writes
// those values into the stored renderings and runs
//   HOSPES_URL=... HOSPES_CITY=sample-city HOSPES_SERVICE_ID=... HOSPES_ARTICLE_ID=...
//   node --test tests/js/reader-old-data.test.mjs
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { launchChromium, pathOf, WAIT } from "./chromium.mjs";

const BASE = process.env.HOSPES_URL;
const CITY = process.env.HOSPES_CITY ?? "sample-city";
const SERVICE_ID = process.env.HOSPES_SERVICE_ID;
const ARTICLE_ID = process.env.HOSPES_ARTICLE_ID;
const skip = BASE && SERVICE_ID && ARTICLE_ID ? false : "HOSPES_URL, HOSPES_SERVICE_ID or HOSPES_ARTICLE_ID is not set (the Rust test harness sets them)";

let browser;
let page;
const errors = [];

before(async () => {
  if (skip) return;
  browser = await launchChromium();
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 390, height: 844 } });
  context.setDefaultTimeout(WAIT);
  page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${pathOf(page.url())}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${pathOf(page.url())}: ${error.message}`));
});

after(async () => {
  await browser?.close();
});

async function published(id) {
  const response = await fetch(`${BASE}/api/v1/cities/${CITY}/en/items/${id}`);
  assert.equal(response.status, 200);
  return response.json();
}

async function open(path) {
  await page.goto(`${BASE}/guide/${CITY}/en/${path}`);
  await page.locator('html[data-guide="ready"] main .guide-content').waitFor();
}

async function axe() {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("a service whose contacts no longer parse still shows, linking only what works", { skip }, async () => {
  const service = await published(SERVICE_ID);
  // What the page gets is the old data.
  assert.equal(service.item.contacts.website, "https://");
  await open(`services/${SERVICE_ID}`);
  assert.equal((await page.locator("main h1").innerText()).trim(), service.item.name.text.trim());
  const contact = page.locator("section.contact");
  await contact.locator(".contact-text", { hasText: "call us at the desk" }).waitFor();
  await contact.locator(".contact-text", { hasText: "accueil at example.org" }).waitFor();
  const links = await contact.locator("a").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
  assert.deepEqual(links, ["tel:+3241234567"]);
  assert.equal(await page.locator('a[href^="javascript:" i]').count(), 0);
  assert.deepEqual(await axe(), []);
});

test("an article's links to other sites stay text", { skip }, async () => {
  await open(`articles/${ARTICLE_ID}`);
  const body = page.locator("main article");
  await body.getByText("the guide").waitFor();
  assert.equal(await body.getByRole("link", { name: "the guide" }).getAttribute("href"), `/guide/${CITY}/en`);
  // The other two are there as words, and not as links.
  assert.match(await body.innerText(), /Read this, that and the guide\./);
  for (const label of ["this", "that"]) assert.equal(await body.getByRole("link", { name: label, exact: true }).count(), 0, label);
  assert.deepEqual(await axe(), []);
});

test("nothing failed on the pages", { skip }, () => {
  assert.deepEqual(errors, []);
});
