// The web app's address rules (web/src/content/addresses.js) against the table the
// server's rules (sync/content/src/addresses.rs) are tested with, so the editing
// app refuses what publishing refuses, and the reader links what it accepts.
//
//     node --test tests/js/addresses.test.mjs
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { emailAddress, linkTarget, phoneNumber, webAddress } from "../../web/src/content/addresses.js";

const table = JSON.parse(readFileSync(new URL("../fixtures/content/addresses.json", import.meta.url), "utf8"));

for (const [name, parse] of [
  ["web_address", webAddress],
  ["email", emailAddress],
  ["phone", phoneNumber],
  ["link", linkTarget],
]) {
  test(`${name}: the server's accepted and refused values`, () => {
    const { accepted, refused } = table[name];
    assert.ok(accepted.length > 0 && refused.length > 0);
    for (const value of accepted) assert.notEqual(parse(value), null, `${name}: ${JSON.stringify(value)} should be accepted`);
    for (const value of refused) assert.equal(parse(value), null, `${name}: ${JSON.stringify(value)} should be refused`);
  });
}

test("links keep to what they name", () => {
  assert.deepEqual(linkTarget("MAILTO:info@example.org"), { kind: "email", href: "mailto:info@example.org" });
  assert.deepEqual(linkTarget("tel:+32 4 123"), { kind: "phone", href: "tel:+324123" });
  assert.deepEqual(phoneNumber("+32 (0)4 123-45.67"), { number: "+32 (0)4 123-45.67", dialable: "+32041234567" });
  assert.equal(webAddress("https://bücher.example/")?.hostname, "xn--bcher-kva.example");
});
