// Browser test of the guide's articles and the city's settings in the editing app,
// against a real hospes server started with `--demo`.
//
// The Rust harness (tests/tests/browser.rs) starts the server, adds the accounts and runs
//   HOSPES_URL=... HOSPES_CITY=sample-city HOSPES_PASSPHRASE=... node --test tests/js/editor-guide.test.mjs
// Accounts: editors "edda" and "ben", volunteer "vola", all with HOSPES_PASSPHRASE.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { foreignRequests, launchChromium } from "./chromium.mjs";
import { loaded, signedIn as signedInAs, until } from "./editor-session.mjs";

const BASE = process.env.HOSPES_URL;
const CITY = process.env.HOSPES_CITY ?? "sample-city";
const PASSPHRASE = process.env.HOSPES_PASSPHRASE;
const skip = BASE && PASSPHRASE ? false : "HOSPES_URL or HOSPES_PASSPHRASE is not set (the Rust test harness sets them)";

/** @type {import("playwright-core").Browser} */
let browser;
const requests = [];
const people = {};
let source;
/** A top-level article with articles under it, as readers get it. */
let parent;
/** The article the first test makes (id and title). */
const made = {};

before(async () => {
  if (skip) return;
  browser = await launchChromium();
  source = (await getJson(`/api/v1/cities/${CITY}`)).source_language;
  const bundle = await getJson(`/api/v1/cities/${CITY}/${source}/bundle`);
  const articles = bundle.items.filter((i) => i.kind === "article");
  parent = articles.find((a) => !a.item.parent && articles.some((c) => c.item.parent === a.id));
  assert.ok(parent, "the demo has an article with articles under it");
  for (const name of ["edda", "ben"]) people[name] = await signedIn(name);
});

after(async () => {
  await browser?.close();
});

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A message with arguments as Fluent shows it: each argument may be wrapped in bidi isolation marks. */
const fluent = (...parts) =>
  new RegExp(`^${parts.map((part, i) => (i % 2 === 0 ? escape(part) : `\u2068?${escape(part)}\u2069?`)).join("")}$`);

async function getJson(path) {
  const response = await fetch(BASE + path, { cache: "no-store" });
  assert.equal(response.status, 200, `GET ${path}`);
  return response.json();
}

async function signedIn(name) {
  return signedInAs(browser, { base: BASE, city: CITY, name, passphrase: PASSPHRASE, requests });
}

async function dashboard(page) {
  await page.goto(`${BASE}/edit/${CITY}`);
  await loaded(page);
  await page.locator("#editor-articles a").first().waitFor();
}

async function articleForm(page, id) {
  await page.goto(`${BASE}/edit/${CITY}/articles/${id}`);
  await page.locator("form.editor-form").waitFor().catch(async (error) => {
    throw new Error(`${error.message}\nthe page shows: ${await page.locator("main").innerText()}`);
  });
}

/** Publishes the article whose form is open, once the server has this version. */
async function publish(page) {
  await page.locator(".sync-status", { hasText: "Synced" }).waitFor();
  const status = page.locator(".publishing .publish-status");
  for (let attempt = 0; ; attempt++) {
    await page.getByRole("button", { name: "Publish this version" }).click();
    const text = await until("an answer to publishing", async () => (await status.textContent())?.trim());
    if (text.startsWith("Published")) return;
    assert.ok(attempt < 10, `not published: ${text}`);
    await page.waitForTimeout(1000);
  }
}

/** The titles of the articles under `title` on the dashboard, in order. */
function dashboardChildren(page, title) {
  return page.evaluate((title) => {
    const link = [...document.querySelectorAll("#editor-articles a")].find((a) => a.textContent === title);
    const li = link?.closest("li");
    return li ? [...li.querySelectorAll(":scope > ul > li > .article-row > a")].map((a) => a.textContent) : null;
  }, title);
}

/** The ids of the articles under `parentId` as readers get them: by order, then as the bundle lists them. */
async function readerChildren(parentId) {
  const bundle = await getJson(`/api/v1/cities/${CITY}/${source}/bundle`);
  return bundle.items
    .filter((i) => i.kind === "article" && i.item.parent === parentId)
    .sort((a, b) => a.item.order - b.item.order)
    .map((i) => i.id);
}

test("an editor adds an article under another; publishing puts it there; moving it up changes the readers' order", { skip }, async () => {
  const { page } = people.edda;
  await dashboard(page);
  await page.getByRole("link", { name: "New article", exact: true }).click();
  made.title = `Papers at the town hall ${process.pid}`;
  await page.getByLabel("Title", { exact: true }).fill(made.title);
  await page.getByLabel("Goes under", { exact: true }).selectOption(parent.id);
  await page.getByRole("button", { name: "Create article", exact: true }).click();
  await page.waitForURL((url) => /\/articles\/(?!new$)[^/]+$/.test(url.pathname));
  made.id = decodeURIComponent(new URL(page.url()).pathname.split("/").pop());
  await page.locator("h1", { hasText: made.title }).waitFor();
  assert.equal(await page.getByLabel("Goes under", { exact: true }).inputValue(), parent.id);
  // The body: plain-language and Markdown hints.
  await page.getByText("“## ” at the start of a line for a heading", { exact: false }).waitFor();
  await page.getByLabel("Text", { exact: true }).fill("## First\n\nGo to the town hall.");
  await publish(page);

  const before = await until("the new article is in the readers' bundle", async () => {
    const children = await readerChildren(parent.id);
    return children.includes(made.id) ? children : null;
  });
  assert.equal(before.at(-1), made.id, "a new article comes last among its siblings");
  assert.ok(before.length >= 2, "the parent has other articles");

  // Move it up among its siblings, then publish every sibling whose order changed.
  await dashboard(page);
  const titles = await dashboardChildren(page, parent.item.title.text);
  assert.equal(titles.at(-1), made.title, `the dashboard tree shows it last under its parent: ${JSON.stringify(titles)}`);
  const moveDown = page.getByRole("button", { name: fluent("Move down: ", made.title) });
  assert.ok(await moveDown.isDisabled(), "the last one cannot move down");
  await page.getByRole("button", { name: fluent("Move up: ", made.title) }).click();
  await until("the dashboard shows it moved up", async () => {
    const now = await dashboardChildren(page, parent.item.title.text);
    return now && now.at(-2) === made.title;
  });
  for (const id of before) {
    await articleForm(page, id);
    await publish(page);
  }
  const after = await until("readers get the new order", async () => {
    const children = await readerChildren(parent.id);
    return children.at(-2) === made.id ? children : null;
  });
  assert.deepEqual([...after].sort(), [...before].sort());
  assert.equal(after.at(-1), before.at(-2), "the sibling it passed now comes last");
});

test("publishing refuses a link that leaves the site, naming the field; readers keep what they had", { skip }, async () => {
  const { page } = people.edda;
  await articleForm(page, made.id);
  const published = (await getJson(`/api/v1/cities/${CITY}/${source}/items/${made.id}`)).item.body.text;
  await page.getByLabel("Text", { exact: true }).fill("Read [the rules](/\\evil.example/x) first.");
  await page.locator(".sync-status", { hasText: "Synced" }).waitFor();
  const status = page.locator(".publishing .publish-status");
  const refusal = fluent("Not published: correct ", "body", " first. A link must go to a page of this site (starting with one /) or to a full address starting with https://.");
  for (let attempt = 0; ; attempt++) {
    await page.getByRole("button", { name: "Publish this version" }).click();
    const text = await until("an answer to publishing", async () => (await status.textContent())?.trim());
    if (refusal.test(text)) break;
    // The server may not have this version yet: try again, as an editor would.
    assert.ok(attempt < 10 && !text.startsWith("Published"), `not refused: ${text}`);
    await page.waitForTimeout(1000);
  }
  assert.equal((await getJson(`/api/v1/cities/${CITY}/${source}/items/${made.id}`)).item.body.text, published);
  // Corrected, it is the draft again, not yet published.
  await page.getByLabel("Text", { exact: true }).fill(published);
  await page.locator(".sync-status", { hasText: "Synced" }).waitFor();
});

test("one editor moves an article while another renames it, both offline: both changes arrive", { skip }, async () => {
  const { edda, ben } = people;
  await dashboard(edda.page);
  await articleForm(ben.page, made.id);
  await edda.context.setOffline(true);
  await ben.context.setOffline(true);
  const renamed = `${made.title} (ben)`;
  await ben.page.getByLabel("Title", { exact: true }).fill(renamed);
  await edda.page.getByRole("button", { name: fluent("Move up: ", made.title) }).click();
  await until("edda's move shows", async () => {
    const now = await dashboardChildren(edda.page, parent.item.title.text);
    return now && now.indexOf(made.title) === now.length - 3;
  });
  await edda.page.locator(".sync-status", { hasText: "waiting" }).waitFor();
  await edda.context.setOffline(false);
  await ben.context.setOffline(false);
  for (const [name, { page }] of Object.entries({ edda, ben })) {
    await page.locator(".sync-status", { hasText: "Synced" }).waitFor();
    await dashboard(page);
    await until(`${name} sees the move and the new title`, async () => {
      const now = await dashboardChildren(page, parent.item.title.text);
      return now && now.indexOf(renamed) === now.length - 3;
    });
  }
  made.title = renamed;
});

test("an editor renames a category in Arabic and adds a language; readers get both at once; a bad tag is refused", { skip }, async () => {
  const { page } = people.edda;
  const city = await getJson(`/api/v1/cities/${CITY}`);
  const category = city.categories[0];
  const arabic = `فئة ${process.pid}`;
  await page.goto(`${BASE}/edit/${CITY}/settings`);
  await page.getByText("Changes here show to readers at once.", { exact: false }).waitFor();
  const fieldset = page.locator("#settings-categories fieldset", { has: page.locator("legend", { hasText: `(${category.id})` }) });
  const name = fieldset.getByLabel(fluent("Name in ", "العربية", " (", "ar", ")"));
  assert.equal(await name.inputValue(), category.names.ar);
  await name.fill(arabic);
  await name.dispatchEvent("change");
  await name.blur();

  // Removing asks first, and says how many services use the category.
  const bundle = await getJson(`/api/v1/cities/${CITY}/${source}/bundle`);
  const using = bundle.items.filter((i) => i.kind === "service" && i.item.categories.includes(category.id)).length;
  await fieldset.getByRole("button", { name: fluent("Remove: ", category.names[source]) }).click();
  await fieldset.getByText(new RegExp(`Services that use it: \u2068?${using}\u2069?\\.`)).waitFor();
  await fieldset.getByRole("button", { name: "Cancel", exact: true }).click();

  const tag = page.getByLabel("Language tag (BCP 47)", { exact: true });
  await tag.fill("not a tag!");
  await page.getByRole("button", { name: "Add language", exact: true }).click();
  const error = page.getByRole("alert").filter({ hasText: "is not a language tag" });
  await error.waitFor();
  assert.equal(await tag.getAttribute("aria-invalid"), "true");
  assert.ok((await tag.getAttribute("aria-describedby")).includes(await error.getAttribute("id")));
  await tag.fill("FR");
  await page.getByRole("button", { name: "Add language", exact: true }).click();
  await page.getByRole("alert").filter({ hasText: "The city already has" }).waitFor();
  await tag.fill("ti");
  await page.getByRole("button", { name: "Add language", exact: true }).click();
  await page.locator("#settings-languages legend", { hasText: "(ti)" }).waitFor();
  await page.locator(".sync-status", { hasText: "Synced" }).waitFor();

  const updated = await until("readers get the new language", async () => {
    const now = await getJson(`/api/v1/cities/${CITY}`);
    return now.languages.some((l) => l.tag === "ti") ? now : null;
  });
  assert.deepEqual(
    updated.languages.map((l) => l.tag),
    [...city.languages.map((l) => l.tag), "ti"],
    "only the valid tag was added",
  );
  const ti = updated.languages.find((l) => l.tag === "ti");
  assert.equal(ti.direction, "ltr");
  assert.equal(ti.fallback, source);
  await until("the Arabic bundle has the new category name", async () => {
    const ar = await getJson(`/api/v1/cities/${CITY}/ar/bundle`);
    return ar.city.categories.find((c) => c.id === category.id)?.names.ar === arabic;
  });
  // The new language's bundle is served.
  await getJson(`/api/v1/cities/${CITY}/ti/bundle`);
});

test("a volunteer gets no links to new articles or the settings, and cannot change them", { skip }, async () => {
  const volunteer = await signedIn("vola");
  try {
    const { page } = volunteer;
    await page.getByRole("link", { name: "New event", exact: true }).waitFor();
    for (const name of ["New article", "New service", "City settings"]) {
      assert.equal(await page.getByRole("link", { name, exact: true }).count(), 0, `a volunteer sees no "${name}"`);
    }
    await page.goto(`${BASE}/edit/${CITY}/settings`);
    await page.getByText("You cannot change the city settings.", { exact: false }).waitFor();
    const inputs = page.locator("#settings-categories input, #settings-categories select, #settings-languages select");
    await inputs.first().waitFor();
    assert.ok((await inputs.count()) > 0);
    for (const input of await inputs.all()) assert.ok(await input.isDisabled(), "every control is read-only");
    assert.equal(await page.getByRole("button", { name: "Add language", exact: true }).count(), 0);
    assert.equal(await page.getByRole("button", { name: "Add category", exact: true }).count(), 0);
    assert.equal(await page.locator("#settings-categories button").count(), 0);
  } finally {
    await volunteer.context.close();
  }
});

for (const locale of ["en", "ar"]) {
  test(`axe finds no violation on the article and settings screens in ${locale}`, { skip }, async () => {
    const { page } = people.edda;
    await page.evaluate((code) => localStorage.setItem("hospes.locale", code), locale);
    for (const path of [`/edit/${CITY}`, `/edit/${CITY}/articles/${made.id}`, `/edit/${CITY}/articles/new`, `/edit/${CITY}/settings`]) {
      await page.goto(BASE + path);
      await page.locator(".editor-content h1").waitFor();
      await page.locator(`html[lang="${locale}"]`).waitFor();
      if (path === `/edit/${CITY}`) await page.locator("#editor-articles a").first().waitFor();
      if (path.endsWith("/settings")) await page.locator("#settings-languages fieldset").first().waitFor();
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
