// Browser test of accounts, roles and access control against a running hospes server.
//
// The Rust harness starts the real server on a random port, creates a city and a city
// admin of it, and runs
//   HOSPES_URL=http://127.0.0.1:PORT HOSPES_CITY=<slug> \
//   HOSPES_ADMIN_NAME=<name> HOSPES_ADMIN_PASSPHRASE=<passphrase> \
//   node --test tests/js/accounts.test.mjs
// The steps run in order and share state: an admin (one browser context) invites an
// editor (a second context), who signs up, syncs, and is then revoked. A third context
// is a reader who never signs in.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { foreignRequests, launchChromium, pathOf, WAIT } from "./chromium.mjs";

const BASE = process.env.HOSPES_URL;
const CITY = process.env.HOSPES_CITY;
const ADMIN_NAME = process.env.HOSPES_ADMIN_NAME;
const ADMIN_PASSPHRASE = process.env.HOSPES_ADMIN_PASSPHRASE;
const TIMEOUT = WAIT;
const skip =
  BASE && CITY && ADMIN_NAME && ADMIN_PASSPHRASE
    ? false
    : "HOSPES_URL, HOSPES_CITY, HOSPES_ADMIN_NAME and HOSPES_ADMIN_PASSPHRASE are not set (the Rust test harness sets them)";

/** The invitee: a pseudonym unique to this run, and a passphrase of four words. */
const EDITOR_NAME = `Nour ${process.pid}`;
const EDITOR_PASSPHRASE = "lantern orchard seventeen kettle";

/** @type {import("playwright-core").Browser} */
let browser;
/** Every URL any page asked for (documents, scripts, fetches, workers, WebSockets). */
const requests = [];
/** Uncaught exceptions, and console errors other than the browser's own network reports. */
const errors = [];

/** @type {{ context: import("playwright-core").BrowserContext, page: import("playwright-core").Page }} */
let admin;
/** @type {{ context: import("playwright-core").BrowserContext, page: import("playwright-core").Page }} */
let editor;
/** The invitation link the admin made, as shown on the page. */
let inviteUrl = "";

/** The city's name, which pages show (its slug is in their addresses). */
let cityName;

before(async () => {
  if (skip) return;
  cityName = (await (await fetch(`${BASE}/api/v1/cities/${CITY}`)).json()).name;
  browser = await launchChromium();
  admin = await person("admin");
  // The editor's service worker keeps the app (and, once used, Automerge) for offline use.
  editor = await person("editor", { serviceWorkers: "allow" });
});

after(async () => {
  await browser?.close();
});

/** A browser context of its own (its own cookies and storage), with one page. */
async function person(who, options = {}) {
  const context = await browser.newContext({ locale: "en-US", serviceWorkers: "block", ...options });
  context.setDefaultTimeout(TIMEOUT);
  context.on("request", (request) => requests.push(request.url()));
  const page = await context.newPage();
  page.on("websocket", (ws) => requests.push(ws.url()));
  page.on("console", (message) => {
    const text = message.text();
    // A missing message or argument is a warning in the app; here it is a failure.
    if (message.type() === "warning" && /^(i18n:|missing message)/.test(text)) errors.push(`${who} ${pathOf(page.url())}: ${text}`);
    if (message.type() !== "error") return;
    // Chromium reports every 4xx answer, failed fetch and refused WebSocket on the console
    // itself: a 401 from /api/v1/session is how a signed-out browser learns that it is,
    // and offline, asking fails.
    if (/^Failed to load resource: (the server responded with a status of 4\d\d|net::ERR_INTERNET_DISCONNECTED)/.test(text)) return;
    if (/WebSocket connection to .* failed/.test(text)) return;
    errors.push(`${who} ${pathOf(page.url())}: ${text}`);
  });
  page.on("pageerror", (error) => errors.push(`${who} ${pathOf(page.url())}: ${error.message}`));
  return { context, page };
}


/** Fluent wraps arguments in Unicode isolation marks (U+2068, U+2069); compare without them. */
async function text(locator) {
  return (await locator.innerText()).replace(/[\u2068\u2069]/g, "");
}

/**
 * A pattern for a text with Fluent placeables: it matches `expected` with isolation
 * marks anywhere in it. `whole`: the entire text, else a part of it.
 */
function fluent(expected, whole = true) {
  const body = [...expected].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\u2068\u2069]*");
  return new RegExp(whole ? `^[\u2068\u2069]*${body}[\u2068\u2069]*$` : body);
}

/** Runs `step` and returns the URLs requested while it ran. */
async function requestsDuring(step) {
  const start = requests.length;
  await step();
  return requests.slice(start);
}

async function signIn(page, name, passphrase) {
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a reader is offered to sign in, and never loads Automerge", { skip }, async () => {
  const reader = await person("reader");
  try {
    const { page } = reader;
    const loaded = await requestsDuring(async () => {
      await page.goto(BASE + "/");
      await page.locator("header #account-link", { hasText: "Sign in" }).waitFor();
      await page.waitForLoadState("networkidle");
    });
    // Nothing to ask: a browser that never signed in makes no session request (the
    // home page only reads the public list of cities).
    const asked = loaded.map((url) => new URL(url).pathname).filter((path) => path.startsWith("/api/") && !path.startsWith("/api/v1/cities"));
    assert.deepEqual(asked, [], "API requests on the home page other than the read API");
    assert.equal(await page.locator("#account-link").getAttribute("href"), "/sign-in");

    const status = await requestsDuring(async () => {
      await page.goto(BASE + "/status");
      await page.locator('#connection-state[data-state="signed-out"]').waitFor();
      await page.waitForLoadState("networkidle");
    });
    assert.equal(await text(page.locator("#connection-state")), "Not signed in");
    assert.ok(await page.getByRole("link", { name: "Sign in to sync" }).isVisible());
    assert.equal(await page.getByRole("link", { name: "Sign in to sync" }).getAttribute("href"), "/sign-in?next=%2Fstatus");
    assert.deepEqual(status.filter((url) => /\.wasm(\?|$)/.test(url) || /\/assets\/repo-/.test(url)), [], "Automerge on /status");
    assert.deepEqual(status.filter((url) => url.startsWith("ws")), [], "a WebSocket for a reader");
  } finally {
    await reader.context.close();
  }
});

test("a wrong passphrase is refused with a message", { skip }, async () => {
  const { page } = admin;
  await page.goto(BASE + "/sign-in");
  await page.locator("main h1", { hasText: "Sign in" }).waitFor();
  assert.match(await page.title(), /Sign in.*hospes/);

  // Empty fields are caught here, in the page's language, before anything is sent.
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByText("Enter your name.").waitFor();
  assert.equal(await page.getByLabel("Name", { exact: true }).getAttribute("aria-invalid"), "true");

  await signIn(page, ADMIN_NAME, ADMIN_PASSPHRASE + " wrong");
  const alert = page.getByRole("alert").filter({ hasText: "The name or the passphrase is wrong." });
  await alert.waitFor();
  assert.equal(new URL(page.url()).pathname, "/sign-in", "still on the sign-in page");
  assert.equal(await page.getByLabel("Passphrase", { exact: true }).getAttribute("aria-invalid"), "true");
  assert.equal(await text(page.locator("#account-link")), "Sign in");
});

test("after too many attempts for one name, the page says how long to wait", { skip }, async () => {
  const { page } = admin;
  await page.goto(BASE + "/sign-in");
  const alert = page.getByRole("alert");
  const name = `nobody-${process.pid}`;
  // The server allows a few attempts per name at once (5 when this was written), then
  // one every so often; no name is told apart from another, existing or not.
  for (let attempt = 1; attempt <= 10; attempt++) {
    await signIn(page, name, "not the passphrase");
    await alert.filter({ hasText: /./ }).waitFor();
    const said = await text(alert);
    if (/^Too many attempts/.test(said)) {
      assert.match(said, /^Too many attempts\. Try again in (\d+ seconds|one second|one minute|\d+ minutes)\.$/);
      assert.ok(attempt > 1, "the first attempt is never refused");
      return;
    }
    assert.equal(said, "The name or the passphrase is wrong.");
    // Empty the line, so that the next answer is a change to wait for.
    await alert.evaluate((line) => (line.textContent = ""));
  }
  assert.fail("no attempt was refused as too many");
});

test("the admin signs in and lands on the page they asked for", { skip }, async () => {
  const { page } = admin;
  await page.goto(`${BASE}/admin/${CITY}`);
  const link = page.getByRole("main").getByRole("link", { name: "Sign in" });
  await link.waitFor();
  assert.equal(await link.getAttribute("href"), `/sign-in?next=${encodeURIComponent(`/admin/${CITY}`)}`);
  await link.click();
  await page.waitForURL((url) => url.pathname === "/sign-in");
  await signIn(page, ADMIN_NAME, ADMIN_PASSPHRASE);
  await page.waitForURL((url) => url.pathname === `/admin/${CITY}`);
  await page.locator("main h1", { hasText: fluent(`Manage ${cityName}`) }).waitFor();
  assert.equal(await text(page.locator("#account-link")), ADMIN_NAME);
  assert.equal(await page.locator("#account-link").getAttribute("href"), "/account");
  // The session cookie is HttpOnly: the page's scripts cannot read it.
  assert.equal(await page.evaluate(() => document.cookie), "");
});

test("the admin creates an invitation link for an editor", { skip }, async () => {
  const { page } = admin;
  const role = page.getByLabel("Role", { exact: true });
  const group = page.getByLabel("Group", { exact: true });
  const languages = page.getByLabel("Languages", { exact: true });

  // An archive group's roles are its moderators' to give: the admin is not offered them.
  const offered = await role.locator("option").evaluateAll((options) => options.map((o) => o.value));
  assert.deepEqual(offered, ["volunteer", "translator", "editor", "city_admin"]);
  // Translators are asked for languages, other roles for none.
  await role.selectOption("translator");
  assert.ok(await languages.isVisible(), "a languages field for translators");
  assert.ok(!(await group.isVisible()), "no group field for translators");

  await role.selectOption("editor");
  assert.ok(!(await group.isVisible()) && !(await languages.isVisible()), "editors need neither");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  await page.getByText("Invitation link created.").waitFor();
  inviteUrl = await page.getByLabel("Invitation link", { exact: true }).inputValue();
  assert.match(inviteUrl, new RegExp(`^${BASE.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/invite/[^/]+$`));
  assert.match(await text(page.locator(".invite-result")), /For the role: Editor\. Valid until/);
  assert.ok(await page.getByRole("button", { name: "Copy link" }).isVisible());
});

test("the invitee picks a name and a passphrase and is signed in as an editor", { skip }, async () => {
  const { page } = editor;
  await page.goto(inviteUrl);
  await page.locator(".invite-summary", { hasText: fluent(`You are invited to ${cityName} with the role: Editor.`) }).waitFor();
  assert.ok(await page.getByText("a pseudonym is fine").isVisible(), "the name field says a pseudonym is fine");

  await page.getByLabel("Your name", { exact: true }).fill(EDITOR_NAME);
  await page.getByLabel("Passphrase", { exact: true }).fill("too short");
  await page.getByLabel("Passphrase again", { exact: true }).fill("too short");
  await page.getByRole("button", { name: "Create my account" }).click();
  await page.getByText("The passphrase is too short: at least 10 characters.").waitFor();

  await page.getByLabel("Passphrase", { exact: true }).fill(EDITOR_PASSPHRASE);
  await page.getByLabel("Passphrase again", { exact: true }).fill(EDITOR_PASSPHRASE + "!");
  await page.getByRole("button", { name: "Create my account" }).click();
  await page.getByText("The two passphrases are not the same.").waitFor();

  await page.getByLabel("Passphrase again", { exact: true }).fill(EDITOR_PASSPHRASE);
  await page.getByRole("button", { name: "Create my account" }).click();
  // Signed in: the account page, and the spent token is out of the address bar.
  await page.waitForURL((url) => url.pathname === "/account");
  await page.getByText(fluent(`You are signed in as ${EDITOR_NAME}.`)).waitFor();
  assert.equal(await page.evaluate(() => history.length > 0 && location.pathname), "/account");
  const roles = page.getByRole("list", { name: "Your roles" });
  assert.equal(await text(roles), `Editor in ${CITY}`);
  assert.equal(await text(page.locator("#account-link")), EDITOR_NAME);
  const sessions = page.getByRole("list", { name: "Where you are signed in" });
  await sessions.getByText("This device").waitFor();
  assert.equal(await sessions.getByRole("listitem").count(), 1);
});

test("the invitation link works only once", { skip }, async () => {
  const other = await person("other");
  try {
    await other.page.goto(inviteUrl);
    await other.page.getByText("This invitation link does not work.").waitFor();
    assert.equal(await other.page.locator("form").count(), 0, "no form for a spent invitation");
  } finally {
    await other.context.close();
  }
});

test("the editor's status page syncs with the session's peer id", { skip }, async () => {
  const { page } = editor;
  const loaded = await requestsDuring(async () => {
    await page.goto(BASE + "/status");
    await page.locator('#connection-state[data-state="connected"]').waitFor();
  });
  assert.equal(await text(page.locator("#connection-state")), "Connected");
  assert.ok(loaded.some((url) => /\.wasm(\?|$)/.test(url)), "the status page loads Automerge's wasm");
  assert.ok(loaded.some((url) => new URL(url).pathname === "/sync"), "a WebSocket to /sync");
  const session = await page.evaluate(async () => (await fetch("/api/v1/session")).json());
  assert.equal(session.account.name, EDITOR_NAME);
  assert.equal(typeof session.peerId, "string");
});

test("offline, the editor's status page opens from the device and reconnects later", { skip }, async () => {
  const { context, page } = editor;
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // Through the service worker this time, so that it keeps the editor's files.
  await page.locator('#connection-state[data-state="connected"]').waitFor();
  await context.setOffline(true);
  try {
    await page.reload();
    await page.locator('#connection-state[data-state="offline"]').waitFor();
    // The device remembers who is signed in (no server to ask).
    assert.equal(await text(page.locator("#account-link")), EDITOR_NAME);
  } finally {
    await context.setOffline(false);
  }
  await page.locator('#connection-state[data-state="connected"]').waitFor();
});

test("the admin sees the new member and revokes their access", { skip }, async () => {
  const { page } = admin;
  await page.goto(`${BASE}/admin/${CITY}`);
  const members = page.getByRole("list", { name: "Members" });
  const member = members.getByRole("listitem").filter({ has: page.getByRole("heading", { name: fluent(EDITOR_NAME) }) });
  await member.waitFor();
  assert.match(await text(member.getByRole("list")), /^Editor$/);
  // The admin's own entry has no "Revoke access" button.
  const self = members.getByRole("listitem").filter({ has: page.getByRole("heading", { name: fluent(`${ADMIN_NAME} (you)`) }) });
  assert.equal(await self.getByRole("button", { name: "Revoke access" }).count(), 0);

  // The role editor: add a role, save the whole list.
  await member.getByRole("button", { name: "Change roles" }).click();
  const editorGroup = member.getByRole("group", { name: fluent(`Roles of ${EDITOR_NAME}`) });
  await editorGroup.waitFor();
  await editorGroup.getByLabel("Role", { exact: true }).selectOption("translator");
  await editorGroup.getByLabel("Languages", { exact: true }).fill("ar, UK");
  await editorGroup.getByRole("button", { name: "Add role" }).click();
  await editorGroup.getByRole("button", { name: "Save roles" }).click();
  await page.getByRole("status").filter({ hasText: fluent(`Roles of ${EDITOR_NAME} saved.`) }).waitFor();
  assert.deepEqual(
    (await member.getByRole("list").getByRole("listitem").allInnerTexts()).map((t) => t.replace(/[\u2068\u2069]/g, "")),
    ["Editor", "Translator (Arabic and Ukrainian)"],
  );
  // The editor's session has the new role at once.
  const roles = await editor.page.evaluate(async () => (await (await fetch("/api/v1/session")).json()).roles);
  assert.deepEqual(roles.map((r) => [r.role, r.languages]).sort(), [["editor", []], ["translator", ["ar", "uk"]]]);

  // Asked first; cancelling does nothing and gives the focus back.
  const revoke = member.getByRole("button", { name: "Revoke access" });
  await revoke.click();
  const dialog = page.getByRole("dialog", { name: fluent(`Revoke access for ${EDITOR_NAME}?`) });
  await dialog.waitFor();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await dialog.waitFor({ state: "hidden" });
  assert.equal(await revoke.evaluate((button) => button === document.activeElement), true, "focus back on the button");

  await revoke.click();
  await dialog.getByRole("button", { name: "Revoke access" }).click();
  await page.getByRole("status").filter({ hasText: fluent(`Access revoked for ${EDITOR_NAME}.`) }).waitFor();
  // A member without roles in the city is no longer one of its members (or shows as revoked).
  const gone = members.getByRole("listitem").filter({ has: page.getByRole("heading", { name: fluent(EDITOR_NAME) }) });
  if ((await gone.count()) > 0) assert.ok(await gone.getByText("Access revoked").isVisible());
});

test("the revoked editor is signed out", { skip }, async () => {
  const { page } = editor;
  // The status page, still open, notices by itself, and stops dialling /sync.
  assert.equal(new URL(page.url()).pathname, "/status");
  await page.locator('#connection-state[data-state="signed-out"]').waitFor();
  assert.equal(await text(page.locator("#account-link")), "Sign in");
  const dialled = await requestsDuring(() => page.waitForTimeout(6_000));
  assert.deepEqual(dialled.filter((url) => url.startsWith("ws")), [], "no WebSocket after the session ended");

  await page.goto(BASE + "/account");
  await page.getByText("You are not signed in.").waitFor();
  assert.equal(await text(page.locator("#account-link")), "Sign in");
  assert.equal(await page.evaluate(() => localStorage.getItem("hospes.session")), null, "the device forgot the session");

  await page.goto(BASE + "/status");
  await page.locator('#connection-state[data-state="signed-out"]').waitFor();

  // Signing in again does not work either.
  await page.goto(BASE + "/sign-in");
  await signIn(page, EDITOR_NAME, EDITOR_PASSPHRASE);
  await page.getByRole("alert").filter({ hasText: "The name or the passphrase is wrong." }).waitFor();
});

test("the admin signs out", { skip }, async () => {
  const { page } = admin;
  await page.goto(BASE + "/account");
  await page.getByRole("list", { name: "Your roles" }).waitFor();
  const manage = page.getByRole("link", { name: fluent(`Manage ${CITY}`) });
  assert.equal(await manage.getAttribute("href"), `/admin/${CITY}`);
  // The last "Sign out" of the page is the account's own (the others are per device).
  await page.getByRole("main").getByRole("button", { name: "Sign out", exact: true }).last().click();
  await page.getByText("You have signed out.").waitFor();
  assert.equal(await text(page.locator("#account-link")), "Sign in");
  const status = await page.evaluate(async () => (await fetch("/api/v1/session")).status);
  assert.equal(status, 401);
  await page.goto(`${BASE}/admin/${CITY}`);
  await page.getByText("Sign in to manage a city.").waitFor();
});

test("no errors, and no request went to another origin", { skip }, async () => {
  assert.deepEqual(errors, []);
  assert.ok(requests.length > 0, "requests were recorded");
  assert.deepEqual(foreignRequests(requests, BASE), []);
});
