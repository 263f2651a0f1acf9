import { change, from } from "@automerge/automerge/slim";
import { describe, expect, test } from "vitest";
import type { Article, Event, Service, Translation } from "../src/content/model";
import { sourceAt, statusOf, textFields, titleOf, untranslated, type Item } from "../src/editor/translation";

const service = {
  name: "Café",
  description: "Soup",
  eligibility: " ",
  documents_needed: "",
  cost: { free: false, fee: "2 €" },
  locations: [{ id: "p1", accessibility: "Step-free" }, { id: "p2", accessibility: "" }],
  schedules: [{ id: "s1", notes: "Bring a cup" }],
  source_language: "fr",
  source_revision: 3,
} as unknown as Service;

const translation = (fields: Record<string, string>, from: number, machine = false) =>
  ({ item: "i", language: "ar", fields, translated_from_revision: from, machine }) as unknown as Translation;

describe("textFields", () => {
  test("a service's texts, as translations name them; empty ones left out", () => {
    expect(textFields({ kind: "service", value: service })).toEqual([
      { key: "name", source: "Café" },
      { key: "description", source: "Soup" },
      { key: "cost.fee", source: "2 €" },
      { key: "locations.p1.accessibility", source: "Step-free" },
      { key: "schedules.s1.notes", source: "Bring a cup" },
    ]);
  });

  test("an event's place is optional", () => {
    const event = { title: "Fête", description: "", cost: { fee: "" }, place: null } as unknown as Event;
    expect(textFields({ kind: "event", value: event })).toEqual([{ key: "title", source: "Fête" }]);
    const placed = { ...event, place: { accessibility: "Ramp" } } as unknown as Event;
    expect(textFields({ kind: "event", value: placed }).map((f) => f.key)).toEqual(["title", "place.accessibility"]);
  });

  test("an article: title and body", () => {
    const article = { title: "Housing", body: "Ask the CPAS." } as unknown as Article;
    expect(textFields({ kind: "article", value: article }).map((f) => f.key)).toEqual(["title", "body"]);
    expect(titleOf({ kind: "article", value: article })).toBe("Housing");
    expect(titleOf({ kind: "service", value: service })).toBe("Café");
  });
});

describe("statusOf, as the server works it out", () => {
  const item: Item = { kind: "service", value: service };
  test("the source language is always up to date", () => {
    expect(statusOf(item, "FR", undefined)).toBe("up-to-date");
  });
  test("no translation, or one without any text, is missing", () => {
    expect(statusOf(item, "ar", undefined)).toBe("missing");
    expect(statusOf(item, "ar", translation({ name: "  " }, 3))).toBe("missing");
  });
  test("made from an older revision: outdated, even if machine-made", () => {
    expect(statusOf(item, "ar", translation({ name: "مقهى" }, 2, true))).toBe("outdated");
  });
  const every = {
    name: "مقهى",
    description: "حساء",
    "cost.fee": "٢ يورو",
    "locations.p1.accessibility": "بدون درج",
    "schedules.s1.notes": "أحضر كوبا",
  };
  test("some texts translated, the title only say: incomplete, machine-made or not", () => {
    expect(statusOf(item, "ar", translation({ name: "مقهى" }, 3))).toBe("incomplete");
    expect(statusOf(item, "ar", translation({ name: "مقهى" }, 3, true))).toBe("incomplete");
    expect(statusOf(item, "ar", translation({ ...every, "cost.fee": " " }, 3))).toBe("incomplete");
    expect(untranslated(item, translation({ name: "مقهى", description: "حساء" }, 3))).toEqual([
      "cost.fee",
      "locations.p1.accessibility",
      "schedules.s1.notes",
    ]);
  });
  test("every text current: machine-made, or up to date", () => {
    expect(statusOf(item, "ar", translation(every, 3, true))).toBe("machine");
    expect(statusOf(item, "ar", translation(every, 3))).toBe("up-to-date");
    expect(statusOf(item, "ar", translation(every, 4))).toBe("up-to-date");
  });
});

describe("sourceAt: what an outdated translation was made from", () => {
  const model = (name: string, revision: number) => ({
    name,
    description: "",
    eligibility: "",
    documents_needed: "",
    cost: { free: true, fee: "" },
    locations: [],
    schedules: [],
    source_language: "fr",
    source_revision: revision,
  });
  test("the version just before the revision went past it", () => {
    let doc = from<Record<string, unknown>>(model("Café", 1));
    doc = change(doc, (d) => {
      d.name = "Café du coin";
    });
    doc = change(doc, (d) => {
      d.name = "Café solidaire";
      d.source_revision = 2;
    });
    doc = change(doc, (d) => {
      d.name = "Café solidaire du coin";
    });
    expect(titleOf(sourceAt(doc, "service", 1)!)).toBe("Café du coin");
  });
  test("unknown when the document starts past it (imported)", () => {
    const doc = from<Record<string, unknown>>(model("Café", 3));
    expect(sourceAt(doc, "service", 2)).toBeUndefined();
  });
});
