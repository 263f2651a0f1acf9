import { change, from, getHeads, ImmutableString, updateText, type Doc } from "@automerge/automerge/slim";
import { describe, expect, test } from "vitest";
import { readModel } from "../src/editor/documents";
import { currentValue, fieldOf, historyOf, restore, valueAfter } from "../src/editor/history";
import { fakeHandle } from "./fake-handle";

type Model = Record<string, unknown>;
const by = (name: string) => JSON.stringify({ by: name, account: name });

/** A change by `name` at `time` (seconds), as the editing app would make it. */
function edit(doc: Doc<Model>, name: string | null, time: number, fn: (d: Model) => void): Doc<Model> {
  return change(doc, name ? { message: by(name), time } : { time }, fn);
}

describe("fieldOf", () => {
  test("a patch's path is cut to the field the forms edit", () => {
    expect(fieldOf(["description", 4])).toEqual(["description"]);
    expect(fieldOf(["cost", "fee", 0])).toEqual(["cost", "fee"]);
    expect(fieldOf(["contacts", "phones", 1])).toEqual(["contacts", "phones"]);
    expect(fieldOf(["fields", "name", 3])).toEqual(["fields", "name"]);
    expect(fieldOf(["locations", 0, "name"])).toEqual(["locations"]);
  });

  test("bookkeeping is nobody's edit", () => {
    for (const key of ["schema", "source_revision", "translated_from_revision", "machine"]) expect(fieldOf([key])).toBeNull();
    expect(fieldOf([0])).toBeNull();
  });
});

describe("historyOf", () => {
  const start = () => edit(from<Model>({}), null, 1_000, (d) => Object.assign(d, { title: "Café", order: 1, source_revision: 1 }));

  test("one person's typing within five minutes is one edit; the newest first", () => {
    let doc = start();
    doc = edit(doc, "edda", 2_000, (d) => updateText(d as Doc<unknown>, ["title"], "Café l"));
    doc = edit(doc, "edda", 2_100, (d) => updateText(d as Doc<unknown>, ["title"], "Café la"));
    // More than five minutes later: another edit.
    doc = edit(doc, "edda", 2_100 + 301, (d) => updateText(d as Doc<unknown>, ["title"], "Café lan"));
    doc = edit(doc, "ben", 2_500, (d) => (d.order = 2));
    const edits = historyOf(fakeHandle(doc).handle);
    expect(edits.map((e) => [e.field.join("."), e.by, e.from, e.to])).toEqual([
      ["order", "ben", 2_500, 2_500],
      ["title", "edda", 2_401, 2_401],
      ["title", "edda", 2_000, 2_100],
      ["order", null, 1_000, 1_000],
      ["title", null, 1_000, 1_000],
    ]);
  });

  test("each edit's value is the field right after it", () => {
    let doc = start();
    doc = edit(doc, "edda", 2_000, (d) => updateText(d as Doc<unknown>, ["title"], "Café langues"));
    const first = getHeads(doc)[0]!;
    doc = edit(doc, "ben", 3_000, (d) => updateText(d as Doc<unknown>, ["title"], "Language café"));
    const { handle } = fakeHandle(doc);
    expect(valueAfter(handle, first, ["title"])).toBe("Café langues");
    expect(currentValue(handle, ["title"])).toBe("Language café");
  });

  test("another person's edit in between splits one person's typing", () => {
    let doc = start();
    doc = edit(doc, "edda", 2_000, (d) => updateText(d as Doc<unknown>, ["title"], "Café 1"));
    doc = edit(doc, "ben", 2_010, (d) => updateText(d as Doc<unknown>, ["title"], "Café 12"));
    doc = edit(doc, "edda", 2_020, (d) => updateText(d as Doc<unknown>, ["title"], "Café 123"));
    expect(historyOf(fakeHandle(doc).handle).filter((e) => e.by !== null).map((e) => e.by)).toEqual(["edda", "ben", "edda"]);
  });
});

describe("restore", () => {
  test("text comes back by the smallest edit and outdates translations", () => {
    const { handle, doc } = fakeHandle(from<Model>({ title: "Language café", source_revision: 3 }));
    restore(handle, "article", ["title"], "Café langues");
    expect(readModel(doc())).toEqual({ title: "Café langues", source_revision: 4 });
  });

  test("a translation's text does not bump a revision", () => {
    const { handle, doc } = fakeHandle(from<Model>({ fields: { name: "قديم" }, translated_from_revision: 2 }));
    restore(handle, "translation", ["fields", "name"], "جديد");
    expect(readModel(doc())).toEqual({ fields: { name: "جديد" }, translated_from_revision: 2 });
  });

  test("plain values and lists come back whole, in Automerge form", () => {
    const { handle, doc } = fakeHandle(
      from<Model>({ status: new ImmutableString("closed"), contacts: { phones: [new ImmutableString("+32 4 1")] } }),
    );
    restore(handle, "service", ["status"], "active");
    restore(handle, "service", ["contacts", "phones"], ["+32 4 123", "+32 4 456"]);
    expect(doc().status).toBeInstanceOf(ImmutableString);
    expect((doc().contacts as { phones: unknown[] }).phones[0]).toBeInstanceOf(ImmutableString);
    expect(readModel(doc())).toEqual({ status: "active", contacts: { phones: ["+32 4 123", "+32 4 456"] } });
  });

  test("a service's places come back with their texts as text", () => {
    const { handle, doc } = fakeHandle(from<Model>({ name: "S", source_revision: 1, locations: [] }));
    restore(handle, "service", ["locations"], [{ id: "p1", name: "Hall", accessibility: "Step-free" }]);
    const place = (doc().locations as Model[])[0]!;
    expect(place.name).toBeInstanceOf(ImmutableString);
    expect(typeof place.accessibility).toBe("string");
    expect(readModel<Model>(doc()).locations).toEqual([{ id: "p1", name: "Hall", accessibility: "Step-free" }]);
  });

  test("nothing is written into an object that is gone", () => {
    const { handle, doc } = fakeHandle(from<Model>({ title: "E" }));
    restore(handle, "event", ["place", "name"], "Hall");
    expect(readModel(doc())).toEqual({ title: "E" });
  });
});
