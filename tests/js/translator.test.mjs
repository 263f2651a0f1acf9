// Browser test of what translators and editors meet first in the editing app, on a
// 360 px phone, against a real hospes server started with `--demo`: the translation
// screen (the source readable, full-width boxes, "up to date" only once every text is
// translated and marked done, publishing it to readers, what changed in an outdated
// source, badges told apart by words and shapes), a service's categories by name from
// the city's own list, the readers' suggestions linked from the dashboard and linking
// to the item, the city's name instead of its slug, and the history's "Imported" with
// the time of the import, not 1970.
//
// The Rust harness (tests/tests/browser.rs) starts the server, adds the accounts and runs
//   HOSPES_URL=... HOSPES_CITY=sample-city HOSPES_PASSPHRASE=... node --test tests/js/translator.test.mjs
// Accounts: editor "edda", translator into Arabic "tara", city admin "cara", all with
// HOSPES_PASSPHRASE.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { foreignRequests, launchChromium } from "./chromium.mjs";
import { signedIn as signedInAs, until } from "./editor-session.mjs";

const BASE = process.env.HOSPES_URL;
const CITY = process.env.HOSPES_CITY ?? "sample-city";
const PASSPHRASE = process.env.HOSPES_PASSPHRASE;
const skip = BASE && PASSPHRASE ? false : "HOSPES_URL or HOSPES_PASSPHRASE is not set (the Rust test harness sets them)";
const PHONE = { width: 360, height: 740 };

/** @type {import("playwright-core").Browser} */
let browser;
const requests = [];
const people = {};
let cityName;
/** The demo's legal advice desk ("Permanence juridique gratuite"), as readers get it in the source language. */
let legal;
/** A guide article whose text has headings and lists. */
let article;

before(async () => {
  if (skip) return;
  browser = await launchChromium();
  const city = await getJson(`/api/v1/cities/${CITY}`);
  cityName = city.name;
  const bundle = await getJson(`/api/v1/cities/${CITY}/${city.source_language}/bundle`);
  legal = bundle.items.find((i) => i.kind === "service" && i.item.name.text === "Permanence juridique gratuite");
  assert.ok(legal, "the demo has the legal advice desk");
  article = bundle.items.find((i) => i.kind === "article" && /\n- /.test(i.item.body.text) && /## /.test(i.item.body.text));
  assert.ok(article, "the demo has an article with a heading and a list");
  for (const name of ["edda", "tara"]) people[name] = await signedIn(name);
});

after(async () => {
  await browser?.close();
});

async function getJson(path) {
  const response = await fetch(BASE + path, { cache: "no-store" });
  assert.equal(response.status, 200, `GET ${path}`);
  return response.json();
}

async function signedIn(name) {
  const context = await browser.newContext({ locale: "en-US", serviceWorkers: "allow", viewport: PHONE });
  return signedInAs(browser, { base: BASE, city: CITY, name, passphrase: PASSPHRASE, requests, context });
}

/** The translation screen of `id` into Arabic, once its boxes are drawn. */
async function translationScreen(page, id) {
  await page.goto(`${BASE}/edit/${CITY}/translate/ar/${id}`);
  await page.locator(".translation-row textarea").first().waitFor();
}

/** Where Arabic stands for `id`, as the server says. */
async function statusOnServer(id) {
  const response = await people.edda.context.request.get(`${BASE}/api/v1/documents/${id}/translations`);
  assert.equal(response.status(), 200);
  return (await response.json()).languages.find((l) => l.language === "ar")?.status;
}

const badge = (page) => page.locator(".translation-status");

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A message with arguments as Fluent shows it (each argument may be wrapped in bidi isolation marks); the rest of the text free. */
const fluent = (...parts) => new RegExp(parts.map((part, i) => (i % 2 === 0 ? escape(part) : `\u2068?${escape(part)}\u2069?`)).join(""));

test("the translation screen on a phone: the source readable, the boxes full width", { skip }, async () => {
  const { page } = people.tara;
  await translationScreen(page, article.id);
  const body = page.locator(".translation-row .source").nth(1);
  // The article's Markdown is drawn: its heading and list items, not "## " and "- ".
  await body.locator("li").first().waitFor();
  assert.ok((await body.locator("h2, h3").count()) > 0, "the body's headings are headings");
  assert.ok(!(await body.innerText()).includes("## "), "no raw Markdown");
  for (const box of await page.locator(".translation-row textarea").all()) {
    const { width } = await box.boundingBox();
    assert.ok(width >= 300, `a box is ${width} px wide on a ${PHONE.width} px screen`);
  }
  // Plain texts keep their line breaks.
  await translationScreen(page, legal.id);
  assert.equal(await page.locator(".translation-row .source").first().evaluate((node) => getComputedStyle(node).whiteSpace), "pre-wrap");
});

test("a translation is up to date only once every text is translated and marked done; an editor publishes it to readers", { skip }, async () => {
  const { page } = people.tara;
  await translationScreen(page, legal.id);
  // The demo's Arabic was made from an older source, which the device cannot show.
  await badge(page).and(page.locator('[data-status="outdated"]')).waitFor();
  await page.getByText("This device cannot show what changed").waitFor();

  // Typing the title only does not make it up to date.
  const name = `استشارة قانونية مجانية ${process.pid}`;
  const boxes = page.locator(".translation-row textarea");
  await boxes.first().fill(name);
  // The demo's Arabic lacks a text the source has.
  await page.getByText(/^Texts still to translate: \u2068?[1-9]/).waitFor();
  await page.getByRole("button", { name: "Mark as done" }).click();
  await page.getByText(/^Translate every text first\. Still empty: \u2068?[1-9]/).waitFor();
  assert.equal(await badge(page).getAttribute("data-status"), "outdated");
  // The empty one gets its text; done.
  for (const box of await boxes.all()) if (!(await box.inputValue()).trim()) await box.fill("بموعد مسبق فقط");
  await page.getByText("Every text is translated.").waitFor();
  await page.getByRole("button", { name: "Mark as done" }).click();
  await badge(page).and(page.locator('[data-status="up-to-date"]')).waitFor();
  assert.equal(await badge(page).locator(".shape").innerText(), "✓");
  assert.match(await badge(page).innerText(), /Up to date/);
  await page.locator(".sync-status", { hasText: "Synced" }).waitFor();
  await until("the server says Arabic is up to date", async () => (await statusOnServer(legal.id)) === "up-to-date");
  // A translator does not publish: an editor does.
  await page.getByText("Readers see the translation once an editor publishes it.").waitFor();
  assert.equal(await page.getByRole("button", { name: "Publish the translation" }).count(), 0);
  const readersName = async () => (await getJson(`/api/v1/cities/${CITY}/ar/items/${legal.id}`)).item.name;
  assert.notEqual((await readersName()).text, name, "readers do not see it before it is published");

  const editor = people.edda.page;
  await translationScreen(editor, legal.id);
  await badge(editor).and(editor.locator('[data-status="up-to-date"]')).waitFor();
  await editor.getByRole("button", { name: "Publish the translation" }).click();
  await editor.getByText("Published. Readers now see this translation.").waitFor();
  const seen = await readersName();
  assert.equal(seen.text, name);
  assert.equal(seen.lang, "ar");
});

test("an outdated translation shows what changed in the source, word by word", { skip }, async () => {
  // The editor changes the source (not a small correction): the Arabic is outdated.
  const editor = people.edda.page;
  await editor.goto(`${BASE}/edit/${CITY}/services/${legal.id}`);
  const description = editor.getByLabel("What it is", { exact: true });
  await description.waitFor();
  const added = `Permanence supplémentaire ${process.pid}.`;
  await description.fill(`${await description.inputValue()} ${added}`);
  await editor.locator(".sync-status", { hasText: "Synced" }).waitFor();
  await until("the server says Arabic is outdated", async () => (await statusOnServer(legal.id)) === "outdated");

  const { page } = people.tara;
  await translationScreen(page, legal.id);
  await badge(page).and(page.locator('[data-status="outdated"]')).waitFor();
  await page.getByText("What changed is marked above each box.").waitFor();
  const change = page.locator(".translation-row .source-change").filter({ has: page.locator("ins") });
  await change.first().waitFor();
  assert.equal(await change.count(), 1, "only the description changed");
  assert.match(await change.locator("ins").innerText(), new RegExp(`Permanence supplémentaire ${process.pid}`));
  // Unchanged texts show no change.
  assert.equal(await page.locator(".translation-row .source-change:not([hidden])").count(), 1);
});

test("the statuses differ in words, shape and colour", { skip }, async () => {
  const { page } = people.tara;
  await page.goto(`${BASE}/edit/${CITY}/translate?lang=ar`);
  await page.locator("#translation-items .translation-badge").first().waitFor();
  // The app's stylesheet may still be on its way when the list is drawn (a busy machine).
  await page.waitForFunction(() => getComputedStyle(document.querySelector("#translation-items .translation-badge")).display === "inline-flex");
  const seen = await page.locator("#translation-items .translation-badge").evaluateAll((badges) =>
    badges.map((b) => ({
      status: b.dataset.status,
      shape: b.querySelector(".shape")?.textContent,
      words: b.textContent,
      colour: getComputedStyle(b).color,
      background: getComputedStyle(b).backgroundColor,
    })),
  );
  const byStatus = new Map(seen.map((b) => [b.status, b]));
  assert.ok(byStatus.has("outdated") && byStatus.has("up-to-date"), `statuses shown: ${[...byStatus.keys()]}`);
  const shapes = new Set([...byStatus.values()].map((b) => b.shape));
  assert.equal(shapes.size, byStatus.size, "a shape of its own for each status");
  const looks = new Set([...byStatus.values()].map((b) => `${b.colour} ${b.background}`));
  assert.equal(looks.size, byStatus.size, "a colour of its own for each status");
  for (const b of byStatus.values()) assert.ok(b.words.trim().length > 2, `${b.status} says it in words`);
});

test("a service's categories are named from the city's list, and another can be added", { skip }, async () => {
  const { page } = people.edda;
  const city = await getJson(`/api/v1/cities/${CITY}`);
  // Straight into the screen, as after a reload.
  await page.goto(`${BASE}/edit/${CITY}/services/${legal.id}`);
  const categories = page.getByRole("group", { name: "Categories" });
  await categories.getByLabel("Legal advice and residence", { exact: true }).waitFor();
  assert.ok(await categories.getByLabel("Legal advice and residence", { exact: true }).isChecked());
  assert.equal(await categories.getByRole("checkbox").count(), city.categories.length);
  assert.equal(await categories.getByLabel("legal-and-residence", { exact: true }).count(), 0, "no raw id");
  const other = city.categories.find((c) => c.id !== "legal-and-residence");
  await categories.getByLabel(other.names.en, { exact: true }).check();
  await page.locator(".sync-status", { hasText: "Synced" }).waitFor();
  await page.reload();
  await categories.getByLabel(other.names.en, { exact: true }).waitFor();
  assert.ok(await categories.getByLabel(other.names.en, { exact: true }).isChecked(), "kept");
  await categories.getByLabel(other.names.en, { exact: true }).uncheck();
  await page.locator(".sync-status", { hasText: "Synced" }).waitFor();
});

test("the dashboard links the readers' suggestions, with how many are open; each links to its item", { skip }, async () => {
  const sent = await fetch(`${BASE}/api/v1/cities/${CITY}/suggestions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ client_id: `phone-${process.pid}`, item: legal.id, language: "fr", topic: "hours", message: "Fermé le lundi" }),
  });
  assert.equal(sent.status, 202);
  const { page } = people.edda;
  await page.goto(`${BASE}/edit/${CITY}`);
  const link = page.locator("a.suggestions-link");
  await link.getByText(fluent("Open: ", "1")).waitFor();
  await link.click();
  await page.waitForURL((url) => url.pathname === `/suggestions/${CITY}`);
  await page.getByRole("heading", { name: fluent("Suggestions for ", cityName), level: 1 }).waitFor();
  const about = page.getByRole("link", { name: fluent("About: ", "Permanence juridique gratuite") });
  await about.waitFor();
  await about.click();
  await page.waitForURL((url) => url.pathname === `/edit/${CITY}/services/${legal.id}`);
  await page.locator("form.editor-form").waitFor();
});

test("pages name the city, not its slug; an imported change has no 1970 date", { skip }, async () => {
  const { page } = people.edda;
  await page.goto(`${BASE}/edit/${CITY}`);
  await page.getByRole("heading", { name: fluent("Editing ", cityName), level: 1 }).waitFor();

  // The history of a demo item: "Imported", when the demo was seeded (the app shows no
  // date at all for a change made without a clock, as older seeds were).
  await page.goto(`${BASE}/edit/${CITY}/articles/${article.id}`);
  await page.getByText("History", { exact: true }).click();
  const imported = page.locator(".history-list li").filter({ has: page.locator("strong", { hasText: /^Imported$/ }) });
  await imported.first().waitFor();
  for (const line of await imported.locator(".history-line").allInnerTexts()) assert.doesNotMatch(line, /1970/);
  const when = await imported.first().locator("time").getAttribute("datetime");
  assert.ok(Math.abs(Date.parse(when) - Date.now()) < 24 * 3600 * 1000, `imported at ${when}, when the server seeded the demo`);

  // The city admin signs in to the admin page (no guide of their own to wait for).
  const admin = { context: await browser.newContext({ locale: "en-US", viewport: PHONE }) };
  try {
    admin.page = await admin.context.newPage();
    await admin.page.goto(`${BASE}/sign-in?next=${encodeURIComponent(`/admin/${CITY}`)}`);
    await admin.page.getByLabel("Name", { exact: true }).fill("cara");
    await admin.page.getByLabel("Passphrase", { exact: true }).fill(PASSPHRASE);
    await admin.page.getByRole("button", { name: "Sign in" }).click();
    await admin.page.waitForURL((url) => url.pathname === `/admin/${CITY}`);
    await admin.page.getByRole("heading", { name: fluent("Manage ", cityName), level: 1 }).waitFor();
    await admin.page.getByRole("button", { name: "Create invitation link" }).click();
    const inviteUrl = await admin.page.getByLabel("Invitation link", { exact: true }).inputValue();
    const guest = await browser.newContext({ locale: "en-US", viewport: PHONE });
    try {
      const invited = await guest.newPage();
      await invited.goto(inviteUrl);
      await invited.getByText(fluent("You are invited to ", cityName, " with the role")).waitFor();
    } finally {
      await guest.close();
    }
  } finally {
    await admin.context.close();
  }
});

for (const locale of ["en", "ar"]) {
  test(`axe finds no violation on the translation screens on a phone in ${locale}`, { skip }, async () => {
    const { page } = people.tara;
    await page.evaluate((code) => localStorage.setItem("hospes.locale", code), locale);
    for (const path of [`/edit/${CITY}/translate?lang=ar`, `/edit/${CITY}/translate/ar/${legal.id}`, `/edit/${CITY}/translate/ar/${article.id}`]) {
      await page.goto(BASE + path);
      await page.locator(".editor-content h1").waitFor();
      await page.locator(`html[lang="${locale}"]`).waitFor();
      await page.locator(".translation-badge").first().waitFor();
      const { violations } = await new AxeBuilder({ page }).analyze();
      const found = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      assert.deepEqual(found, [], `axe on ${path} in ${locale}`);
    }
    await page.evaluate(() => localStorage.setItem("hospes.locale", "en"));
  });
}

test("no request went to another origin", { skip }, async () => {
  assert.ok(requests.length > 0);
  assert.deepEqual(foreignRequests(requests, BASE), []);
});
