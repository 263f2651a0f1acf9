// Browser test of the reader app (a newcomer reading the city guide) against a real
// hospes server started with `--demo`.
//
// The Rust harness (tests/tests/browser.rs) starts the server and runs
//   HOSPES_URL=... HOSPES_CITY=sample-city HOSPES_EDITOR_NAME=... HOSPES_EDITOR_PASSPHRASE=...
//   node --test tests/js/reader.test.mjs
// The steps run in order in one browser context: the first visits store the guide and
// install the service worker that the offline steps rely on.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { foreignRequests, launchChromium, pathOf, WAIT } from "./chromium.mjs";

const BASE = process.env.HOSPES_URL;
const CITY = process.env.HOSPES_CITY ?? "sample-city";
const EDITOR_NAME = process.env.HOSPES_EDITOR_NAME;
const EDITOR_PASSPHRASE = process.env.HOSPES_EDITOR_PASSPHRASE;
const TIMEOUT = WAIT;
const skip = BASE ? false : "HOSPES_URL is not set (the Rust test harness sets it)";

/** @type {import("playwright-core").Browser} */
let browser;
/** @type {import("playwright-core").BrowserContext} */
let context;
/** @type {import("playwright-core").Page} */
let page;
/** Every URL the reader's browser asked for, in order. */
const requests = [];
const errors = [];

before(async () => {
  if (skip) return;
  browser = await launchChromium();
  context = await browser.newContext({ locale: "en-US", serviceWorkers: "allow", viewport: { width: 390, height: 844 } });
  context.setDefaultTimeout(TIMEOUT);
  context.on("request", (request) => requests.push(request.url()));
  page = await context.newPage();
  watch(page);
});

after(async () => {
  await browser?.close();
});

function watch(p) {
  p.on("console", (message) => {
    if (message.type() === "error") errors.push(`${pathOf(p.url())}: ${message.text()}`);
  });
  p.on("pageerror", (error) => errors.push(`${pathOf(p.url())}: ${error.message}`));
}

/** The published guide in one language, as the server gives it (read from Node, not the browser). */
async function bundle(lang) {
  const response = await fetch(`${BASE}/api/v1/cities/${CITY}/${lang}/bundle`);
  assert.equal(response.status, 200);
  return response.json();
}

const guide = (lang, ...rest) => [`${BASE}/guide/${CITY}/${lang}`, ...rest].join("/");

/** Goes to a guide page and waits until the guide is drawn. */
async function open(p, url) {
  await p.goto(url);
  await p.locator('html[data-guide="ready"] main .guide-content').waitFor();
}

/** The links the Arabic guide's search shows for `query`, sorted. */
async function searchResults(query) {
  await open(page, `${guide("ar", "search")}?q=${encodeURIComponent(query)}`);
  await page.locator(".search-results p").waitFor();
  return (await page.locator(".search-results a").evaluateAll((links) => links.map((a) => a.getAttribute("href")))).sort();
}

/** The city's local time at an instant, `YYYY-MM-DDTHH:MM` (as the app computes it). */
function localAt(timeZone, instant) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
  }).formatToParts(new Date(instant));
  const get = (type) => parts.find((p) => p.type === type).value;
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}

/** The instant at which the city's clocks show `local`. */
function instantOf(timeZone, local) {
  const wanted = Date.parse(`${local}:00Z`);
  let guess = wanted;
  for (let i = 0; i < 3; i++) guess -= Date.parse(`${localAt(timeZone, guess)}:00Z`) - wanted;
  return guess;
}

const minutes = (local, delta) => new Date(Date.parse(`${local}:00Z`) + delta * 60_000).toISOString().slice(0, 16);

test("the guide opens in Arabic, right to left, and switches to Ukrainian", { skip }, async () => {
  const [ar, uk] = await Promise.all([bundle("ar"), bundle("uk")]);
  await open(page, guide("ar"));
  assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
  assert.equal(await page.locator("html").getAttribute("lang"), "ar");
  const health = ar.city.categories.find((c) => c.id === "health");
  await page.locator(".category-grid", { hasText: health.names.ar }).waitFor();
  const service = ar.items.find((i) => i.kind === "service" && i.item.name.lang === "ar");
  // Names are matched exactly: one service's name may be part of another's.
  await page.locator(".category-grid").getByText(ar.city.categories.find((c) => service.item.categories.includes(c.id)).names.ar, { exact: true }).click();
  await page.getByRole("link", { name: service.item.name.text, exact: true }).waitFor();

  await page.locator('select[name="guide-language"]').selectOption("uk");
  await page.waitForURL((url) => url.pathname.startsWith(`/guide/${CITY}/uk`));
  await page.locator('html[lang="uk"][dir="ltr"]').waitFor();
  const ukService = uk.items.find((i) => i.id === service.id);
  await page.getByRole("link", { name: ukService.item.name.text, exact: true }).waitFor();
  assert.equal(await page.getByRole("link", { name: ukService.item.name.text, exact: true }).getAttribute("lang"), ukService.item.name.lang);

  // The choice is remembered: the bare address opens the Ukrainian guide.
  await page.goto(BASE + "/");
  await page.waitForURL((url) => url.pathname === `/guide/${CITY}/uk`);
});

test("a text not yet translated is marked with its real language", { skip }, async () => {
  const uk = await bundle("uk");
  const service = uk.items.find((i) => i.kind === "service" && i.item.description.text && i.item.description.lang !== "uk");
  assert.ok(service, "the demo has a service whose description is not in Ukrainian");
  const { lang } = service.item.description;
  await open(page, guide("uk", "services", service.id));
  const description = page.locator("p.description");
  assert.equal(await description.getAttribute("lang"), lang);
  const direction = uk.city.languages.find((l) => l.tag === lang).direction;
  assert.equal(await description.getAttribute("dir"), direction);
  assert.equal((await description.innerText()).trim(), service.item.description.text.trim());
  const name = uk.city.languages.find((l) => l.tag === lang).name;
  await page.locator(".fallback-note", { hasText: name }).waitFor();
});

test("'open now' and 'opens at' follow the city's clock", { skip }, async () => {
  const en = await bundle("en");
  const calendar = en.calendar;
  // A walk-in opening after today whose minute before is not open (a real opening time).
  let chosen;
  for (const [id, openings] of Object.entries(calendar.openings)) {
    const walkIn = openings.filter(([, , appointment]) => !appointment);
    for (const [opens, closes] of walkIn) {
      if (opens.slice(0, 10) <= calendar.from || opens.endsWith("T00:00")) continue;
      const before = minutes(opens, -1);
      if (walkIn.some(([o, c]) => o <= before && before < c)) continue;
      if (minutes(opens, 1) >= closes) continue;
      chosen = { id, opens };
      break;
    }
    if (chosen) break;
  }
  assert.ok(chosen, "the demo has a service with an opening in the calendar");
  const clockPage = await context.newPage();
  watch(clockPage);
  try {
    await clockPage.clock.setFixedTime(instantOf(calendar.time_zone, minutes(chosen.opens, 1)));
    await open(clockPage, guide("en", "services", chosen.id));
    await clockPage.locator('.open-state[data-state="open"]', { hasText: "Open now" }).waitFor();

    await clockPage.clock.setFixedTime(instantOf(calendar.time_zone, minutes(chosen.opens, -1)));
    await open(clockPage, guide("en", "services", chosen.id));
    const line = clockPage.locator('.open-state[data-state="opens"]');
    await line.waitFor();
    const hour = Number(chosen.opens.slice(11, 13));
    const minute = chosen.opens.slice(14, 16);
    const text = await line.innerText();
    assert.match(text, /Opens today at/, text);
    assert.ok(text.includes(`${hour % 12 || 12}:${minute}`) || text.includes(`${chosen.opens.slice(11, 16)}`), text);
  } finally {
    await clockPage.close();
  }
});

test("offline after the first visit: home, a service, an article, this week's events and search", { skip }, async () => {
  const ar = await bundle("ar");
  const service = ar.items.find((i) => i.kind === "service");
  const article = ar.items.find((i) => i.kind === "article");
  await open(page, guide("ar"));
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.locator('html[data-guide="ready"]').waitFor();

  await context.setOffline(true);
  try {
    await page.reload();
    await page.locator('html[data-guide="ready"] main h1').waitFor();
    await page.locator(".category-grid a").first().waitFor();

    await open(page, guide("ar", "services", service.id));
    assert.equal((await page.locator("main h1").innerText()).trim(), service.item.name.text.trim());

    await open(page, guide("ar", "articles", article.id));
    assert.equal((await page.locator("main article h1").innerText()).trim(), article.item.title.text.trim());

    await open(page, guide("ar", "events"));
    await page.locator("section.day").first().waitFor();
    const firstEvent = (await page.locator("section.day a").first().innerText()).trim();
    assert.ok(ar.items.some((i) => i.kind === "event" && i.item.title.text.trim() === firstEvent), firstEvent);

    // The multivoiced archive comes with the bundle: its entries read offline too.
    assert.ok(ar.archive.length > 0, "the demo has published archive entries");
    await open(page, guide("ar", "archive"));
    await page.locator(".archive-entry").first().waitFor();
    assert.equal(await page.locator(".archive-entry").count(), ar.archive.length);
    // And search finds them, linking to the entry.
    const entry = ar.archive[0];
    const titleWord = entry.title.split(/\s+/).find((w) => w.length > 4) ?? entry.title;
    await open(page, `${guide("ar", "search")}?q=${encodeURIComponent(titleWord)}`);
    await page.locator(`.search-results a[href$="/archive#entry-${entry.id}"]`).waitFor();
    // And the printed guide carries them.
    await open(page, guide("ar", "print"));
    await page.locator(".print-archive .archive-entry").first().waitFor();
    assert.equal(await page.locator(".print-archive .archive-entry").count(), ar.archive.length);

    const word = service.item.name.text.split(/\s+/).find((w) => w.length > 3) ?? service.item.name.text;
    await open(page, `${guide("ar", "search")}?q=${encodeURIComponent(word)}`);
    // Exactly this service's name: another service's name may contain it.
    await page.locator(".search-results").getByRole("link", { name: service.item.name.text, exact: true }).waitFor();

    // Arabic words find the same items with or without the article, and behind و, ب and ل.
    for (const forms of [["الشتاء", "شتاء", "والشتاء", "بالشتاء"], ["المدرسة", "مدرسة", "بالمدرسة", "للمدرسة"]]) {
      const withArticle = await searchResults(forms[0]);
      assert.ok(withArticle.length > 0, `${forms[0]} finds something`);
      for (const form of forms.slice(1)) assert.deepEqual(await searchResults(form), withArticle, `${form} finds what ${forms[0]} finds`);
    }
  } finally {
    await context.setOffline(false);
  }
});

test("a suggestion made offline reaches the editors' queue once online", { skip: skip || (!EDITOR_NAME && "no editor account given") }, async () => {
  const en = await bundle("en");
  const service = en.items.find((i) => i.kind === "service");
  const text = `The hours on the door differ (${process.pid}-${Date.now()})`;
  await open(page, `${guide("en", "suggest")}?item=${service.id}`);
  await context.setOffline(true);
  try {
    await page.locator('input[name="topic"][value="hours"]').check();
    await page.locator('textarea[name="message"]').fill(text);
    await page.getByRole("button", { name: "Send" }).click();
    await page.locator(".form-status.queued").waitFor();
  } finally {
    await context.setOffline(false);
  }
  // Back online: the waiting suggestion is sent without the reader doing anything.
  const editor = await browser.newContext({ locale: "en-US" });
  try {
    const editorPage = await editor.newPage();
    watch(editorPage);
    await editorPage.goto(`${BASE}/sign-in?next=${encodeURIComponent(`/suggestions/${CITY}`)}`);
    await editorPage.getByLabel("Name", { exact: true }).fill(EDITOR_NAME);
    await editorPage.getByLabel("Passphrase", { exact: true }).fill(EDITOR_PASSPHRASE);
    await editorPage.getByRole("button", { name: "Sign in" }).click();
    await editorPage.waitForURL((url) => url.pathname === `/suggestions/${CITY}`);
    for (let attempt = 0; ; attempt++) {
      if (await editorPage.getByText(text).count()) break;
      assert.ok(attempt < 20, "the suggestion reached the editors' queue");
      await new Promise((resolve) => setTimeout(resolve, 500));
      await editorPage.reload();
    }
    await editorPage.getByText(service.item.name.text).first().waitFor();
  } finally {
    await editor.close();
  }
  // The reader's phone no longer holds it.
  assert.equal(await page.evaluate(() => localStorage.getItem("hospes.suggestions.outbox")), "[]");
});

for (const lang of ["en", "ar"]) {
  test(`axe finds no violation on the reader's pages in ${lang}`, { skip }, async () => {
    const data = await bundle(lang);
    const service = data.items.find((i) => i.kind === "service");
    const article = data.items.find((i) => i.kind === "article" && i.item.body.text.includes("\n"));
    const word = service.item.name.text.split(/\s+/)[0];
    const pages = [
      guide(lang),
      guide(lang, "services", service.id),
      guide(lang, "articles", article.id),
      guide(lang, "events"),
      `${guide(lang, "search")}?q=${encodeURIComponent(word)}`,
    ];
    for (const url of pages) {
      await open(page, url);
      if (url.includes("/search")) await page.locator(".search-results p").waitFor();
      const { violations } = await new AxeBuilder({ page }).analyze();
      const found = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      assert.deepEqual(found, [], `axe on ${pathOf(url)}`);
    }
  });
}

test("no request went to another origin, and nothing failed", { skip }, async () => {
  assert.ok(requests.length > 0, "requests were recorded");
  assert.deepEqual(foreignRequests(requests, BASE), []);
  // Requests refused while offline are expected; other errors are not.
  const unexpected = errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/.test(e));
  assert.deepEqual(unexpected, []);
});
