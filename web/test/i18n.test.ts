import { readFileSync } from "node:fs";
import { FluentResource } from "@fluent/bundle";
import { describe, expect, test } from "vitest";
import { PSEUDO_LOCALES, pseudoSource, readLocales } from "../build/locales-plugin";
import { availableLocales, negotiate } from "../src/i18n";

const I18N = new URL("../../i18n/", import.meta.url);

describe("negotiate", () => {
  test("the exact locale, else one of the same language, else the default", () => {
    expect(negotiate(["uk"])).toBe("uk");
    expect(negotiate(["pt-BR", "fr"])).toBe("pt");
    expect(negotiate(["zh-CN"])).toBe("zh-Hans");
    expect(negotiate(["xx", "AR"])).toBe("ar");
    expect(negotiate(["xx"])).toBe("en");
    expect(negotiate([])).toBe("en");
  });

  test("the pseudo-locales are offered here (development), never negotiated", () => {
    expect(availableLocales().map((l) => l.code)).toEqual(expect.arrayContaining(["en-XA", "ar-XB"]));
    expect(negotiate(["en-XA"])).toBe("en");
  });
});

describe("locales.toml", () => {
  test("is read and checked", () => {
    const { defaultLocale, locales } = readLocales(new URL(".", I18N).pathname);
    expect(defaultLocale).toBe("en");
    expect(locales.find((l) => l.code === "ar")).toMatchObject({ dir: "rtl" });
  });
});

describe("pseudo-locales", () => {
  const source = [
    "plain = Publish this version",
    "with-arg = Not published: correct { $field } first.",
    "count =",
    "    { $count ->",
    "        [one] One field",
    "       *[other] { $count } fields",
    "    }",
    "attr = Menu",
    "    .aria-label = Open the menu",
    "braces = Use { \"{\" } here",
  ].join("\n");
  const accented = PSEUDO_LOCALES.find((l) => l.code === "en-XA")!;
  const mirrored = PSEUDO_LOCALES.find((l) => l.code === "ar-XB")!;

  test("en-XA: accented, bracketed, longer; placeables and selectors kept", () => {
    const out = pseudoSource(source, accented);
    const resource = new FluentResource(out);
    expect(resource.body.map((m) => m.id)).toEqual(["plain", "with-arg", "count", "attr", "braces"]);
    expect(out).toMatch(/^plain = \[Þûƀļîšĥ ţĥîš ṽéŕšîöñ ·+\]$/m);
    expect(out).toContain("{ $field }");
    expect(out).toContain("*[other]");
    expect(out).toMatch(/\.aria-label = \[Öþéñ/);
  });

  test("ar-XB: every run of text reversed in direction, nothing longer", () => {
    const out = pseudoSource(source, mirrored);
    expect(out).toContain("plain = \u202ePublish this version\u202c");
    expect(out).not.toContain("·");
  });

  test("the real source locale makes valid pseudo-locales with every message", () => {
    const en = readFileSync(new URL("en.ftl", I18N), "utf8");
    const ids = new FluentResource(en).body.map((m) => m.id);
    for (const locale of PSEUDO_LOCALES) {
      const pseudo = new FluentResource(pseudoSource(en, locale));
      expect(pseudo.body.map((m) => m.id), locale.code).toEqual(ids);
    }
  });
});
