/**
 * UI strings, from the Fluent files in i18n/.
 *
 * Markup names its strings with `data-l10n-id` (and `data-l10n-args`, JSON); `localize`
 * fills them in: the message's value becomes the text, its attributes (e.g.
 * `.aria-label`) become the element's attributes. A message missing from the chosen
 * locale comes from its fallback chain, then from the default locale.
 *
 * The pseudo-locales `en-XA` (accented, longer) and `ar-XB` (right to left), made at
 * build time from the default locale by `build/locales-plugin.ts`, are offered only in
 * development or when the address has `?pseudo=1`; they are never negotiated from the
 * browser's languages.
 */
import { FluentBundle, type FluentValue, type FluentVariable } from "@fluent/bundle";
import { defaultLocale, loadMessages, locales as uiLocales, pseudoLocales, type LocaleInfo } from "virtual:locales";

declare module "virtual:locales" {
  /** Made from the default locale at build time; offered only in development or with `?pseudo=1`. */
  export const pseudoLocales: LocaleInfo[];
}

export type { LocaleInfo };

const STORAGE_KEY = "hospes.locale";
/** Attributes a translation may set; anything else in a .ftl file is ignored. */
const ALLOWED_ATTRIBUTES = new Set(["aria-label", "title", "placeholder", "alt"]);

/** Whether the pseudo-locales are offered: in development, or with `?pseudo=1`. */
const PSEUDO = import.meta.env.DEV || pseudoRequested();
const locales: readonly LocaleInfo[] = PSEUDO ? [...uiLocales, ...pseudoLocales] : uiLocales;
const byCode = new Map(locales.map((l) => [l.code, l]));
const loaded = new Map<string, FluentBundle>();
let bundles: FluentBundle[] = [];
let current: LocaleInfo = byCode.get(defaultLocale)!;

export function availableLocales(): readonly LocaleInfo[] {
  return locales;
}

export function currentLocale(): LocaleInfo {
  return current;
}

/** The stored choice, else the first of the browser's languages we have, else the default. */
export function preferredLocale(): string {
  const stored = readStored();
  if (stored && byCode.has(stored)) return stored;
  return negotiate(navigator.languages ?? [navigator.language]);
}

/** Picks a locale for a list of BCP 47 tags: exact match first, then the language alone. */
export function negotiate(requested: readonly string[]): string {
  for (const tag of requested) {
    const lower = tag.toLowerCase();
    const exact = uiLocales.find((l) => l.code.toLowerCase() === lower);
    if (exact) return exact.code;
    const language = lower.split("-")[0];
    const same = uiLocales.find((l) => l.code.toLowerCase().split("-")[0] === language);
    if (same) return same.code;
  }
  return defaultLocale;
}

/** Whether the person chose the UI language themselves (else it follows the guide's). */
export function hasChosenLocale(): boolean {
  const stored = readStored();
  return stored !== null && byCode.has(stored);
}

const localeListeners = new Set<(locale: LocaleInfo) => void>();

/** Calls `listener` after every change of the UI language. */
export function onLocaleChange(listener: (locale: LocaleInfo) => void): () => void {
  localeListeners.add(listener);
  return () => localeListeners.delete(listener);
}

/** Loads a locale (and its fallbacks), applies it to the document and remembers it. */
export async function setLocale(code: string, remember = false): Promise<void> {
  const locale = byCode.get(code) ?? byCode.get(defaultLocale)!;
  const chain = [...new Set([locale.code, ...locale.fallback, defaultLocale])];
  bundles = await Promise.all(chain.map(loadBundle));
  const changed = current !== locale;
  current = locale;
  document.documentElement.lang = locale.code;
  document.documentElement.dir = locale.dir;
  if (remember) writeStored(locale.code);
  localize(document);
  if (changed) for (const listener of [...localeListeners]) listener(locale);
}

async function loadBundle(code: string): Promise<FluentBundle> {
  const cached = loaded.get(code);
  if (cached) return cached;
  const bundle = new FluentBundle(code, { functions: { LANGUAGES: languageList(code) } });
  // Parsed at build time (build/locales-plugin.ts): a resource is its messages.
  const errors = bundle.addResource({ body: await loadMessages[code]!() });
  for (const error of errors) console.warn(`i18n/${code}.ftl:`, error.message);
  loaded.set(code, bundle);
  return bundle;
}

/**
 * `LANGUAGES($codes)`: a comma-separated list of BCP 47 tags as language names in the
 * bundle's locale ("ar,uk" -> "Arabic and Ukrainian"); a tag without a name stays a tag.
 */
function languageList(locale: string): (positional: FluentValue[]) => FluentValue {
  return ([list]) => {
    const codes = String(list?.valueOf() ?? "")
      .split(",")
      .map((code) => code.trim())
      .filter(Boolean);
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
    } catch {
      names = undefined;
    }
    const named = codes.map((code) => {
      try {
        return names?.of(code) ?? code;
      } catch {
        return code; // not a well-formed tag
      }
    });
    try {
      return new Intl.ListFormat(locale, { type: "conjunction" }).format(named);
    } catch {
      return named.join(", ");
    }
  };
}

/** Formats one message's value, for the places that are not markup (the document title). */
export function format(id: string, args?: Record<string, FluentVariable>): string {
  for (const bundle of bundles) {
    const message = bundle.getMessage(id);
    if (message?.value) return formatReporting(bundle, id, message.value, args);
  }
  return id;
}

/** Fills in every element under `root` (and `root` itself) that has a `data-l10n-id`. */
export function localize(root: ParentNode & Node): void {
  const elements = [...root.querySelectorAll<HTMLElement>("[data-l10n-id]")];
  if (root instanceof HTMLElement && root.dataset.l10nId) elements.unshift(root);
  for (const element of elements) translate(element);
}

function translate(element: HTMLElement): void {
  const id = element.dataset.l10nId!;
  const args = element.dataset.l10nArgs ? (JSON.parse(element.dataset.l10nArgs) as Record<string, FluentVariable>) : undefined;
  const bundle = bundles.find((b) => b.hasMessage(id));
  const message = bundle?.getMessage(id);
  if (!bundle || !message) {
    console.warn(`missing message: ${id}`);
    return;
  }
  if (message.value) element.textContent = formatReporting(bundle, id, message.value, args);
  // Attributes a previous message set and this one does not are removed.
  const previous = new Set(element.dataset.l10nAttrs?.split(" ").filter(Boolean));
  const set: string[] = [];
  for (const [name, pattern] of Object.entries(message.attributes)) {
    if (!ALLOWED_ATTRIBUTES.has(name)) continue;
    element.setAttribute(name, formatReporting(bundle, id, pattern, args));
    previous.delete(name);
    set.push(name);
  }
  for (const name of previous) element.removeAttribute(name);
  if (set.length > 0) element.dataset.l10nAttrs = set.join(" ");
  else delete element.dataset.l10nAttrs;
}

type Pattern = Parameters<FluentBundle["formatPattern"]>[0];

/**
 * Formats a pattern; a problem in it (a missing argument, say) is logged and the rest
 * of the text still shown, instead of stopping the translation of the whole page.
 */
function formatReporting(bundle: FluentBundle, id: string, pattern: Pattern, args?: Record<string, FluentVariable>): string {
  const errors: Error[] = [];
  const text = bundle.formatPattern(pattern, args, errors);
  for (const error of errors) console.warn(`i18n: ${id}:`, error.message);
  return text;
}

function pseudoRequested(): boolean {
  try {
    return new URLSearchParams(location.search).get("pseudo") === "1";
  } catch {
    return false;
  }
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled: choose again each time
  }
}

function writeStored(code: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // storage disabled: the choice lasts until the page is closed
  }
}
