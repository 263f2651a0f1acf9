import { describe, expect, test } from "vitest";
import type { City } from "../src/content/model";
import { canonicalTag, categoryId, directionOf, loops } from "../src/editor/city-rules";

test("a new language's direction", () => {
  for (const tag of ["ar", "fa", "he", "ur", "ps", "ckb", "az-Arab", "ku-Arab"]) expect(directionOf(tag), tag).toBe("rtl");
  for (const tag of ["fr", "uk", "ti", "zh-Hans", "az-Latn", "ku"]) expect(directionOf(tag), tag).toBe("ltr");
  expect(directionOf("not a tag")).toBe("ltr");
});

test("tags: one, in its canonical spelling", () => {
  expect(canonicalTag(" PT-br ")).toBe("pt-BR");
  expect(canonicalTag("zh-hans")).toBe("zh-Hans");
  for (const bad of ["", "fr, de", "fr de", "pt_BR", "not a tag!", "x"]) expect(canonicalTag(bad), bad).toBeUndefined();
});

test("category ids: slugs, unique in the city", () => {
  expect(categoryId("Legal & residence", [])).toBe("legal-residence");
  expect(categoryId("Santé mentale", [])).toBe("sante-mentale");
  expect(categoryId("Food", ["food", "food-2"])).toBe("food-3");
  expect(categoryId("السكن", [])).toBe("category");
  expect(categoryId("x".repeat(60), [])).toHaveLength(48);
  expect(categoryId(`${"a".repeat(47)}-b`, [])).toBe("a".repeat(47));
});

describe("fallbacks without loops", () => {
  const city = {
    source_language: "fr",
    languages: [
      { tag: "fr", fallback: null, direction: "ltr" },
      { tag: "ar", fallback: "fr", direction: "rtl" },
      { tag: "fa", fallback: "ar", direction: "rtl" },
      { tag: "ps", fallback: "fa", direction: "rtl" },
    ],
  } as unknown as City;

  test("a chain that ends is no loop", () => {
    expect(loops(city, "ps", "fa")).toBe(false);
    expect(loops(city, "fa", null)).toBe(false);
    expect(loops(city, "fr", "ar")).toBe(true);
  });

  test("a chain that comes back is", () => {
    expect(loops(city, "ar", "ps")).toBe(true);
    expect(loops(city, "ar", "ar")).toBe(true);
  });
});
