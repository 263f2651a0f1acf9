/**
 * The values the city settings write, as the server's model accepts them (the
 * server reads the city document live, so a value it refuses would break the whole
 * city): category ids as unique slugs, a new language's direction, fallbacks
 * without a loop.
 */
import type { City } from "../content/model";

/** Primary language subtags written right to left. */
const RTL_LANGUAGES = new Set(["ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "nqo", "ps", "sd", "syr", "ug", "ur", "yi"]);
const RTL_SCRIPTS = new Set(["arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg"]);

/**
 * Whether `tag` is written right to left: a right-to-left script it names, else the
 * browser's answer where it has one, else by its language. (A script named in the
 * tag comes first: some browsers answer by the language alone, `az-Arab` "ltr".)
 */
export function directionOf(tag: string): "ltr" | "rtl" {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    if (locale.script && RTL_SCRIPTS.has(locale.script.toLowerCase())) return "rtl";
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction === "rtl" || info?.direction === "ltr") return info.direction;
    if (locale.script) return "ltr";
    return RTL_LANGUAGES.has(locale.language.toLowerCase()) ? "rtl" : "ltr";
  } catch {
    return "ltr";
  }
}

/** A category id from its name: a slug (`legal-and-residence`), unique in the city. */
export function categoryId(name: string, taken: readonly string[]): string {
  const slug =
    name
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 48)
      .replace(/-+$/g, "") || "category";
  if (!taken.includes(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.includes(`${slug}-${n}`)) return `${slug}-${n}`;
}

/** Whether `tag` falling back to `fallback` makes a loop (a language reached again). */
export function loops(model: City, tag: string, fallback: string | null): boolean {
  const next = (at: string) => (at === tag ? fallback : (model.languages.find((l) => l.tag === at)?.fallback ?? null));
  const seen = new Set<string>([tag]);
  for (let at = fallback; at; at = next(at)) {
    if (seen.has(at)) return true;
    seen.add(at);
  }
  return false;
}

/** A single BCP 47 tag in its canonical spelling (`zh-Hans`, `pt-BR`); undefined for anything else. */
export function canonicalTag(raw: string): string | undefined {
  const text = raw.trim();
  try {
    return text && !/[\s,_]/.test(text) ? Intl.getCanonicalLocales(text)[0] : undefined;
  } catch {
    return undefined;
  }
}
