import { from, getHeads, ImmutableString } from "@automerge/automerge/slim";
import { describe, expect, test } from "vitest";
import { cardOf } from "../src/editor/cards";
import { statusFrom } from "../src/editor/translation";

describe("cardOf", () => {
  test("an event: its title, its start as the list shows it, its texts; the document's heads and the version given", () => {
    const doc = from({
      schema: 1,
      source_language: "fr",
      source_revision: 2,
      title: "Fête de quartier",
      description: "",
      cost: { free: true, fee: "" },
      place: null,
      start: new ImmutableString("2026-12-05T18:00"),
    });
    const card = cardOf("event", doc, 7)!;
    expect(card).toMatchObject({ kind: "event", title: "Fête de quartier", detail: "2026-12-05 18:00", version: 7 });
    expect(card.heads).toEqual(getHeads(doc));
    expect(card.source).toEqual({ language: "fr", revision: 2, texts: ["title"] });
  });

  test("an article: its place in the tree", () => {
    const doc = from({ schema: 1, source_language: "en", source_revision: 1, title: "Housing", body: "Ask.", parent: new ImmutableString("root"), order: 3 });
    expect(cardOf("article", doc, 0)).toMatchObject({ title: "Housing", parent: "root", order: 3 });
  });

  test("a service: its name, organization and categories", () => {
    const doc = from({
      schema: 1,
      source_language: "en",
      source_revision: 1,
      name: "Soup kitchen",
      organization: new ImmutableString("Red Cross"),
      categories: [new ImmutableString("food")],
      description: "",
      eligibility: "",
      documents_needed: "",
      cost: { free: true, fee: "" },
      locations: [],
      schedules: [],
    });
    expect(cardOf("service", doc, 0)).toMatchObject({ title: "Soup kitchen", detail: "Red Cross", categories: ["food"] });
  });

  test("a translation: which texts it fills, from which revision", () => {
    const doc = from({
      schema: 1,
      item: new ImmutableString("i"),
      language: new ImmutableString("ar"),
      translated_from_revision: 2,
      machine: false,
      fields: { title: "عيد", description: " " },
    });
    expect(cardOf("translation", doc, 0)?.translation).toEqual({ item: "i", language: "ar", from: 2, machine: false, filled: ["title"] });
  });

  test("a document whose content has not arrived yet has no card", () => {
    expect(cardOf("event", from({}), 0)).toBeUndefined();
    expect(cardOf("translation", from({}), 0)).toBeUndefined();
  });
});

describe("statusFrom", () => {
  const source = { language: "fr", revision: 3, texts: ["title", "description"] };
  const translated = (filled: string[], from = 3, machine = false) => ({ item: "i", language: "ar", from, machine, filled });

  test("from what cards keep: missing, outdated, incomplete, machine, up to date", () => {
    expect(statusFrom(source, "fr", undefined)).toBe("up-to-date");
    expect(statusFrom(source, "ar", undefined)).toBe("missing");
    expect(statusFrom(source, "ar", translated([]))).toBe("missing");
    expect(statusFrom(source, "ar", translated(["title", "description"], 2))).toBe("outdated");
    expect(statusFrom(source, "ar", translated(["title"]))).toBe("incomplete");
    expect(statusFrom(source, "ar", translated(["title", "description"], 3, true))).toBe("machine");
    expect(statusFrom(source, "ar", translated(["title", "description"]))).toBe("up-to-date");
  });
});
