import { expect, test } from "vitest";
import { fieldLabel, valueText, words } from "../src/editor/field-display";

test("a field is named by its form's label, for its kind where the kinds differ", () => {
  expect(fieldLabel("service", ["name"])).toEqual({ l10nId: "editor-service-name" });
  expect(fieldLabel("event", ["title"])).toEqual({ l10nId: "editor-event-title" });
  expect(fieldLabel("article", ["title"])).toEqual({ l10nId: "editor-field-title" });
  expect(fieldLabel("service", ["cost", "fee"])).toEqual({ l10nId: "editor-service-fee" });
  expect(fieldLabel("event", ["cost", "fee"])).toEqual({ l10nId: "editor-field-fee" });
  expect(fieldLabel("translation", ["fields", "name"])).toEqual({ l10nId: "editor-field-name" });
  expect(fieldLabel("service", ["mystery"])).toEqual({ l10nId: "editor-history-other-field", args: { field: "mystery" } });
});

test("values as words", () => {
  expect(words(null)).toBe("");
  expect(words("2026-05-01T10:00")).toBe("2026-05-01 10:00");
  expect(words("2026-05-01T10:00:00Z")).toBe("2026-05-01T10:00:00Z");
  expect(words(3)).toBe("3");
  expect(words(["+32 4 1", "", "+32 4 2"])).toBe("+32 4 1; +32 4 2");
  expect(words({ id: "p1", name: "Hall", latitude: 50.6, outreach: false, address: { street: "Rue A", locality: "Liège" } })).toBe(
    "p1, Hall, Rue A, Liège",
  );
});

test("a value in a line: yes/no, empty, cut short", () => {
  expect(valueText(true)).toEqual({ l10nId: "editor-history-yes" });
  expect(valueText(false)).toEqual({ l10nId: "editor-history-no" });
  expect(valueText([])).toEqual({ l10nId: "editor-history-empty" });
  expect(valueText("a long description", 6)).toEqual({ text: "a long…" });
  expect(valueText("short", 6)).toEqual({ text: "short" });
});
