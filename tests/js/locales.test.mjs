// Browser test of the UI languages on a phone-sized screen (320 px wide): the guide's
// home, a service, the events and the sign-in screen in four right-to-left and three
// left-to-right UI locales. Every text is a message (no missing one), the document's
// direction is the locale's, nothing scrolls sideways; and axe finds no violation in
// one right-to-left and one left-to-right locale.
//
// Run by tests/tests/i18n.rs against a server started with `--demo`:
//   HOSPES_URL=... node --test tests/js/locales.test.mjs
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { foreignRequests, launchChromium, WAIT } from "./chromium.mjs";

const BASE = process.env.HOSPES_URL;
const CITY = process.env.HOSPES_CITY ?? "sample-city";
const skip = BASE ? false : "HOSPES_URL is not set (the Rust test harness sets it)";

const LOCALES = [
  ["ar", "rtl"],
  ["fa", "rtl"],
  ["ps", "rtl"],
  ["ur", "rtl"],
  ["uk", "ltr"],
  ["ti", "ltr"],
  ["zh-Hans", "ltr"],
];
const AXE_LOCALES = new Set(["ar", "uk"]);

/** @type {import("playwright-core").Browser} */
let browser;
const requests = [];

before(async () => {
  if (skip) return;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

async function pages() {
  const response = await fetch(`${BASE}/api/v1/cities/${CITY}/en/bundle`);
  const bundle = await response.json();
  const service = bundle.items.find((i) => i.kind === "service" && i.item.locations.length > 0);
  return [
    ["guide home", `/guide/${CITY}/en`],
    ["a service", `/guide/${CITY}/en/services/${service.id}`],
    ["events", `/guide/${CITY}/en/events`],
    ["sign-in", "/sign-in"],
  ];
}

for (const [locale, direction] of LOCALES) {
  test(`${locale}: every screen in ${locale}, ${direction}, 320 px wide`, { skip }, async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, locale: "en-US" });
    context.setDefaultTimeout(WAIT);
    context.on("request", (request) => requests.push(request.url()));
    // The reader chose this UI language on an earlier visit.
    await context.addInitScript((code) => localStorage.setItem("hospes.locale", code), locale);
    const page = await context.newPage();
    const problems = [];
    page.on("console", (message) => {
      const text = message.text();
      // A reader has no session: the app's session check is answered 401, as it should be.
      if (/status of 401/.test(text)) return;
      if (/missing message|i18n/.test(text) || message.type() === "error") problems.push(text);
    });
    page.on("pageerror", (error) => problems.push(error.message));
    try {
      for (const [name, path] of await pages()) {
        await page.goto(BASE + path);
        if (path.startsWith("/guide/")) await page.locator('html[data-guide="ready"] main .guide-content').waitFor();
        else await page.locator("main h1").waitFor();
        assert.equal(await page.getAttribute("html", "lang"), locale, `${name}: lang`);
        assert.equal(await page.getAttribute("html", "dir"), direction, `${name}: dir`);
        const empty = await page.evaluate(() =>
          [...document.querySelectorAll("[data-l10n-id]")]
            .filter((e) => !e.textContent.trim() && !e.getAttribute("aria-label") && !e.dataset.l10nAttrs)
            .map((e) => e.dataset.l10nId),
        );
        assert.deepEqual(empty, [], `${name}: elements whose message is missing`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${name}: scrolls sideways by ${overflow} px at 320 px`);
        if (AXE_LOCALES.has(locale)) {
          const { violations } = await new AxeBuilder({ page }).analyze();
          const found = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
          assert.deepEqual(found, [], `axe on ${name} in ${locale}`);
        }
      }
      assert.deepEqual(problems, [], "console problems");
    } finally {
      await context.close();
    }
  });
}

test("no request went to another origin", { skip }, async () => {
  assert.ok(requests.length > 0);
  assert.deepEqual(foreignRequests(requests, BASE), []);
});
