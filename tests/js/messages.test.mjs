// The UI translations: every Fluent file in i18n/ is valid, complete and consistent
// with the source locale (en.ftl) and with i18n/locales.toml.
//
//     node --test tests/js/messages.test.mjs
//
// It reads the files directly; no server or build is needed.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { FluentParser, Visitor } from "@fluent/syntax";
import { parse as parseToml } from "smol-toml";

const I18N = resolve(dirname(fileURLToPath(import.meta.url)), "../../i18n");
const SOURCE = "en";
/** The first line of every translation: whether a native speaker has checked it. */
const REVIEW_HEADER = /^# Translation: (machine-made, not yet reviewed by a native speaker|reviewed by a native speaker\b.*)$/;
const SOURCE_HEADER = /^# Translation: source locale\b/;
const EXPECTED_LOCALES = [
  "en", "fr", "es", "it", "pt", "ro", "hu", "hr", "pl", "nl", "de", "el", "sq",
  "tr", "ar", "fa", "ps", "ur", "uk", "ru", "ti", "so", "bn", "ne", "ta", "zh-Hans",
];
const RTL = ["ar", "fa", "ps", "ur"];
const PLURAL_CATEGORIES = new Set(["zero", "one", "two", "few", "many", "other"]);

const config = parseToml(readFileSync(join(I18N, "locales.toml"), "utf8"));
const listed = config.locale.map((l) => l.code);
const files = readdirSync(I18N)
  .filter((f) => f.endsWith(".ftl"))
  .map((f) => f.slice(0, -".ftl".length));

/** Each message or term of a file: its attributes, variables and select expressions. */
class Collector extends Visitor {
  constructor() {
    super();
    this.variables = new Set();
    /** selector variable -> the keys of its variants (and which is the default) */
    this.selects = new Map();
  }
  visitVariableReference(node) {
    this.variables.add(node.id.name);
  }
  visitSelectExpression(node) {
    if (node.selector.type === "VariableReference") {
      const keys = this.selects.get(node.selector.id.name) ?? { keys: new Set(), defaults: new Set() };
      for (const v of node.variants) {
        const key = v.key.type === "Identifier" ? v.key.name : v.key.value;
        keys.keys.add(key);
        if (v.default) keys.defaults.add(key);
      }
      this.selects.set(node.selector.id.name, keys);
    }
    this.genericVisit(node);
  }
}

function load(code) {
  const text = readFileSync(join(I18N, `${code}.ftl`), "utf8");
  const resource = new FluentParser({ withSpans: true }).parse(text);
  const junk = resource.body.filter((e) => e.type === "Junk");
  const entries = new Map();
  const duplicates = [];
  for (const entry of resource.body) {
    if (entry.type !== "Message" && entry.type !== "Term") continue;
    const id = (entry.type === "Term" ? "-" : "") + entry.id.name;
    if (entries.has(id)) duplicates.push(id);
    const collector = new Collector();
    collector.visit(entry);
    entries.set(id, {
      hasValue: entry.value !== null,
      attributes: new Set(entry.attributes.map((a) => a.id.name)),
      variables: collector.variables,
      selects: collector.selects,
    });
  }
  return { text, junk, entries, duplicates };
}

const loaded = new Map(files.map((code) => [code, load(code)]));
const source = loaded.get(SOURCE);

const sorted = (set) => [...set].sort();
const lineOf = (text, offset) => text.slice(0, offset).split("\n").length;

test("locales.toml lists the 26 UI locales, four of them right to left", () => {
  assert.equal(config.default, SOURCE);
  assert.deepEqual(sorted(listed), sorted(EXPECTED_LOCALES));
  assert.equal(new Set(listed).size, listed.length, "a locale is listed twice");
  const rtl = config.locale.filter((l) => l.dir === "rtl").map((l) => l.code);
  assert.deepEqual(sorted(rtl), sorted(RTL));
  for (const l of config.locale) {
    assert.ok(l.dir === "ltr" || l.dir === "rtl", `${l.code}: dir`);
    assert.ok(typeof l.name === "string" && l.name.trim() !== "", `${l.code}: name in its own script`);
    assert.ok(Array.isArray(l.fallback), `${l.code}: fallback`);
    for (const f of l.fallback) assert.ok(listed.includes(f), `${l.code}: unknown fallback ${f}`);
    if (l.code !== SOURCE) assert.ok(l.fallback.includes(SOURCE) || l.fallback.length === 0, `${l.code}: falls back to ${SOURCE}`);
  }
  const names = config.locale.map((l) => l.name);
  assert.equal(new Set(names).size, names.length, "two locales have the same name");
});

test("every listed locale has a Fluent file, and every Fluent file is listed", () => {
  assert.deepEqual(sorted(files.filter((f) => !listed.includes(f))), [], "files not in locales.toml");
  assert.deepEqual(sorted(listed.filter((c) => !files.includes(c))), [], "locales without a file");
});

for (const code of files) {
  const { text, junk, entries, duplicates } = loaded.get(code);

  test(`${code}.ftl: valid Fluent syntax`, () => {
    const problems = junk.map((j) => {
      const line = lineOf(text, j.span.start);
      const why = j.annotations.map((a) => a.message).join("; ");
      return `line ${line}: ${why}\n    ${j.content.trim().split("\n")[0]}`;
    });
    assert.deepEqual(problems, [], `${code}.ftl has syntax errors`);
    assert.deepEqual(duplicates, [], `${code}.ftl defines these more than once`);
  });

  test(`${code}.ftl: header says who wrote it`, () => {
    const first = text.split("\n")[0];
    const header = code === SOURCE ? SOURCE_HEADER : REVIEW_HEADER;
    assert.match(first, header, `${code}.ftl must start with a "# Translation: ..." line (machine-made or reviewed)`);
  });

  if (code === SOURCE) continue;

  test(`${code}.ftl: same messages, attributes and variables as ${SOURCE}.ftl`, () => {
    const problems = [];
    for (const [id, want] of source.entries) {
      const got = entries.get(id);
      if (!got) {
        problems.push(`missing: ${id}`);
        continue;
      }
      if (got.hasValue !== want.hasValue) problems.push(`${id}: ${want.hasValue ? "has no value" : "has a value, the source has none"}`);
      const attrs = (s) => sorted(s).join(", ") || "none";
      if (attrs(got.attributes) !== attrs(want.attributes)) {
        problems.push(`${id}: attributes ${attrs(got.attributes)}, expected ${attrs(want.attributes)}`);
      }
      const vars = (s) => sorted(s).map((v) => `$${v}`).join(", ") || "none";
      if (vars(got.variables) !== vars(want.variables)) {
        problems.push(`${id}: variables ${vars(got.variables)}, expected ${vars(want.variables)}`);
      }
    }
    for (const id of entries.keys()) if (!source.entries.has(id)) problems.push(`unknown: ${id} (not in ${SOURCE}.ftl)`);
    assert.deepEqual(problems, [], `${code}.ftl differs from ${SOURCE}.ftl`);
  });

  test(`${code}.ftl: select expressions use the source's keys, plurals this language's categories`, () => {
    const categories = new Set(new Intl.PluralRules(code).resolvedOptions().pluralCategories);
    const problems = [];
    for (const [id, want] of source.entries) {
      const got = entries.get(id);
      if (!got) continue; // reported above
      for (const [variable, { keys }] of want.selects) {
        const plural = [...keys].every((k) => PLURAL_CATEGORIES.has(k) || typeof k === "string" && /^\d/.test(k));
        const mine = got.selects.get(variable);
        if (!mine) continue; // a language may not need to select (no plural forms)
        if (plural) {
          for (const k of mine.keys) {
            if (PLURAL_CATEGORIES.has(k) && !categories.has(k)) {
              problems.push(`${id}: [${k}] is not a plural category of ${code} (${sorted(categories).join(", ")})`);
            }
          }
          if (!mine.defaults.has("other")) problems.push(`${id}: the default variant of $${variable} must be *[other]`);
        } else if (sorted(mine.keys).join() !== sorted(keys).join()) {
          problems.push(`${id}: $${variable} selects [${sorted(mine.keys).join("] [")}], expected [${sorted(keys).join("] [")}]`);
        }
      }
    }
    assert.deepEqual(problems, [], `${code}.ftl select expressions`);
  });
}
