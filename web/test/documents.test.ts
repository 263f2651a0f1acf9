import { clone, decodeChange, from, getAllChanges, ImmutableString, merge, type Doc } from "@automerge/automerge/slim";
import { describe, expect, test } from "vitest";
import {
  authorOf,
  automergeShape,
  changeDoc,
  conflictsOf,
  listIn,
  onLocalChange,
  readModel,
  removeById,
  removeValue,
  resolveConflict,
  setAuthor,
  setText,
  setValue,
  valueAt,
} from "../src/editor/documents";
import { fakeHandle } from "./fake-handle";

type Model = Record<string, unknown>;

/** The messages of the document's changes, oldest first. */
function messages(doc: Doc<unknown>): (string | null)[] {
  return getAllChanges(doc).map((c) => decodeChange(c).message ?? null);
}

test("valueAt: missing steps are undefined", () => {
  const model = { cost: { fee: "2 €" }, schedules: [{ id: "a" }] };
  expect(valueAt(model, ["cost", "fee"])).toBe("2 €");
  expect(valueAt(model, ["schedules", 0, "id"])).toBe("a");
  expect(valueAt(model, ["place", "name"])).toBeUndefined();
  expect(valueAt(null, ["x"])).toBeUndefined();
});

test("authorOf reads what changeDoc writes, and nothing else", () => {
  const { handle, doc } = fakeHandle(from<Model>({ title: "" }));
  setAuthor({ id: 7, name: "Edda" });
  changeDoc(handle, (d) => (d.order = 1));
  expect(authorOf(messages(doc()).at(-1) ?? null)).toEqual({ by: "Edda", account: "7" });
  expect(authorOf(null)).toBeNull();
  expect(authorOf("imported from HSDS")).toBeNull();
  expect(authorOf('{"account": 3}')).toBeNull();
});

test("onLocalChange hears every edit that changes the document, and no edit that writes nothing", () => {
  const { handle } = fakeHandle(from<Model>({ status: new ImmutableString("active") }));
  const heard: unknown[] = [];
  const stop = onLocalChange((h) => heard.push(h));
  setValue(handle, ["status"], "closed");
  expect(heard).toEqual([handle]);
  // A number set to the value it has writes nothing (Automerge drops the no-op).
  changeDoc(handle, (d) => (d.order = 1));
  changeDoc(handle, (d) => (d.order = 1));
  expect(heard).toHaveLength(2);
  stop();
  setValue(handle, ["status"], "active");
  expect(heard).toHaveLength(2);
});

describe("writing", () => {
  test("plain values are set whole, as ImmutableString; text by the smallest edit", () => {
    const { handle, doc } = fakeHandle(from<Model>(automergeShape("service", { name: "Café", status: "active" }) as Model));
    setValue(handle, ["status"], "closed");
    expect(doc().status).toBeInstanceOf(ImmutableString);
    setText(handle, ["name"], "Café Ouvert", (d) => (d.source_revision = 2));
    expect(readModel<Model>(doc())).toEqual({ name: "Café Ouvert", status: "closed", source_revision: 2 });
    expect(() => setValue(handle, ["place", "name"], "x")).toThrow(/no place/);
  });

  test("removeValue removes a key, and does nothing where there is none", () => {
    const { handle, doc } = fakeHandle(from<Model>({ names: { ar: new ImmutableString("فئة") } }));
    const before = messages(doc()).length;
    removeValue(handle, ["names", "fr"]);
    expect(messages(doc())).toHaveLength(before);
    removeValue(handle, ["names", "ar"]);
    expect(readModel(doc())).toEqual({ names: {} });
  });

  test("lists: made when missing; an element removed by its id (the first of two)", () => {
    const { handle, doc } = fakeHandle(from<Model>({}));
    changeDoc(handle, (d) => listIn(d, ["schedules"]).push({ id: new ImmutableString("a") }, { id: new ImmutableString("b") }, { id: new ImmutableString("a") }));
    removeById(handle, ["schedules"], "a");
    expect(readModel<Model>(doc()).schedules).toEqual([{ id: "b" }, { id: "a" }]);
    removeById(handle, ["schedules"], "zz");
    expect(readModel<Model>(doc()).schedules).toHaveLength(2);
  });
});

test("a value two people set at once: both shown, and the one kept supersedes both", () => {
  const base = from<Model>({ start: new ImmutableString("2026-05-01T10:00") });
  const edda = fakeHandle(clone(base));
  const ben = fakeHandle(clone(base));
  setValue(edda.handle, ["start"], "2026-05-01T11:00");
  setValue(ben.handle, ["start"], "2026-05-01T12:00");
  edda.set(merge(edda.doc(), ben.doc()));
  expect(new Set(conflictsOf(edda.handle, ["start"]))).toEqual(new Set(["2026-05-01T11:00", "2026-05-01T12:00"]));
  resolveConflict(edda.handle, ["start"], "2026-05-01T12:00");
  expect(conflictsOf(edda.handle, ["start"])).toEqual([]);
  expect(readModel<Model>(edda.doc()).start).toBe("2026-05-01T12:00");
  expect(conflictsOf(edda.handle, ["place", "name"])).toEqual([]);
});
