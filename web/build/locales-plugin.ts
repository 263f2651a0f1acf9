/**
 * `virtual:locales`: the UI locales from `i18n/locales.toml`, and a loader for each
 * locale's messages. The default locale's are bundled with the shell; the others are
 * separate chunks, loaded only when chosen.
 *
 * The messages come parsed, as the runtime AST of `@fluent/bundle` (what
 * `new FluentResource(source).body` makes) in JSON: parsing a Fluent file in the
 * browser took a cheap phone 40-130 ms at each start (docs/PERFORMANCE.md, "The main
 * thread on a cheap phone"), `JSON.parse` a few. Compressed, both weigh about the same.
 *
 * It also makes two pseudo-locales from the default locale's file, for development
 * (they are never committed as files): `en-XA`, accented and about 40 % longer, in
 * brackets, which shows hard-coded strings (no brackets) and layouts that break with
 * longer text; and `ar-XB`, right to left, whose text runs are wrapped in
 * RIGHT-TO-LEFT OVERRIDE ... POP DIRECTIONAL FORMATTING so that they read mirrored,
 * which shows layouts that do not follow `dir="rtl"`. Placeables (`{ $name }`,
 * `{ -term }`, selectors) are kept as they are. The app offers them only in
 * development or with `?pseudo=1` in the address (see `src/i18n.ts`).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { parse } from "smol-toml";
import type { Plugin } from "vite";

const ID = "virtual:locales";
const RESOLVED = "\0" + ID;
/** `virtual:locales/pseudo/<code>`: a pseudo-locale's messages. */
const PSEUDO_PREFIX = ID + "/pseudo/";
/** `<file>.ftl?messages`: a Fluent file's messages. */
const MESSAGES = ".ftl?messages";

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
  if (codes.size !== locales.length) fail("a locale is listed twice");
  const defaultLocale = data.default;
  if (typeof defaultLocale !== "string" || !codes.has(defaultLocale)) fail("default must name a listed locale");
  for (const l of locales) {
    for (const f of l.fallback) if (!codes.has(f)) fail(`${l.code}: unknown fallback ${f}`);
    if (PSEUDO_LOCALES.some((p) => p.code === l.code)) fail(`${l.code} is a pseudo-locale, made at build time`);
  }
  return { defaultLocale: defaultLocale as string, locales };
}

// ---------------------------------------------------------------------------------
// Pseudo-locales

type Transform = (text: string) => string;

interface PseudoLocale extends LocaleInfo {
  /** Turns one run of text (never a placeable) into pseudo text. */
  text: Transform;
  /** Whether each pattern is bracketed and padded to be about 40 % longer. */
  longer: boolean;
}

const ACCENTED: Record<string, string> = Object.fromEntries(
  [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((c, i) => [
    c,
    [..."åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"][i]!,
  ]),
);
const accent: Transform = (text) => [...text].map((c) => ACCENTED[c] ?? c).join("");
const RLO = "\u202e";
const PDF = "\u202c";

export const PSEUDO_LOCALES: readonly PseudoLocale[] = [
  { code: "en-XA", name: "[Þšéûðö Éñĝļîšĥ]", dir: "ltr", fallback: [], text: accent, longer: true },
  { code: "ar-XB", name: "Pseudo RTL", dir: "rtl", fallback: [], text: (t) => RLO + t + PDF, longer: false },
];

type Pattern = FluentResource["body"][number]["value"];
type Element = Exclude<Pattern, string | null>[number];
type Expression = Exclude<Element, string>;
type Argument = Extract<Expression, { type: "func" }>["args"][number];
type Literal = Extract<Expression, { type: "str" | "num" }>;

/** A pattern's text in pseudo form; with `longer`, padded by 40 % of its own text. */
function pseudoPattern(pattern: NonNullable<Pattern>, locale: PseudoLocale, outermost: boolean): Element[] {
  const elements = typeof pattern === "string" ? [pattern] : pattern;
  let length = 0;
  const out: Element[] = elements.map((element) => {
    if (typeof element === "string") {
      // A line break in the source is a space here: pseudo text is only for looking at.
      const text = element.replace(/\s*\n\s*/g, " ");
      length += [...text].length;
      return text === "" ? text : locale.text(text);
    }
    if (element.type !== "select") return element;
    return {
      ...element,
      variants: element.variants.map((v) => ({ ...v, value: pseudoPattern(v.value, locale, false) })),
    };
  });
  if (!locale.longer) return out;
  const padding = "·".repeat(Math.max(1, Math.round(length * 0.4)));
  return outermost ? ["[", ...out, ` ${padding}]`] : [...out, ` ${padding}`];
}

/** Writes a runtime pattern back as Fluent syntax (on one line unless it selects). */
function writePattern(elements: Element[], indent: string): string {
  return elements
    .map((element) => {
      if (typeof element === "string") return element.replace(/[{}]/g, (brace) => `{ "${brace}" }`);
      if (element.type !== "select") return `{ ${writeExpression(element)} }`;
      const inner = indent + "    ";
      const variants = element.variants.map(
        (v, i) => `${inner.slice(i === element.star ? 1 : 0)}${i === element.star ? "*" : ""}[${writeLiteralKey(v.key)}] ` +
          writePattern(typeof v.value === "string" ? [v.value] : v.value, inner),
      );
      return `{ ${writeExpression(element.selector)} ->\n${variants.join("\n")}\n${indent}}`;
    })
    .join("");
}

function writeLiteralKey(key: Literal): string {
  return key.type === "num" ? key.value.toFixed(key.precision) : key.value;
}

function writeLiteral(literal: Literal): string {
  return literal.type === "num" ? literal.value.toFixed(literal.precision) : JSON.stringify(literal.value);
}

function writeArguments(args: Argument[]): string {
  return args.map((a) => (a.type === "narg" ? `${a.name}: ${writeLiteral(a.value)}` : writeExpression(a))).join(", ");
}

function writeExpression(expression: Expression): string {
  switch (expression.type) {
    case "var":
      return `$${expression.name}`;
    case "str":
    case "num":
      return writeLiteral(expression);
    case "mesg":
      return expression.name + (expression.attr ? `.${expression.attr}` : "");
    case "term":
      return (
        `-${expression.name}` +
        (expression.attr ? `.${expression.attr}` : "") +
        (expression.args.length > 0 ? `(${writeArguments(expression.args)})` : "")
      );
    case "func":
      return `${expression.name}(${writeArguments(expression.args)})`;
    case "select":
      throw new Error("a select expression cannot be nested in a placeable's expression");
  }
}

/** The Fluent source of a pseudo-locale, made from the default locale's source. */
export function pseudoSource(source: string, locale: PseudoLocale): string {
  const lines = [`# Pseudo-locale ${locale.code}, made at build time from the default locale: do not translate.`, ""];
  for (const entry of new FluentResource(source).body) {
    const pattern = (p: NonNullable<Pattern>) => writePattern(pseudoPattern(p, locale, true), "    ");
    lines.push(entry.value === null ? `${entry.id} =` : `${entry.id} = ${pattern(entry.value)}`);
    for (const [name, value] of Object.entries(entry.attributes)) lines.push(`    .${name} = ${pattern(value)}`);
  }
  return lines.join("\n") + "\n";
}

// ---------------------------------------------------------------------------------

/** A module whose default export is the messages of a Fluent source. */
function messagesModule(source: string): string {
  const body = new FluentResource(source).body;
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(body))});`;
}

export function locales(i18nDir: string): Plugin {
  let defaultFile = "";
  return {
    name: "hospes:locales",
    resolveId(id) {
      if (id === ID) return RESOLVED;
      if (id.startsWith(PSEUDO_PREFIX)) return "\0" + id;
      return undefined;
    },
    load(id) {
      if (id.endsWith(MESSAGES)) {
        const file = id.slice(0, -"?messages".length);
        this.addWatchFile(file);
        return messagesModule(readFileSync(file, "utf8"));
      }
      if (id.startsWith("\0" + PSEUDO_PREFIX)) {
        const code = id.slice(1 + PSEUDO_PREFIX.length);
        const locale = PSEUDO_LOCALES.find((p) => p.code === code);
        if (!locale) throw new Error(`no pseudo-locale ${code}`);
        if (!defaultFile) defaultFile = resolve(i18nDir, `${readLocales(i18nDir).defaultLocale}.ftl`);
        this.addWatchFile(defaultFile);
        return messagesModule(pseudoSource(readFileSync(defaultFile, "utf8"), locale));
      }
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(resolve(i18nDir, "locales.toml"));
      const { defaultLocale, locales } = readLocales(i18nDir);
      defaultFile = resolve(i18nDir, `${defaultLocale}.ftl`);
      const ftl = (code: string) => JSON.stringify(resolve(i18nDir, `${code}${MESSAGES}`));
      const loaders = locales.map(({ code }) =>
        code === defaultLocale
          ? `  ${JSON.stringify(code)}: () => Promise.resolve(defaultMessages),`
          : `  ${JSON.stringify(code)}: () => import(${ftl(code)}).then((m) => m.default),`,
      );
      const pseudo = PSEUDO_LOCALES.map(({ code, name, dir }) => ({ code, name, dir, fallback: [defaultLocale] }));
      const pseudoLoaders = pseudo.map(
        ({ code }) => `  ${JSON.stringify(code)}: () => import(${JSON.stringify(PSEUDO_PREFIX + code)}).then((m) => m.default),`,
      );
      return [
        `import defaultMessages from ${ftl(defaultLocale)};`,
        `export const defaultLocale = ${JSON.stringify(defaultLocale)};`,
        `export const locales = ${JSON.stringify(locales)};`,
        `/** Made from the default locale at build time; offered only in development or with ?pseudo=1. */`,
        `export const pseudoLocales = ${JSON.stringify(pseudo)};`,
        `export const loadMessages = {`,
        ...loaders,
        ...pseudoLoaders,
        `};`,
      ].join("\n");
    },
  };
}
