/// <reference types="vite/client" />

/** Generated from i18n/locales.toml by build/locales-plugin.ts. */
declare module "virtual:locales" {
  export interface LocaleInfo {
    /** BCP 47 tag; the Fluent file is i18n/<code>.ftl. */
    code: string;
    /** The language's name in its own script. */
    name: string;
    dir: "ltr" | "rtl";
    /** Where missing messages are looked up, in order (before the default locale). */
    fallback: string[];
  }
  export const defaultLocale: string;
  export const locales: LocaleInfo[];
  /** Each locale's messages, parsed at build time; only the default one's are in the shell's bundle. */
  export const loadMessages: Record<string, () => Promise<import("@fluent/bundle").FluentResource["body"]>>;
}
