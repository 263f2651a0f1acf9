// Every Fluent message the app's code names by a literal id is in the source
// locale (i18n/en.ftl; tests/js/messages.test.mjs checks that the other locales
// have what it has). Ids made at run time are checked from the lists they come from.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { expect, test } from "vitest";
import { WEEKDAYS } from "../src/editor/recurrence";
import { ICON_NAMES } from "../src/reader/icons";

const SRC = new URL("../src/", import.meta.url).pathname;
const messages = new Set(new FluentResource(readFileSync(new URL("../../i18n/en.ftl", import.meta.url), "utf8")).body.map((m) => m.id));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

/** Where the code names a message: `element(tag, "id"`, `setMessage(node, "id"`, `{ l10nId: "id" }`, a check's `{ error: "id" }`, ... */
const NAMED = [
  /\belement\("[a-z0-9]+", "([a-z][a-z0-9-]*)"/g,
  /\bsetMessage\([^,()]+, "([a-z][a-z0-9-]*)"/g,
  /\b(?:l10nId|error|hint|legend|none|add|item|remove|how): "([a-z][a-z0-9-]*)"/g,
  /\b(?:format|show|refuse)\("([a-z][a-z0-9-]*)"(?! in )/g,
  /\baddLine\("([a-z][a-z0-9-]*)", [^,]+, "([a-z][a-z0-9-]*)"/g,
  /\blabelled\("([a-z][a-z0-9-]*)"/g,
];

test("every message the code names is in en.ftl", () => {
  const missing: string[] = [];
  let named = 0;
  for (const file of sources(SRC)) {
    const text = readFileSync(file, "utf8");
    for (const pattern of NAMED) {
      for (const match of text.matchAll(pattern)) {
        for (const id of match.slice(1)) {
          if (id === undefined) continue;
          named++;
          if (!messages.has(id)) missing.push(`${file.slice(SRC.length)}: ${id}`);
        }
      }
    }
  }
  expect(named).toBeGreaterThan(300);
  expect(missing).toEqual([]);
});

test("messages made from lists: weekdays and icons", () => {
  for (const day of WEEKDAYS) expect(messages.has(`editor-weekday-${day.toLowerCase()}`), day).toBe(true);
  for (const name of ICON_NAMES) expect(messages.has(`editor-icon-${name}`), name).toBe(true);
});
