// Browser test of the reader's calendar as a newcomer expects it, against a real hospes
// server started with `--demo`: the whole stored calendar month by month (offline),
// Gregorian dates in Farsi, Tigrinya words where Chromium has no Tigrinya data, Arabic
// punctuation, a 24-hour helpline, and every page's description and link texts.
//
// The Rust harness (tests/tests/browser.rs) starts the server and runs
//   HOSPES_URL=... HOSPES_CITY=sample-city node --test tests/js/reader-calendar.test.mjs
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import decodeQR from "qr/decode.js";
import { pathOf } from "./chromium.mjs";
import { BASE, CITY, assertNothingForeignOrFailed, bundle, guide, openGuide, readerSession, skip } from "./reader-session.mjs";
import { PDFDocument } from "pdf-lib";

/** @type {import("playwright-core").Page} */
let page;
const session = readerSession((opened) => {
  page = opened.page;
});

const open = (url) => openGuide(page, url);

/** Text without Fluent's bidi isolation marks. */
const plain = (text) => text.replace(/[\u2068\u2069]/g, "").trim();

/** The UI language, chosen in the header (the reader's own choice, kept). */
async function chooseUi(code) {
  await page.locator("select#language").selectOption(code);
  await page.locator(`html[lang="${code}"]`).waitFor();
}

/** A month's names in a language and calendar, from Node's ICU (CLDR). */
const monthNames = (lang, calendar) =>
  [...Array(12).keys()].map((m) =>
    new Intl.DateTimeFormat(lang, { calendar, month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2026, m, 15))),
  );

/** The later occurrences (after the first four weeks) of the stored calendar, earliest first. */
function laterOccurrences(data) {
  const { calendar } = data;
  // The page's first four weeks: from the city's today (the day after the calendar's first).
  const last = new Date(Date.parse(`${calendar.from}T00:00Z`) + 28 * 86_400_000).toISOString().slice(0, 10);
  const events = new Set(data.items.filter((i) => i.kind === "event").map((i) => i.id));
  return calendar.occurrences.filter((o) => events.has(o.id) && o.start.slice(0, 10) > last);
}

test("later events: the stored calendar month by month, offline", { skip }, async () => {
  const en = await bundle("en");
  const later = laterOccurrences(en);
  assert.ok(later.length > 0, "the demo has events after the coming four weeks");
  const months = [...new Set(later.map((o) => o.start.slice(0, 7)))];

  await open(guide("en", "events"));
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.locator('html[data-guide="ready"]').waitFor();
  await session.context.setOffline(true);
  try {
    await open(guide("en", "events"));
    const links = page.locator(".later-months a");
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((as) => as.map((a) => new URL(a.href).searchParams.get("month")));
    // Every later month with events, and only those (the first may begin inside the four weeks).
    assert.deepEqual(hrefs, months);

    // The last stored month: each of its events, then the note that the phone knows no further.
    const month = months.at(-1);
    await page.locator(`.later-months a[href$="month=${month}"]`).click();
    await page.waitForURL((url) => url.searchParams.get("month") === month);
    await page.locator("main h2.period").waitFor();
    const events = new Set(en.items.filter((i) => i.kind === "event").map((i) => i.id));
    const inMonth = en.calendar.occurrences.filter((o) => events.has(o.id) && o.start.startsWith(month));
    for (const occurrence of inMonth) {
      const title = en.items.find((i) => i.id === occurrence.id).item.title.text;
      await page.locator(`section.day a[href$="/events/${occurrence.id}"]`, { hasText: title }).first().waitFor();
    }
    assert.equal(await page.locator("section.day li").count(), inMonth.length);
    const [year, number] = month.split("-").map(Number);
    const monthEnd = new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
    if (en.calendar.occurrences_to < monthEnd) await page.locator("p", { hasText: "This phone knows the events until" }).waitFor();
    assert.equal(await page.locator(".month-pager a", { hasText: "Next:" }).count(), 0, "no month past the stored calendar");

    // Paging back a month (it is after this one) and returning to the coming weeks.
    const previous = new Date(Date.UTC(year, number - 2, 1)).toISOString().slice(0, 7);
    await page.locator(".month-pager a", { hasText: "Earlier:" }).click();
    await page.waitForURL((url) => url.searchParams.get("month") === previous);
    await page.locator(".month-pager a", { hasText: "Next:" }).waitFor();
    await page.locator(".month-pager a", { hasText: "The coming four weeks" }).click();
    await page.waitForURL((url) => !url.searchParams.has("month"));
    await page.locator(".later-months").waitFor();

    // An address that names no month says so, and shows the coming weeks.
    await open(`${guide("en", "events")}?month=2027-13`);
    await page.locator(".status-banner", { hasText: "This address does not name a month" }).waitFor();
    await page.locator(".later-months").waitFor();
  } finally {
    await session.context.setOffline(false);
  }
});

test("the events pages: every section has a heading, and axe finds nothing", { skip }, async () => {
  const en = await bundle("en");
  const month = laterOccurrences(en)[0].start.slice(0, 7);
  for (const url of [guide("en", "events"), `${guide("en", "events")}?month=${month}`]) {
    await open(url);
    const headless = await page.locator("main section").evaluateAll((sections) =>
      sections.filter((s) => !s.querySelector(":scope > h2, :scope > h3, :scope > h4")).map((s) => s.className),
    );
    assert.deepEqual(headless, [], `sections without a heading on ${pathOf(url)}`);
    const { violations } = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), [], `axe on ${pathOf(url)}`);
  }
});

test("a helpline open all day says so, with no closing time", { skip }, async () => {
  const en = await bundle("en");
  const allDay = Object.entries(en.calendar.openings).find(([, openings]) =>
    openings.some(([opens, closes, appointment]) => !appointment && opens.endsWith("T00:00") && closes.endsWith("T23:59")),
  );
  assert.ok(allDay, "the demo has a service open from 00:00 to 23:59");
  const [id, openings] = allDay;
  const everyDay = openings.filter(([opens, closes]) => opens.endsWith("T00:00") && closes.endsWith("T23:59")).length >= 7;
  await open(guide("en", "services", id));
  const hours = page.locator(".hours-list");
  await hours.waitFor();
  const text = await hours.innerText();
  assert.doesNotMatch(text, /11:59|23:59/, text);
  assert.match(text, /Open 24 hours/, text);
  if (everyDay) {
    const state = page.locator('.open-state[data-state="open"]');
    assert.equal(plain(await state.innerText()), "Open now, 24 hours a day");
  }
});

test("Farsi: events and hours in the Gregorian calendar, as the news are", { skip }, async () => {
  const fa = await bundle("fa");
  // The UI follows the guide's language.
  await open(guide("fa", "events"));
  await page.locator('html[lang="fa"]').waitFor();
  const headings = (await page.locator("section.day h3").allInnerTexts()).map(plain);
  assert.ok(headings.length > 0);
  const gregorian = monthNames("fa", "gregory");
  const solar = monthNames("fa", "persian");
  for (const heading of headings) {
    assert.ok(gregorian.some((name) => heading.includes(name)), `a Gregorian month in "${heading}"`);
    assert.ok(!solar.some((name) => heading.includes(name)), `no Solar Hijri month in "${heading}"`);
  }
  const service = Object.keys(fa.calendar.openings).find((id) => fa.calendar.openings[id].length > 0);
  await open(guide("fa", "services", service));
  const days = (await page.locator(".hours-list dt").allInnerTexts()).map(plain).filter((d) => /\d|[۰-۹]/.test(d));
  for (const day of days) assert.ok(!solar.some((name) => day.includes(name)), `no Solar Hijri month in "${day}"`);
});

test("Tigrinya: months, weekdays, times and 'updated ...' in Tigrinya even where the browser has no Tigrinya data", { skip }, async () => {
  await open(guide("en", "events"));
  await chooseUi("ti");
  const ti = readFileSync(new URL("../../i18n/ti.ftl", import.meta.url), "utf8");
  const names = (id) => [...ti.split(`\n${id} =`)[1].split("\n    }")[0].matchAll(/\] (.+)$/gm)].map((m) => m[1].trim());
  const months = names("date-month");
  const weekdays = names("date-weekday");
  assert.equal(months.length, 12);
  const english = /January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\bM\d{1,2}\b|AM|PM/;
  const headings = (await page.locator("section.day h3").allInnerTexts()).map(plain);
  assert.ok(headings.length > 0);
  for (const heading of headings) {
    assert.doesNotMatch(heading, english, heading);
    assert.ok(months.some((m) => heading.includes(m)) && weekdays.some((w) => heading.includes(w)), `Tigrinya names in "${heading}"`);
  }
  for (const time of (await page.locator("section.day .when").allInnerTexts()).map(plain)) assert.doesNotMatch(time, english, time);
  const status = plain(await page.locator(".offline-status").innerText());
  assert.doesNotMatch(status, /minute|hour|ago|yesterday/i, status);
  const justNow = ti.match(/^date-just-now = (.+)$/m)[1];
  assert.ok(status.includes(justNow) || /ቅድሚ|ትማሊ/.test(status), status);
  // Back to following the guide's language for the next tests.
  await page.evaluate(() => localStorage.removeItem("hospes.locale"));
});

test("Arabic: dates and times joined with Arabic punctuation only", { skip }, async () => {
  const ar = await bundle("ar");
  await open(guide("ar", "events"));
  await page.locator('html[lang="ar"]').waitFor();
  for (const heading of (await page.locator("section.day h3").allInnerTexts()).map(plain)) assert.doesNotMatch(heading, /,/, heading);
  const weekly = ar.items.find((i) => i.kind === "event" && i.item.rrule);
  await open(guide("ar", "events", weekly.id));
  const dates = (await page.locator(".when li").allInnerTexts()).map(plain);
  assert.ok(dates.length > 1);
  for (const line of dates) {
    assert.doesNotMatch(line, /,/, line);
    assert.match(line, /،/, line);
  }
  await open(guide("ar"));
  for (const line of (await page.locator(".week-list dt").allInnerTexts()).map(plain)) assert.doesNotMatch(line, /,/, line);
  // Two hours on one day, on the service's page and in print.
  const calendar = ar.calendar;
  // Open twice on one of the coming seven days (the page's), and not all day then.
  const today = new Date(Date.parse(`${calendar.from}T00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const week = new Date(Date.parse(`${today}T00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
  const twice = Object.keys(calendar.openings).find((id) => {
    const openings = calendar.openings[id].filter(([opens]) => opens.slice(0, 10) >= today && opens.slice(0, 10) < week);
    if (openings.some(([opens, closes]) => opens.endsWith("T00:00") && closes.endsWith("T23:59"))) return false;
    const days = openings.map(([opens]) => opens.slice(0, 10));
    return days.some((d, i) => days.indexOf(d) !== i);
  });
  assert.ok(twice, "the demo has a service open twice on one of the coming days");
  await open(guide("ar", "services", twice));
  const hours = (await page.locator(".hours-list dd").allInnerTexts()).map(plain);
  assert.ok(hours.some((h) => h.includes("،")), hours.join(" | "));
  for (const line of hours) assert.doesNotMatch(line, /,/, line);
  await open(guide("ar", "print"));
  await page.locator(".print-hours dd").first().waitFor();
  for (const line of (await page.locator(".print-hours dd").allInnerTexts()).map(plain)) assert.doesNotMatch(line, /,/, line);
});

test("every reader page has a description in its language, and no link says only 'Information'", { skip }, async () => {
  const generic = /^(information|infos?|more|here|click here|read more|learn more|link)$/i;
  for (const lang of ["en", "ar"]) {
    const data = await bundle(lang);
    const service = data.items.find((i) => i.kind === "service");
    const article = data.items.find((i) => i.kind === "article");
    const event = data.items.find((i) => i.kind === "event");
    const pages = [
      guide(lang),
      guide(lang, "articles"),
      guide(lang, "articles", article.id),
      guide(lang, "services", service.id),
      guide(lang, "events"),
      guide(lang, "events", event.id),
      `${guide(lang, "search")}?q=a`,
      guide(lang, "print"),
      guide(lang, "archive"),
    ];
    const seen = new Set();
    for (const url of pages) {
      await open(url);
      await page.locator(`html[lang="${lang}"]`).waitFor();
      const description = await page.locator('meta[name="description"]').getAttribute("content");
      assert.ok(description && description.trim().length > 20, `a description on ${pathOf(url)}`);
      if (lang === "ar") assert.match(description, /[\u0600-\u06ff]/, `in Arabic on ${pathOf(url)}: ${description}`);
      else assert.doesNotMatch(description, /[\u0600-\u06ff]/, `in English on ${pathOf(url)}: ${description}`);
      seen.add(description);
      const texts = (await page.locator("a").allInnerTexts()).map(plain);
      assert.deepEqual(texts.filter((t) => generic.test(t)), [], `generic link texts on ${pathOf(url)}`);
    }
    assert.ok(seen.size > 1, "item pages are described by their item");
  }
  for (const url of [`${BASE}/guide`, `${BASE}/guide/${CITY}`]) {
    await page.goto(url);
    await page.locator("main h1").waitFor();
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    assert.ok(description && description.trim().length > 20, `a description on ${pathOf(url)}`);
  }
});

test("the printed guide: regular hours by weekday, and its address written out and as a QR code", { skip }, async () => {
  const en = await bundle("en");
  await open(guide("en", "print"));
  const address = `${BASE}/guide/${CITY}/en`;
  await page.locator(".print-address a", { hasText: address }).waitFor();
  const svg = page.locator('.print-address svg[role="img"]');
  await svg.waitFor();
  assert.equal(await svg.getAttribute("aria-label"), "QR code: this guide online");
  assert.equal(decodeDrawnQr(await svg.getAttribute("viewBox"), await svg.locator("path").getAttribute("d")), address);

  const months = monthNames("en", "gregory");
  const days = (await page.locator(".print-hours dt").allInnerTexts()).map(plain);
  assert.ok(days.length > 0, "services' hours are printed");
  for (const day of days) {
    assert.match(day, /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)( – (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?$/, day);
    assert.ok(!months.some((m) => day.includes(m)), `no date in "${day}"`);
  }
  // The helpline is open all day, every day.
  const helpline = en.items.find(
    (i) => i.kind === "service" && i.item.schedules.some((s) => s.rrule === "FREQ=DAILY" && s.opens_at === "00:00" && s.closes_at === "23:59"),
  );
  const block = page.locator(".print-service", { has: page.locator("h3", { hasText: helpline.item.name.text }) });
  assert.match(plain(await block.locator(".print-hours").innerText()), /Monday – Sunday\s+Open 24 hours/);
});

test("the printed guide is a handout: the demo city's whole guide on at most 6 A4 pages, in ltr and rtl", { skip }, async () => {
  // 24 services and 26 articles; printed in one column at screen size they took 9 pages.
  for (const lang of ["en", "ar"]) {
    await open(guide(lang, "print"));
    await page.locator(".print-service").first().waitFor();
    await page.locator(".print-address svg").waitFor();
    const pdf = await PDFDocument.load(await page.pdf({ format: "A4" }));
    assert.ok(pdf.getPageCount() <= 6, `${lang}: ${pdf.getPageCount()} A4 pages`);
  }
});

/** The text of a QR code drawn as one SVG path of 1x1 squares ("M x y h1v1h-1z"), read back at 4 pixels a module. */
function decodeDrawnQr(viewBox, d) {
  const size = Number(viewBox.split(" ")[2]);
  const dark = new Set([...d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map(([, x, y]) => `${x},${y}`));
  assert.ok(dark.size > 0, "the QR code has dark modules");
  const scale = 4;
  const width = size * scale;
  const data = new Uint8Array(width * width * 4);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      const value = dark.has(`${Math.floor(x / scale)},${Math.floor(y / scale)}`) ? 0 : 255;
      data.set([value, value, value, 255], (y * width + x) * 4);
    }
  }
  return decodeQR({ width, height: width, data });
}

test("no request went to another origin, and nothing failed", { skip }, async () => {
  assertNothingForeignOrFailed(session);
});
