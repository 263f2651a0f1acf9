// Browser test of the service form: a new service made offline with its places,
// opening hours and contacts, published and read back from the readers' bundle
// (with its hours worked out in the calendar); two editors adding places offline;
// wrong values shown and not written; axe in English and Arabic.
//
// The Rust harness (tests/tests/browser.rs) starts a `--demo` server, adds the
// editors "edda" and "ben" (both with HOSPES_PASSPHRASE) and runs
//   HOSPES_URL=... HOSPES_CITY=sample-city HOSPES_PASSPHRASE=... node --test tests/js/editor-service.test.mjs
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
const people = {};
let source;
/** A demo service, published, with one place. */
let demo;
/** The document id of the service test 1 makes. */
let created;
const NAME = `Permanence sociale ${process.pid}`;

before(async () => {
  if (skip) return;
  browser = await launchChromium();
  const city = await (await fetch(`${BASE}/api/v1/cities/${CITY}`)).json();
  source = city.source_language;
  const bundle = await (await fetch(`${BASE}/api/v1/cities/${CITY}/${source}/bundle`)).json();
  demo = bundle.items.find((i) => i.kind === "service" && i.item.locations.length === 1);
  assert.ok(demo, "the demo has a service with one place");
  for (const name of ["edda", "ben"]) people[name] = await signedIn(name);
});

after(async () => {
  await browser?.close();
});

async function signedIn(name) {
  return signedInAs(browser, { base: BASE, city: CITY, name, passphrase: PASSPHRASE, requests });
}

const form = (page, id) => page.goto(`${BASE}/edit/${CITY}/services/${id}`).then(() => page.locator("form.editor-form").waitFor());

/** Fluent isolates its variables (U+2068, U+2069): names and texts without them. */
const plain = (text) => text.replace(/[\u2068\u2069]/g, "");


const place = (page, n) => page.getByRole("group", { name: new RegExp(`^Place\\W*${n}\\W*$`) });
const hours = (page, n) => page.getByRole("group", { name: new RegExp(`^Hours\\W*${n}\\W*$`) });

test("an editor makes a service offline, fills places, hours and contacts, publishes; readers get it with its hours", { skip }, async () => {
  const { context } = people.edda;
  await context.setOffline(true);
  try {
    await makeService();
  } finally {
    await context.setOffline(false);
  }
  await publishedService();
});

async function makeService() {
  const { page } = people.edda;
  await page.goto(`${BASE}/edit/${CITY}/services/new`);
  await page.getByRole("heading", { name: "New service", exact: true }).waitFor();
  // No name: a message, and nothing made.
  await page.getByRole("button", { name: "Create service", exact: true }).click();
  await page.getByRole("alert").filter({ hasText: "Write the name of the service." }).waitFor();
  assert.equal(await page.getByLabel("Name", { exact: true }).getAttribute("aria-invalid"), "true");
  await page.getByLabel("Name", { exact: true }).fill(NAME);
  await page.getByLabel("Organisation that runs it", { exact: true }).fill("Maison d'accueil test");
  await page.getByRole("button", { name: "Create service", exact: true }).click();
  await page.waitForURL((url) => /^\/edit\/[^/]+\/services\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"));
  created = new URL(page.url()).pathname.split("/").pop();
  await page.locator("form.editor-form").waitFor();
  assert.equal(await page.getByLabel("Name", { exact: true }).inputValue(), NAME);
  assert.equal(await page.getByLabel("Organisation that runs it", { exact: true }).inputValue(), "Maison d'accueil test");
  assert.equal(await page.getByRole("checkbox", { name: "Open to everyone, whatever their papers", exact: true }).isChecked(), true);

  const group = (name) => page.getByRole("group", { name, exact: true });
  await group("Categories").getByRole("checkbox", { name: "Health", exact: true }).check();
  await group("Who it is for").getByRole("checkbox", { name: "Women", exact: true }).check();
  await group("Languages the staff speak").getByRole("checkbox", { name: "Arabic", exact: true }).check();

  await page.getByRole("button", { name: "Add a place", exact: true }).click();
  const first = place(page, 1);
  await setField(first.getByLabel("Name of the place", { exact: true }), "Maison de quartier");
  await setField(first.getByLabel("Street and number", { exact: true }), "12 rue du Test");
  await setField(first.getByLabel("Postal code", { exact: true }), "4000");
  await setField(first.getByLabel("Town", { exact: true }), "Sample City");
  await setField(first.getByLabel("Country (two letters, for example BE)", { exact: true }), "be");
  await setField(first.getByLabel("Latitude (optional)", { exact: true }), "50.63");
  await first.getByLabel("Access", { exact: true }).fill("Entrée de plain-pied.");

  await page.getByRole("button", { name: "Add opening hours", exact: true }).click();
  const schedule = hours(page, 1);
  await schedule.getByRole("checkbox", { name: "Monday", exact: true }).check();
  await schedule.getByRole("checkbox", { name: "Wednesday", exact: true }).check();
  await setField(schedule.getByLabel("Opens at", { exact: true }), "09:00");
  await setField(schedule.getByLabel("Closes at", { exact: true }), "12:30");
  await until("the summary says the days and hours", async () =>
    plain(await schedule.locator(".schedule-summary").innerText()) === "Mon, Wed 09:00–12:30",
  ).catch(async (error) => {
    throw new Error(`${error.message}: ${await schedule.locator(".schedule-summary").innerText()}`);
  });
  assert.equal(await schedule.getByRole("checkbox", { name: "By appointment", exact: true }).isChecked(), false);

  await page.getByLabel("New phone number", { exact: true }).fill("+32 4 123 45 67");
  await page.getByRole("button", { name: "Add phone number", exact: true }).click();
  await page.getByLabel(/^Phone number\W*1\W*$/).waitFor();
  await setField(page.getByLabel("Website", { exact: true }), "https://example.org/permanence");
  await page.getByRole("button", { name: "Checked today", exact: true }).click();
  await page.getByText(/Checked on .* by .*edda/).waitFor();
  await page.locator(".sync-status", { hasText: "waiting" }).waitFor();

  // Everything is on the device: a reload offline shows it.
  await page.waitForTimeout(500);
  await page.reload();
  await page.locator("form.editor-form").waitFor();
  assert.equal(await place(page, 1).getByLabel("Street and number", { exact: true }).inputValue(), "12 rue du Test");
  assert.equal(await hours(page, 1).getByLabel("Closes at", { exact: true }).inputValue(), "12:30");
}

async function publishedService() {
  const { page } = people.edda;
  await page.locator(".sync-status", { hasText: "Synced" }).waitFor();
  await page.getByRole("button", { name: "Publish this version", exact: true }).click();
  await page.getByText("Published. Readers now see this version.").waitFor();

  const bundle = await (await fetch(`${BASE}/api/v1/cities/${CITY}/${source}/bundle`)).json();
  const item = bundle.items.find((i) => i.id === created)?.item;
  assert.ok(item, "the service is in the readers' bundle");
  assert.equal(item.name.text, NAME);
  assert.equal(item.organization, "Maison d'accueil test");
  assert.equal(item.source_language, source);
  assert.deepEqual(item.categories, ["health"]);
  assert.deepEqual(item.target_groups, ["women"]);
  assert.deepEqual(item.languages_spoken, ["ar"]);
  assert.equal(item.status, "active");
  assert.equal(item.open_to_all, true);
  assert.equal(item.locations.length, 1);
  const [location] = item.locations;
  assert.match(location.id, /^[a-z0-9]{6}$/);
  assert.deepEqual(location.address, { street: "12 rue du Test", postal_code: "4000", locality: "Sample City", region: "", country: "BE" });
  assert.equal(location.name, "Maison de quartier");
  assert.equal(location.latitude, 50.63);
  assert.equal(location.longitude, null);
  assert.equal(location.accessibility.text, "Entrée de plain-pied.");
  assert.equal(item.schedules.length, 1);
  const [hoursItem] = item.schedules;
  assert.equal(hoursItem.rrule, "FREQ=WEEKLY;BYDAY=MO,WE");
  assert.equal(hoursItem.opens_at, "09:00");
  assert.equal(hoursItem.closes_at, "12:30");
  assert.equal(hoursItem.by_appointment, false);
  assert.deepEqual(hoursItem.closed_dates, []);
  assert.deepEqual(item.contacts, { phones: ["+32 4 123 45 67"], email: "", website: "https://example.org/permanence" });
  assert.equal(item.last_verified.by, "edda");
  assert.match(item.last_verified.date, /^\d{4}-\d{2}-\d{2}$/);

  const openings = bundle.calendar.openings[created];
  assert.ok(openings.length >= 8, `openings on the Mondays and Wednesdays of five weeks: ${JSON.stringify(openings)}`);
  for (const [opens, closes, byAppointment] of openings) {
    assert.match(opens, /^\d{4}-\d{2}-\d{2}T09:00$/);
    assert.equal(closes, `${opens.slice(0, 10)}T12:30`);
    assert.equal(byAppointment, false);
    assert.ok([1, 3].includes(new Date(`${opens.slice(0, 10)}T00:00Z`).getUTCDay()), `${opens} is a Monday or a Wednesday`);
  }
}

test("two editors offline each add a place to the same service; both see both", { skip }, async () => {
  const { edda, ben } = people;
  await form(edda.page, demo.id);
  await form(ben.page, demo.id);
  await edda.context.setOffline(true);
  await ben.context.setOffline(true);
  try {
    await addPlaces();
  } finally {
    await edda.context.setOffline(false);
    await ben.context.setOffline(false);
  }
  await bothPlaces();
});

async function addPlaces() {
  const { edda, ben } = people;
  for (const [name, { page }] of Object.entries({ edda, ben })) {
    await page.getByRole("button", { name: "Add a place", exact: true }).click();
    await setField(place(page, 2).getByLabel("Name of the place", { exact: true }), `${name}'s place`);
    await setField(place(page, 2).getByLabel("Street and number", { exact: true }), `${name} street 1`);
    await page.locator(".sync-status", { hasText: "waiting" }).waitFor();
  }
}

async function bothPlaces() {
  const { edda, ben } = people;
  const names = (page) => page.getByLabel("Name of the place", { exact: true }).evaluateAll((inputs) => inputs.map((i) => i.value));
  for (const [name, { page }] of Object.entries({ edda, ben })) {
    await page.locator(".sync-status", { hasText: "Synced" }).waitFor();
    await until(`${name} sees both new places`, async () => {
      const shown = await names(page);
      return shown.length === 3 && shown.includes("edda's place") && shown.includes("ben's place");
    }).catch(async (error) => {
      throw new Error(`${error.message}: ${JSON.stringify(await names(page))}`);
    });
    assert.equal((await names(page))[0], demo.item.locations[0].name, "the place that was there stays first");
  }
  // Each place kept its own street, whichever order the merge gave them.
  const { page } = edda;
  for (const n of [2, 3]) {
    const group = place(page, n);
    const name = await group.getByLabel("Name of the place", { exact: true }).inputValue();
    assert.equal(await group.getByLabel("Street and number", { exact: true }).inputValue(), `${name.replace("'s place", "")} street 1`);
  }
}

test("closing before opening and a wrong email are shown and not written", { skip }, async () => {
  const { page } = people.edda;
  await form(page, created);
  const schedule = hours(page, 1);
  const closes = schedule.getByLabel("Closes at", { exact: true });
  await setField(schedule.getByLabel("Opens at", { exact: true }), "14:00");
  const timesError = schedule.getByRole("alert").filter({ hasText: "The closing time must be after the opening time." });
  await timesError.waitFor();
  assert.equal(await closes.getAttribute("aria-invalid"), "true");
  const errorId = await timesError.getAttribute("id");
  assert.ok((await closes.getAttribute("aria-describedby")).split(" ").includes(errorId), "the error describes the field");

  const email = page.getByLabel("Email", { exact: true });
  await setField(email, "accueil at example");
  const emailError = page.getByRole("alert").filter({ hasText: "This is not an email address." });
  await emailError.waitFor();
  assert.equal(await email.getAttribute("aria-invalid"), "true");
  assert.ok((await email.getAttribute("aria-describedby")).includes(await emailError.getAttribute("id")));

  await setField(place(page, 1).getByLabel("Latitude (optional)", { exact: true }), "123");
  await place(page, 1).getByRole("alert").filter({ hasText: "Write a number from -90 to 90" }).waitFor();

  // Nothing of it was written: the device's copy still has the old values.
  await page.waitForTimeout(300);
  await page.reload();
  await page.locator("form.editor-form").waitFor();
  assert.equal(await hours(page, 1).getByLabel("Opens at", { exact: true }).inputValue(), "09:00");
  assert.equal(await hours(page, 1).getByLabel("Closes at", { exact: true }).inputValue(), "12:30");
  assert.equal(await page.getByLabel("Email", { exact: true }).inputValue(), "");
  assert.equal(await place(page, 1).getByLabel("Latitude (optional)", { exact: true }).inputValue(), "50.63");
  assert.equal(await page.getByRole("alert").filter({ hasText: "This is not an email address." }).count(), 0);

  // A right value is written; hours past midnight are accepted when said so.
  await setField(page.getByLabel("Email", { exact: true }), "accueil@example.org");
  const night = hours(page, 1);
  await night.getByRole("checkbox", { name: "Closes the next day (open past midnight)", exact: true }).check();
  await setField(night.getByLabel("Opens at", { exact: true }), "20:00");
  await setField(night.getByLabel("Closes at", { exact: true }), "08:00");
  await until("the summary shows the night hours", async () => plain(await night.locator(".schedule-summary").innerText()) === "Mon, Wed 20:00–08:00");
  await page.waitForTimeout(300);
  await page.reload();
  await page.locator("form.editor-form").waitFor();
  assert.equal(await page.getByLabel("Email", { exact: true }).inputValue(), "accueil@example.org");
  assert.equal(await hours(page, 1).getByLabel("Opens at", { exact: true }).inputValue(), "20:00");
  assert.equal(await hours(page, 1).getByRole("checkbox", { name: "Closes the next day (open past midnight)", exact: true }).isChecked(), true);
});

for (const locale of ["en", "ar"]) {
  test(`axe finds no violation on the service forms in ${locale}`, { skip }, async () => {
    const { page } = people.edda;
    await page.evaluate((code) => localStorage.setItem("hospes.locale", code), locale);
    try {
      for (const path of [`/edit/${CITY}/services/${created}`, `/edit/${CITY}/services/new`, `/edit/${CITY}/services/${demo.id}`]) {
        await page.goto(BASE + path);
        await page.locator(".editor-content h1").waitFor();
        await page.locator(`html[lang="${locale}"]`).waitFor();
        if (!path.endsWith("/new")) await page.locator("fieldset.schedule, fieldset.element").first().waitFor();
        const { violations } = await new AxeBuilder({ page }).analyze();
        const found = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        assert.deepEqual(found, [], `axe on ${path} in ${locale}`);
      }
    } finally {
      await page.evaluate(() => localStorage.setItem("hospes.locale", "en"));
    }
  });
}

test("no request went to another origin", { skip }, async () => {
  assert.ok(requests.length > 0);
  assert.deepEqual(foreignRequests(requests, BASE), []);
});
