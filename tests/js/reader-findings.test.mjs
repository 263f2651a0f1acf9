// Browser test of what a newcomer noticed first in the reader (issue 17, findings 5, 7
// and 8), against a real hospes server started with `--demo`: the language chosen
// once and carried through, a way to the city list and one "Home" link, a guide not
// written in the UI language saying so, a web map beside the `geo:` link, a text size
// kept on the phone, news with their dates, no "last checked" in the future, "also
// keep" offline saying it waits and then saving, a live offline notice, and a phone
// line in Arabic with only its number left to right.
//
// The Rust harness (tests/tests/browser.rs) starts the server and runs
//   HOSPES_URL=... HOSPES_CITY=sample-city node --test tests/js/reader-findings.test.mjs
// The steps run in order in one browser context.
import assert from "node:assert/strict";
import { test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { pathOf } from "./chromium.mjs";
import { BASE, CITY, assertNothingForeignOrFailed, bundle, guide, openGuide, readerSession, skip } from "./reader-session.mjs";

/** @type {import("playwright-core").Page} */
let page;
const session = readerSession((opened) => {
  page = opened.page;
});

const open = (url) => openGuide(page, url);

/** Text without Fluent's bidi isolation marks. */
const plain = (text) => text.replace(/[\u2068\u2069]/g, "").replace(/\s+/g, " ").trim();

/** The UI language, chosen in the header (the reader's own choice, kept). */
async function chooseUi(code) {
  await page.locator("select#language").selectOption(code);
  await page.locator(`html[lang="${code}"]`).waitFor();
}

/** Back to a UI that follows the guide's language. */
async function forgetUiChoice() {
  await page.evaluate(() => localStorage.removeItem("hospes.locale"));
}

/** The city's date (`YYYY-MM-DD`) at an instant. */
function cityDate(timeZone, instant) {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(instant));
}

test("the language chosen on the first screen is chosen on the city's step, which names the city", { skip }, async () => {
  const en = await bundle("en");
  assert.ok(en.city.languages.some((l) => l.tag === "uk"), "the demo city's guide is written in Ukrainian");
  await page.goto(`${BASE}/`);
  await page.waitForURL((url) => url.pathname === "/guide" || url.pathname === "/");
  await chooseUi("uk");
  await page.getByRole("link", { name: en.city.name, exact: true }).click();
  await page.waitForURL((url) => url.pathname === `/guide/${CITY}`);
  const heading = page.locator("main h1");
  await heading.waitFor();
  assert.ok(plain(await heading.innerText()).includes(en.city.name), "the step names the city");
  // Ukrainian is chosen already: one tap opens the guide in it.
  assert.equal(await page.locator('input[name="lang"]:checked').getAttribute("value"), "uk");
  await page.locator('form.language-choice button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname === `/guide/${CITY}/uk`);
  await page.locator('html[lang="uk"][data-guide="ready"]').waitFor();
  assert.equal(await page.locator(".ui-language-note").count(), 0, "the guide is written in the UI's language");
  await forgetUiChoice();
});

test("a UI language the city's guide is not written in: the guide and its language step say so", { skip }, async () => {
  const en = await bundle("en");
  assert.ok(!en.city.languages.some((l) => l.tag === "ti"), "the demo city has no Tigrinya guide");
  await open(guide("en"));
  await chooseUi("ti");
  const note = page.locator(".ui-language-note");
  await note.waitFor();
  const text = plain(await note.innerText());
  assert.ok(text.includes("ትግርኛ") && text.includes(en.city.name) && text.includes("English"), text);

  await page.goto(`${BASE}/guide/${CITY}`);
  await page.locator("main .fallback-note").waitFor();
  const said = plain(await page.locator("main .fallback-note").innerText());
  assert.ok(said.includes("ትግርኛ") && said.includes(en.city.name), said);
  assert.equal(await page.locator('input[name="lang"]:checked').count(), 0, "no language is chosen for the reader");
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), [], "axe on the language step");
  await forgetUiChoice();
});

test("every guide page has one 'Home' link, and a link to the list of cities", { skip }, async () => {
  const en = await bundle("en");
  const service = en.items.find((i) => i.kind === "service");
  for (const url of [guide("en"), guide("en", "services", service.id), guide("en", "events")]) {
    await open(url);
    assert.equal(await page.getByRole("link", { name: "Home", exact: true }).count(), 1, `one Home link on ${pathOf(url)}`);
  }
  await page.getByRole("link", { name: "All cities", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/guide");
  const cities = await (await fetch(`${BASE}/api/v1/cities`)).json();
  assert.ok(cities.length > 1, "the demo has two cities");
  for (const city of cities) await page.getByRole("link", { name: city.name, exact: true }).waitFor();
});

test("a place links to the phone's map app and to the map's website", { skip }, async () => {
  const en = await bundle("en");
  const service = en.items.find((i) => i.kind === "service" && i.item.locations.some((l) => l.latitude !== null && l.longitude !== null));
  const place = service.item.locations.find((l) => l.latitude !== null);
  await open(guide("en", "services", service.id));
  const geo = page.locator('.place a[href^="geo:"]').first();
  await geo.waitFor();
  const web = page.locator('.place a[href^="https://www.openstreetmap.org/"]').first();
  const href = await web.getAttribute("href");
  assert.ok(href.includes(`mlat=${place.latitude}`) && href.includes(`mlon=${place.longitude}`), href);
  assert.match(await web.getAttribute("rel"), /noreferrer/);
  assert.equal(plain(await web.innerText()), "Open the map on openstreetmap.org");
});

test("the text size is chosen once and kept on this phone", { skip }, async () => {
  await open(guide("en"));
  const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const normal = await rootSize();
  const title = page.locator("main h1");
  const normalTitle = (await title.boundingBox()).height;
  await page.locator('select[name="text-size"]').selectOption("larger");
  await page.locator('html[data-text-size="larger"]').waitFor();
  assert.equal(await rootSize(), normal * 1.5);
  assert.ok((await title.boundingBox()).height > normalTitle, "the text grew");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scrolling at the largest size (${overflow} px)`);

  await page.reload();
  await page.locator('html[data-text-size="larger"][data-guide="ready"]').waitFor();
  assert.equal(await page.locator('select[name="text-size"]').inputValue(), "larger");
  await page.locator('select[name="text-size"]').selectOption("normal");
  await page.waitForFunction(() => !document.documentElement.dataset.textSize);
  assert.equal(await rootSize(), normal);
});

test("news from the city carry the day they were published, in the Gregorian calendar", { skip }, async () => {
  for (const lang of ["en", "fa"]) {
    const data = await bundle(lang);
    const today = cityDate(data.city.time_zone, Date.now());
    const notices = data.items.filter((i) => i.kind === "article" && i.item.notice_until && i.item.notice_until >= today);
    assert.ok(notices.length > 0, "the demo has news");
    await open(guide(lang));
    for (const notice of notices) {
      const item = page.locator(".notices li", { has: page.locator(`a[href$="/articles/${notice.id}"]`) });
      const date = item.locator("time");
      assert.equal(await date.getAttribute("datetime"), cityDate(data.city.time_zone, Date.parse(notice.published_at)));
      const [year, month, day] = (await date.getAttribute("datetime")).split("-").map(Number);
      const shown = plain(await date.innerText());
      const monthName = new Intl.DateTimeFormat(lang, { calendar: "gregory", month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, day)));
      assert.ok(shown.includes(monthName), `"${shown}" names ${monthName}`);
    }
  }
});

test("no service says it was checked later than today", { skip }, async () => {
  const en = await bundle("en");
  const today = cityDate(en.city.time_zone, Date.now());
  const checked = en.items.filter((i) => i.kind === "service" && i.item.last_verified?.date);
  assert.ok(checked.length > 0);
  for (const service of checked) assert.ok(service.item.last_verified.date <= today, `${service.item.name.text}: ${service.item.last_verified.date}`);
  const newest = checked.reduce((a, b) => (a.item.last_verified.date >= b.item.last_verified.date ? a : b));
  await open(guide("en", "services", newest.id));
  const [year, month, day] = newest.item.last_verified.date.split("-").map(Number);
  const written = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, day)));
  const line = page.locator("article p.muted", { hasText: "Last checked on" });
  assert.equal(plain(await line.innerText()), `Last checked on ${written}`);
});

test("offline: a notice at the top comes and goes, and 'also keep' says it waits, then saves once online", { skip }, async () => {
  const en = await bundle("en");
  // A language this phone has not opened yet.
  const other = en.city.languages.find((l) => !["en", "uk"].includes(l.tag));
  await open(guide("en"));
  const notice = page.locator(".offline-notice");
  assert.equal(await notice.isVisible(), false, "no offline notice online");
  const line = page.locator(".kept-languages li", { has: page.locator(`.language-name[lang="${other.tag}"]`) });
  const keep = line.locator("button");
  await line.locator('button[aria-pressed="false"]').waitFor();
  assert.equal(plain(await keep.innerText()), `Also keep ${other.name}`);
  await session.context.setOffline(true);
  try {
    await notice.waitFor({ state: "visible" });
    assert.match(plain(await notice.innerText()), /You are offline/);
    await keep.click();
    const waiting = line.locator('.kept-waiting[role="status"]', { hasText: "will be saved on this phone once it is online" });
    await waiting.waitFor();
    assert.equal(plain(await waiting.innerText()), `You are offline: ${other.name} will be saved on this phone once it is online.`);
    assert.equal(await keep.isVisible(), false, "nothing to press while it waits");
  } finally {
    await session.context.setOffline(false);
  }
  await notice.waitFor({ state: "hidden" });
  // Back online, it is saved without the reader doing anything more.
  await line.locator('button[aria-pressed="true"]').waitFor();
  assert.equal(plain(await keep.innerText()), `Remove ${other.name} from this phone`);
  assert.equal(await page.evaluate(() => localStorage.getItem("hospes.guides.waiting")), "[]");
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem("hospes.guides.kept")));
  assert.ok(kept.some((k) => k.lang === other.tag), JSON.stringify(kept));
});

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
  assertNothingForeignOrFailed(session);
});
