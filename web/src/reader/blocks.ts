/**
 * Small pieces the reader pages are drawn from. Every text from the guide is put in
 * an element carrying its own `lang` and `dir`, since it may be in another language
 * than the screen around it (a French fallback inside an Arabic page).
 */
import { format } from "../i18n";
import { element, epoch } from "../page";
import type { LocalizedText, PublishedItem } from "./bundle";
import { dateOf, localNow } from "./city-time";
import { formatDate } from "./date-format";
import type { GuideView } from "./guide";
import { icon } from "./icons";

/** An element holding a guide text, marked with the text's language and direction. */
export function textIn<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  value: LocalizedText,
  view: GuideView,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = value.text;
  markLanguage(node, value.lang, view);
  if (className) node.className = className;
  return node;
}

export function markLanguage(node: HTMLElement, lang: string, view: GuideView): void {
  node.lang = lang;
  node.dir = view.direction(lang);
}

/** A plain string from the guide (a name, an address) whose language is the item's. */
export function plainIn<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, lang: string, view: GuideView): HTMLElementTagNameMap[K] {
  return textIn(tag, { text, lang }, view);
}

/**
 * "Not yet translated, shown in French": said once above the item when any of
 * `texts` is a fallback, naming each language it falls back to.
 */
export function fallbackNote(texts: LocalizedText[], view: GuideView): HTMLElement | null {
  const languages = [...new Set(texts.filter((t) => view.isFallback(t)).map((t) => t.lang))];
  if (languages.length === 0) return null;
  const note = element("p", undefined, { class: "fallback-note", role: "note" });
  note.append(icon("flag"));
  const words = element("span", "reader-fallback-note", {});
  words.dataset.l10nArgs = JSON.stringify({
    languages: languages.map((tag) => view.languageName(tag)).join(", "),
    count: languages.length,
  });
  note.append(words);
  return note;
}

/** A heading with an icon before its words. */
export function iconHeading(level: "h2" | "h3", iconName: string, l10nId: string): HTMLElement {
  const heading = element(level, undefined, { class: "icon-heading" });
  heading.append(icon(iconName), element("span", l10nId));
  return heading;
}

/** A labelled fact: `<dt>` from a message, `<dd>` with the given content. */
export function fact(list: HTMLDListElement, l10nId: string, ...content: (Node | string)[]): void {
  const dd = element("dd");
  dd.append(...content);
  list.append(element("dt", l10nId), dd);
}

/** A message element with arguments, for `localize` to fill in. */
export function message<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  l10nId: string,
  args: Record<string, string | number>,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = element(tag, l10nId, attributes);
  node.dataset.l10nArgs = JSON.stringify(args);
  return node;
}

/** A link (a full-size touch target) with an icon and a message. */
export function iconLink(href: string, iconName: string, l10nId: string, args?: Record<string, string | number>): HTMLAnchorElement {
  const a = element("a", undefined, { href, class: "icon-link" });
  const words = args ? message("span", l10nId, args) : element("span", l10nId);
  a.append(icon(iconName), words);
  return a;
}

/**
 * A message with one argument (`name`: a phone number) written left to right in any
 * page: the words follow the page's direction and the translation's word order, the
 * value sits in its own `<bdi dir="ltr">`. Formatted now, not by `localize`: reader
 * pages are drawn again after a change of language.
 */
export function messageAroundLtr(l10nId: string, name: string, value: string): HTMLSpanElement {
  const mark = "\uE000"; // a private-use character no translation contains
  const [before = "", after = ""] = format(l10nId, { [name]: mark })
    .replace(/[\u2068\u2069]/g, "") // Fluent's isolation around the argument: the <bdi> isolates it
    .split(mark);
  const span = element("span");
  const number = element("bdi", undefined, { dir: "ltr" });
  number.textContent = value;
  span.append(before, number, after);
  return span;
}

/** "Published on 1 December 2026" (the day in the city), for news from the city; none without a time. */
export function publishedOn(item: PublishedItem, view: GuideView): HTMLElement | null {
  const time = epoch(item.published_at);
  if (time === 0) return null;
  const date = dateOf(localNow(view.city.time_zone, new Date(time)));
  return message("time", "reader-published-on", { date: formatDate(date, view.locale) }, { datetime: date, class: "notice-date" });
}
