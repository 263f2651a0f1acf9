/**
 * Languages by name, from the browser's own data (no list to keep): in the UI
 * language for sentences, or in the language itself (an endonym, "العربية") where
 * people pick their language.
 */
import { currentLocale } from "../i18n";

/** `tag`'s name in `inLanguage` (the UI language by default); the tag where the browser has none. */
export function languageName(tag: string, inLanguage: string = currentLocale().code): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: "language", fallback: "code" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A language's name in itself ("العربية"), or its tag where the browser has none. */
export function endonym(tag: string): string {
  return languageName(tag, tag);
}
