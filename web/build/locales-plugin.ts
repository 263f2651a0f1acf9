/**
 * `virtual:locales`: the UI locales from `i18n/locales.toml`, and a loader for each
 * locale's Fluent file. The default locale's file is bundled with the shell; the
 * others are separate chunks, loaded only when chosen.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "smol-toml";
import type { Plugin } from "vite";

const ID = "virtual:locales";
const RESOLVED = "\0" + ID;

export interface LocaleInfo {
  code: string;
  name: string;
  dir: "ltr" | "rtl";
  fallback: string[];
}

/** Reads and checks `locales.toml`: a typo there must fail the build, not the app. */
export function readLocales(i18nDir: string): { defaultLocale: string; locales: LocaleInfo[] } {
  const file = resolve(i18nDir, "locales.toml");
  const data = parse(readFileSync(file, "utf8")) as { default?: unknown; locale?: unknown };
  const fail = (why: string): never => {
    throw new Error(`${file}: ${why}`);
  };
  if (!Array.isArray(data.locale)) fail("expected [[locale]] tables");
  const locales = (data.locale as Record<string, unknown>[]).map((l): LocaleInfo => {
    const { code, name, dir, fallback = [] } = l;
    if (typeof code !== "string" || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code)) fail(`bad code ${String(code)}`);
    if (typeof name !== "string" || name === "") fail(`${String(code)}: missing name`);
    if (dir !== "ltr" && dir !== "rtl") fail(`${String(code)}: dir must be "ltr" or "rtl"`);
    if (!Array.isArray(fallback) || !fallback.every((f) => typeof f === "string")) fail(`${String(code)}: bad fallback`);
    return { code, name, dir, fallback } as LocaleInfo;
  });
  const codes = new Set(locales.map((l) => l.code));
  const defaultLocale = data.default;
  if (typeof defaultLocale !== "string" || !codes.has(defaultLocale)) fail("default must name a listed locale");
  for (const l of locales) {
    for (const f of l.fallback) if (!codes.has(f)) fail(`${l.code}: unknown fallback ${f}`);
  }
  return { defaultLocale: defaultLocale as string, locales };
}

export function locales(i18nDir: string): Plugin {
  return {
    name: "hospes:locales",
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(resolve(i18nDir, "locales.toml"));
      const { defaultLocale, locales } = readLocales(i18nDir);
      const ftl = (code: string) => JSON.stringify(resolve(i18nDir, `${code}.ftl`) + "?raw");
      const loaders = locales.map(({ code }) =>
        code === defaultLocale
          ? `  ${JSON.stringify(code)}: () => Promise.resolve(defaultSource),`
          : `  ${JSON.stringify(code)}: () => import(${ftl(code)}).then((m) => m.default),`,
      );
      return [
        `import defaultSource from ${ftl(defaultLocale)};`,
        `export const defaultLocale = ${JSON.stringify(defaultLocale)};`,
        `export const locales = ${JSON.stringify(locales)};`,
        `export const loadSource = {`,
        ...loaders,
        `};`,
      ].join("\n");
    },
  };
}
