/**
 * One open guide as the reader pages see it: the bundle, the reader's language and
 * the UI locale, and what the pages look up in it (items by id, services by
 * category, the article tree, notices), computed once per bundle.
 */
import type {
  Bundle,
  CityLanguage,
  LocalizedText,
  PublishedArticle,
  PublishedEvent,
  PublishedItem,
  PublishedService,
} from "./bundle";
import type { Guide, GuideKey } from "./guide-store";
import { currentLocale } from "../i18n";
import { dateOf, localNow } from "./city-time";

export interface GuideIndex {
  byId: Map<string, PublishedItem>;
  /** The services by name: sorted when first asked for (see `sortedByName`). */
  readonly services: PublishedService[];
  /** How many services each category has, by category id. */
  serviceCounts: Map<string, number>;
  articles: PublishedArticle[];
  events: PublishedEvent[];
  /** Article ids under each parent id ("" for the top), in order. */
  children: Map<string, PublishedArticle[]>;
}

const indexes = new WeakMap<Bundle, GuideIndex>();

function indexOf(bundle: Bundle): GuideIndex {
  const known = indexes.get(bundle);
  if (known) return known;
  const byId = new Map(bundle.items.map((item) => [item.id, item]));
  const unsorted = bundle.items.filter((i): i is PublishedService => i.kind === "service");
  const serviceCounts = new Map<string, number>();
  for (const service of unsorted) {
    for (const category of new Set(service.item.categories)) serviceCounts.set(category, (serviceCounts.get(category) ?? 0) + 1);
  }
  const articles = bundle.items.filter((i): i is PublishedArticle => i.kind === "article");
  const events = bundle.items.filter((i): i is PublishedEvent => i.kind === "event");
  const children = new Map<string, PublishedArticle[]>();
  for (const article of articles) {
    // An article whose parent is not published hangs at the top, not nowhere.
    const parent = article.item.parent && byId.has(article.item.parent) ? article.item.parent : "";
    children.set(parent, [...(children.get(parent) ?? []), article]);
  }
  for (const list of children.values()) list.sort((a, b) => a.item.order - b.item.order);
  let services: PublishedService[] | undefined;
  const index: GuideIndex = {
    byId,
    get services() {
      return (services ??= sortedByName(unsorted));
    },
    serviceCounts,
    articles,
    events,
    children,
  };
  indexes.set(bundle, index);
  return index;
}

/**
 * Services in the order of their names. Not on the guide's first screen, which only
 * counts them: the browser's first comparison of two strings loads its collation data,
 * 40-100 ms at 4x CPU slowdown (PERFORMANCE.md, "The main thread on a cheap phone").
 */
function sortedByName(services: PublishedService[]): PublishedService[] {
  const collator = new Intl.Collator();
  return [...services].sort((a, b) => collator.compare(a.item.name.text, b.item.name.text));
}

export class GuideView {
  readonly index: GuideIndex;

  constructor(
    readonly key: GuideKey,
    readonly guide: Guide,
  ) {
    this.index = indexOf(guide.bundle);
  }

  get bundle(): Bundle {
    return this.guide.bundle;
  }

  get city() {
    return this.guide.bundle.city;
  }

  /** The reader's language for content (a tag the city offers). */
  get lang(): string {
    return this.key.lang;
  }

  /** The UI locale, for `Intl` formatting. */
  get locale(): string {
    return currentLocale().code;
  }

  /** `/guide/<city>/<lang>/<rest>`. */
  path(...rest: string[]): string {
    return ["/guide", this.key.city, this.key.lang, ...rest].map((s, i) => (i === 0 ? s : encodeURIComponent(s))).join("/");
  }

  /** The city's local time now (`YYYY-MM-DDTHH:MM`). */
  now(): string {
    return localNow(this.city.time_zone);
  }

  today(): string {
    return dateOf(this.now());
  }

  language(tag: string): CityLanguage | undefined {
    const lower = tag.toLowerCase();
    return this.city.languages.find((l) => l.tag.toLowerCase() === lower);
  }

  /** A language's name in its own script ("Français"), else the tag. */
  languageName(tag: string): string {
    return this.language(tag)?.name ?? tag;
  }

  direction(tag: string): "ltr" | "rtl" {
    return this.language(tag)?.direction ?? (/^(ar|fa|ps|ur|he|yi|ckb|dv|sd|ug)(-|$)/i.test(tag) ? "rtl" : "ltr");
  }

  /** A category's name in the reader's language, else along the fallback chain. */
  categoryName(id: string): { text: string; lang: string } {
    const category = this.city.categories.find((c) => c.id === id);
    if (!category) return { text: id, lang: "en" };
    for (const tag of this.fallbackChain()) {
      const name = category.names[tag];
      if (name) return { text: name, lang: tag };
    }
    const [tag, name] = Object.entries(category.names)[0] ?? ["en", id];
    return { text: name, lang: tag };
  }

  fallbackChain(): string[] {
    const chain: string[] = [];
    let tag: string | null = this.lang;
    while (tag && !chain.includes(tag)) {
      chain.push(tag);
      tag = this.language(tag)?.fallback ?? null;
    }
    if (!chain.includes(this.city.source_language)) chain.push(this.city.source_language);
    return chain;
  }

  /** Whether a text is in another language than the reader's (a fallback). */
  isFallback(text: LocalizedText): boolean {
    return text.text.trim() !== "" && text.lang.toLowerCase() !== this.lang.toLowerCase();
  }
}
