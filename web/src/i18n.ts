/**
 * UI strings, from the Fluent files in i18n/.
 *
 * Markup names its strings with `data-l10n-id` (and `data-l10n-args`, JSON); `localize`
 * fills them in: the message's value becomes the text, its attributes (e.g.
 * `.aria-label`) become the element's attributes. A message missing from the chosen
 * locale comes from its fallback chain, then from the default locale.
 */
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { defaultLocale, loadSource, locales, type LocaleInfo } from "virtual:locales";

export type { LocaleInfo };

const STORAGE_KEY = "hospes.locale";
/** Attributes a translation may set; anything else in a .ftl file is ignored. */
const ALLOWED_ATTRIBUTES = new Set(["aria-label", "title", "placeholder", "alt"]);

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
    const exact = locales.find((l) => l.code.toLowerCase() === lower);
    if (exact) return exact.code;
    const language = lower.split("-")[0];
    const same = locales.find((l) => l.code.toLowerCase().split("-")[0] === language);
    if (same) return same.code;
  }
  return defaultLocale;
}

/** Loads a locale (and its fallbacks), applies it to the document and remembers it. */
export async function setLocale(code: string, remember = false): Promise<void> {
  const locale = byCode.get(code) ?? byCode.get(defaultLocale)!;
  const chain = [...new Set([locale.code, ...locale.fallback, defaultLocale])];
  bundles = await Promise.all(chain.map(loadBundle));
  current = locale;
  document.documentElement.lang = locale.code;
  document.documentElement.dir = locale.dir;
  if (remember) writeStored(locale.code);
  localize(document);
}

async function loadBundle(code: string): Promise<FluentBundle> {
  const cached = loaded.get(code);
  if (cached) return cached;
  const bundle = new FluentBundle(code);
  const errors = bundle.addResource(new FluentResource(await loadSource[code]!()));
  for (const error of errors) console.warn(`i18n/${code}.ftl:`, error.message);
  loaded.set(code, bundle);
  return bundle;
}

/** Formats one message's value, for the places that are not markup (the document title). */
export function format(id: string, args?: Record<string, FluentVariable>): string {
  for (const bundle of bundles) {
    const message = bundle.getMessage(id);
    if (message?.value) return bundle.formatPattern(message.value, args);
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
  if (message.value) element.textContent = bundle.formatPattern(message.value, args);
  for (const [name, pattern] of Object.entries(message.attributes)) {
    if (ALLOWED_ATTRIBUTES.has(name)) element.setAttribute(name, bundle.formatPattern(pattern, args));
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
