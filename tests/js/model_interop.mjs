// The JavaScript half of tests/tests/model_interop.rs.
//
// 1. Reads the documents the Rust model wrote (rust-<kind>.automerge) with
//    @automerge/automerge and checks each against its JSON fixture.
// 2. Writes each fixture as a document the way the web app does
//    (web/src/content/automerge-form.js) to js-<kind>.automerge, for the
//    Rust side to read.
//
// Usage: node model_interop.mjs DIR
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deepStrictEqual } from "node:assert";
import * as Automerge from "@automerge/automerge";
import { fromAutomergeShape, toAutomergeShape } from "../../web/src/content/automerge-form.js";

const [dir] = process.argv.slice(2);
const here = new URL(".", import.meta.url).pathname;
const textFields = JSON.parse(readFileSync(join(here, "../../web/src/content/text-fields.json"), "utf8"));
const fixture = (kind) => JSON.parse(readFileSync(join(here, `../fixtures/content/${kind}.json`), "utf8"));
const unwrap = (value) => (Automerge.isImmutableString(value) ? value.toString() : undefined);

for (const kind of ["city", "service", "article", "event", "translation"]) {
  const fromRust = Automerge.load(readFileSync(join(dir, `rust-${kind}.automerge`)));
  deepStrictEqual(fromAutomergeShape(Automerge.toJS(fromRust), unwrap), fixture(kind), `${kind} written by Rust`);

  const shaped = toAutomergeShape(fixture(kind), textFields[kind], (text) => new Automerge.ImmutableString(text));
  writeFileSync(join(dir, `js-${kind}.automerge`), Automerge.save(Automerge.from(shaped)));
  console.log(`ok ${kind}`);
}
