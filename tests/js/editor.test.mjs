// Browser test of the editing app with two people (two browser contexts) and a
// volunteer, against a real hospes server started with `--demo`.
//
// The Rust harness (tests/tests/browser.rs) starts the server, adds the accounts and runs
//   HOSPES_URL=... HOSPES_CITY=sample-city HOSPES_PASSPHRASE=... node --test tests/js/editor.test.mjs
// Accounts: editors "edda" and "ben", volunteer "vola", translator into Arabic "tara",
// all with HOSPES_PASSPHRASE.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { foreignRequests, launchChromium } from "./chromium.mjs";
import { setField, signedIn as signedInAs, until } from "./editor-session.mjs";

const BASE = process.env.HOSPES_URL;
const CITY = process.env.HOSPES_CITY ?? "sample-city";
const PASSPHRASE = process.env.HOSPES_PASSPHRASE;
const skip = BASE && PASSPHRASE ? false : "HOSPES_URL or HOSPES_PASSPHRASE is not set (the Rust test harness sets them)";

/** @type {import("playwright-core").Browser} */
let browser;
const requests = [];
/** The two editors: each a context and a page. */
const people = {};
let event;
let service;
let source;

before(async () => {
  if (skip) return;
  browser = await launchChromium();
  // The editors edit the items' source texts: read them as published in the source language.
  const city = await (await fetch(`${BASE}/api/v1/cities/${CITY}`)).json();
  source = city.source_language;
  const bundle = await (await fetch(`${BASE}/api/v1/cities/${CITY}/${source}/bundle`)).json();
  event = bundle.items.find((i) => i.kind === "event" && !i.item.rrule);
  service = bundle.items.find((i) => i.kind === "service" && i.item.description.text);
  for (const name of ["edda", "ben"]) people[name] = await signedIn(name);
});

after(async () => {
  await browser?.close();
});

async function signedIn(name) {
  return signedInAs(browser, { base: BASE, city: CITY, name, passphrase: PASSPHRASE, requests });
}

const eventForm = (page) => page.goto(`${BASE}/edit/${CITY}/events/${event.id}`).then(() => page.locator("form.editor-form").waitFor());
const serviceForm = (page) => page.goto(`${BASE}/edit/${CITY}/services/${service.id}`).then(() => page.locator("form.editor-form").waitFor());

/** Sets a date-time field the way a person does: type, then leave the field. */
const setDateTime = (page, label, value) => setField(page.getByLabel(label, { exact: true }), value);

async function offline(...names) {
  for (const name of names) await people[name].context.setOffline(true);
}

async function online(...names) {
  for (const name of names) await people[name].context.setOffline(false);
}

async function readerTitle(id) {
  const response = await fetch(`${BASE}/api/v1/cities/${CITY}/${source}/items/${id}`);
  return response.ok ? (await response.json()).item.title.text : null;
}

test("offline edits by two people merge; a reload offline keeps them", { skip }, async () => {
  const { edda, ben } = people;
  const title = `${event.item.title.text} (edda ${process.pid})`;
  const start = "2027-03-03T17:30";
  const original = service.item.description.text;

  await eventForm(edda.page);
  await eventForm(ben.page);
  await offline("edda", "ben");
  await edda.page.getByLabel("Title", { exact: true }).fill(title);
  await setDateTime(ben.page, "Starts", start);
  await serviceForm(edda.page);
  await serviceForm(ben.page);
  await edda.page.getByLabel("What it is", { exact: true }).fill(`Edda: ${original}`);
  await ben.page.getByLabel("What it is", { exact: true }).fill(`${original} Ben.`);
  await edda.page.locator(".sync-status", { hasText: "waiting" }).waitFor();

  // Acceptance 3: the unsynced edits survive a reload with no network (IndexedDB).
  await edda.page.waitForTimeout(500);
  await eventForm(edda.page);
  await edda.page.reload();
  await edda.page.locator("form.editor-form").waitFor();
  assert.equal(await edda.page.getByLabel("Title", { exact: true }).inputValue(), title);
  await serviceForm(edda.page);
  assert.equal(await edda.page.getByLabel("What it is", { exact: true }).inputValue(), `Edda: ${original}`);

  await online("edda", "ben");
  const merged = `Edda: ${original} Ben.`;
  for (const { page } of [edda, ben]) {
    await page.locator(".sync-status", { hasText: "Synced" }).waitFor();
    await until("the description merged", async () => (await page.getByLabel("What it is", { exact: true }).inputValue()) === merged);
    await eventForm(page);
    await until("the title and the start merged", async () =>
      (await page.getByLabel("Title", { exact: true }).inputValue()) === title &&
      (await page.getByLabel("Starts", { exact: true }).inputValue()) === start,
    );
  }
});

test("two start times set at once are shown to both; one person's choice syncs", { skip }, async () => {
  const { edda, ben } = people;
  await eventForm(edda.page);
  await eventForm(ben.page);
  await offline("edda", "ben");
  await setDateTime(edda.page, "Ends", "2027-03-03T20:00");
  await setDateTime(ben.page, "Ends", "2027-03-03T21:00");
  await online("edda", "ben");
  for (const { page } of [edda, ben]) {
    const conflict = page.locator(".conflict:visible");
    await conflict.waitFor();
    await conflict.getByRole("button", { name: /20:00/ }).waitFor();
    await conflict.getByRole("button", { name: /21:00/ }).waitFor();
  }
  // Ben keeps Edda's time.
  await ben.page.locator(".conflict:visible").getByRole("button", { name: /20:00/ }).click();
  for (const [name, { page }] of Object.entries({ ben, edda })) {
    await until(`the conflict is resolved for ${name}`, async () => (await page.locator(".conflict:visible").count()) === 0).catch(async (error) => {
      const ends = await page.getByLabel("Ends", { exact: true }).inputValue();
      throw new Error(`${error.message} (Ends shows ${ends}): ${JSON.stringify(await page.locator(".conflict:visible").evaluateAll((nodes) => nodes.map((n) => n.closest(".field")?.innerText)))}`);
    });
    await until("the chosen end time", async () => (await page.getByLabel("Ends", { exact: true }).inputValue()) === "2027-03-03T20:00");
  }
});

test("readers see no edit until an editor publishes, then exactly that version", { skip }, async () => {
  const { edda } = people;
  await eventForm(edda.page);
  const draft = await edda.page.getByLabel("Title", { exact: true }).inputValue();
  assert.notEqual(draft, event.item.title.text);
  assert.equal(await readerTitle(event.id), event.item.title.text, "readers still see the published title");
  await edda.page.locator(".sync-status", { hasText: "Synced" }).waitFor();
  await edda.page.getByRole("button", { name: "Publish this version" }).click();
  await edda.page.getByText("Published. Readers now see this version.").waitFor();
  assert.equal(await readerTitle(event.id), draft);
  // A later edit stays a draft.
  await edda.page.getByLabel("Title", { exact: true }).fill(`${draft} (draft)`);
  await edda.page.locator(".sync-status", { hasText: "Synced" }).waitFor();
  assert.equal(await readerTitle(event.id), draft);
});

test("the preview shows the draft against what readers see; the history names who changed what and brings back an earlier value", { skip }, async () => {
  const { edda, ben } = people;
  // Edda published the event, then made a draft title ("… (draft)").
  await eventForm(edda.page);
  const draft = await edda.page.getByLabel("Title", { exact: true }).inputValue();
  assert.match(draft, / \(draft\)$/);
  await edda.page.getByText("Preview: what readers will see", { exact: true }).click();
  const preview = edda.page.locator(".preview");
  await preview.getByText(/^One field differs from what readers see/).waitFor();
  const added = await preview.locator(".preview-fields ins").allInnerTexts();
  assert.ok(added.some((text) => text.includes("(draft)")), `the added words are marked: ${JSON.stringify(added)}`);
  assert.deepEqual(await preview.locator(".preview-body > .preview-fields > dt").allInnerTexts(), ["Title"], "only the title differs");

  // Ben sees who changed the title, and brings back the title the event had before.
  await eventForm(ben.page);
  await until("Ben has Edda's draft", async () => (await ben.page.getByLabel("Title", { exact: true }).inputValue()) === draft);
  await ben.page.getByText("History", { exact: true }).click();
  const titleEdits = ben.page.locator(".history-list li").filter({ has: ben.page.locator(".history-field", { hasText: /^Title$/ }) });
  const byEdda = titleEdits.filter({ has: ben.page.locator("strong", { hasText: /^edda$/ }) });
  await byEdda.first().waitFor();
  assert.equal(await byEdda.first().locator(".history-value").innerText(), draft);
  await byEdda.first().getByText("This is the current value.").waitFor();
  const imported = titleEdits.filter({ has: ben.page.locator("strong", { hasText: /^Imported$/ }) });
  assert.equal(await imported.locator(".history-value").innerText(), event.item.title.text);
  await imported.getByRole("button", { name: "Bring back this value", exact: true }).click();
  await until("the earlier title is back", async () => (await ben.page.getByLabel("Title", { exact: true }).inputValue()) === event.item.title.text);
  await until("the history names Ben", async () =>
    (await titleEdits.first().locator("strong").innerText()) === "ben" &&
    (await titleEdits.first().locator(".history-value").innerText()) === event.item.title.text,
  );

  // Edda's form and preview follow: still one field differs, now back to the old title.
  await until("Edda has the earlier title", async () => (await edda.page.getByLabel("Title", { exact: true }).inputValue()) === event.item.title.text);
  await until("Edda's preview shows the words Ben's title removes", async () =>
    (await preview.locator(".preview-fields del").allInnerTexts()).some((text) => text.includes(`edda ${process.pid}`)),
  );
});

test("a volunteer's event made offline in field mode reaches readers by itself", { skip }, async () => {
  const volunteer = await signedIn("vola");
  const title = `Language café in the park ${process.pid}`;
  await volunteer.context.setOffline(true);
  await volunteer.page.getByRole("link", { name: "New event" }).click();
  await volunteer.page.getByLabel("Title", { exact: true }).fill(title);
  await volunteer.page.getByLabel("Date", { exact: true }).fill("2027-03-04");
  await volunteer.page.getByLabel("Starts at", { exact: true }).fill("18:00");
  await volunteer.page.getByLabel("Ends at", { exact: true }).fill("20:00");
  await volunteer.page.getByLabel("Name of the place", { exact: true }).fill("Parc de l'Exemple");
  await volunteer.page.getByRole("button", { name: "Save event" }).click();
  await volunteer.page.waitForURL((url) => url.pathname === `/edit/${CITY}`);
  await volunteer.page.locator("#editor-events a", { hasText: title }).waitFor();
  await volunteer.page.locator(".sync-status", { hasText: "waiting" }).waitFor();
  await volunteer.context.setOffline(false);
  const found = await until(
    "the event is in the readers' guide",
    async () => {
      const bundle = await (await fetch(`${BASE}/api/v1/cities/${CITY}/fr/bundle`)).json();
      return bundle.items.find((i) => i.kind === "event" && i.item.title.text === title);
    },
    60_000,
  );
  assert.equal(found.item.start, "2027-03-04T18:00");
  await volunteer.context.close();
});

test("a translator's work brings Arabic up to date; the editor's source edit outdates it unless minor", { skip }, async () => {
  const { edda } = people;
  const statusOnServer = async () => {
    const response = await edda.context.request.get(`${BASE}/api/v1/documents/${service.id}/translations`);
    assert.equal(response.status(), 200);
    return (await response.json()).languages.find((l) => l.language === "ar")?.status;
  };
  const translator = await signedIn("tara");
  try {
    const { page } = translator;
    await page.goto(`${BASE}/edit/${CITY}/translate/ar/${service.id}`);
    const first = page.locator(".translation-row textarea").first();
    await first.waitFor();
    await first.fill(`ترجمة ${process.pid}`);
    // Every text translated, then marked done (translator.test.mjs shows the steps).
    for (const box of await page.locator(".translation-row textarea").all()) if (!(await box.inputValue()).trim()) await box.fill("نص");
    await page.getByRole("button", { name: "Mark as done" }).click();
    await page.locator('.translation-status[data-status="up-to-date"]').waitFor();
    await page.locator(".sync-status", { hasText: "Synced" }).waitFor();
    await until("the server says Arabic is up to date", async () => (await statusOnServer()) === "up-to-date").catch(async (error) => {
      const response = await edda.context.request.get(`${BASE}/api/v1/documents/${service.id}/translations`);
      throw new Error(`${error.message}: ${await response.text()}`);
    });

    // A small correction of the source keeps it up to date.
    await serviceForm(edda.page);
    await edda.page.getByLabel("Small correction", { exact: false }).check();
    const description = edda.page.getByLabel("What it is", { exact: true });
    await description.fill(`${await description.inputValue()} `);
    await edda.page.locator(".sync-status", { hasText: "Synced" }).waitFor();
    await edda.page.waitForTimeout(1000);
    assert.equal(await statusOnServer(), "up-to-date");

    // A real edit of the source outdates it, on the server and in the workspace.
    await serviceForm(edda.page);
    await description.fill(`${await description.inputValue()}Nouveau.`);
    await edda.page.locator(".sync-status", { hasText: "Synced" }).waitFor();
    await until("the server says Arabic is outdated", async () => (await statusOnServer()) === "outdated");
    await page.goto(`${BASE}/edit/${CITY}/translate?lang=ar&status=outdated`);
    await page.locator("#translation-items a", { hasText: service.item.name.text.slice(0, 10) }).first().waitFor();
    // The language is named as its readers and translators name it.
    assert.equal(await page.locator('select[name="lang"] option[value="ar"]').innerText(), "العربية");
    assert.equal(await page.locator('select[name="lang"] option[value="ar"]').getAttribute("lang"), "ar");
  } finally {
    await translator.context.close();
  }
});

for (const locale of ["en", "ar"]) {
  test(`axe finds no violation on the editing screens in ${locale}`, { skip }, async () => {
    const { page } = people.edda;
    await page.evaluate((code) => localStorage.setItem("hospes.locale", code), locale);
    for (const path of [
      `/edit/${CITY}`,
      `/edit/${CITY}/events/${event.id}`,
      `/edit/${CITY}/services/${service.id}`,
      `/edit/${CITY}/events/new`,
      `/edit/${CITY}/translate`,
      `/edit/${CITY}/translate/ar/${service.id}`,
    ]) {
      await page.goto(BASE + path);
      await page.locator(".editor-content h1").waitFor();
      await page.locator(`html[lang="${locale}"]`).waitFor();
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
