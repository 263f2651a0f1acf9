/**
 * `/guide/<city>/<lang>/archive`: accounts of arrival by people who lived them, as
 * their group published them: each entry's voices side by side, each named as its
 * author chose ("Anonymous" where they chose no name), in the reader's language
 * where translated ("translated by …", the original a click away), else in its
 * own language, said so; a recording as an audio player.
 *
 * The archive comes with the guide's bundle, so it reads offline; a bundle saved by
 * an older server has none, and then the page asks the server.
 */
import { api } from "../../api";
import type { RenderedEntry, RenderedVoice } from "../../content/generated/model";
import { languageName } from "../../editor/language-names";
import { element, fill } from "../../page";
import { message, plainIn, textIn } from "../blocks";
import type { LocalizedText } from "../bundle";
import type { GuideView } from "../guide";
import { guidePage } from "../guide-page";
import { jsonLd } from "./item-actions";

export const archiveReaderPage = guidePage("reader-archive-title", (content, view) => {
  const list = element("div", undefined, { class: "archive-list", "aria-busy": "true" });
  list.append(element("p", "reader-loading", { class: "loading" }));
  content.append(element("h1", "reader-archive-title"), element("p", "reader-archive-intro"), list);
  const show = (entries: readonly RenderedEntry[]) => {
    list.removeAttribute("aria-busy");
    if (entries.length === 0) fill(list, element("p", "reader-archive-empty"));
    else fill(list, ...entries.map((entry) => archiveEntryNode(entry, view)));
  };
  const saved = (view.bundle as { archive?: RenderedEntry[] }).archive;
  if (Array.isArray(saved)) {
    show(saved);
    return { section: "other" };
  }
  api.archive(view.key.city, view.lang).then(
    (page) => show(page.entries),
    () => {
      list.removeAttribute("aria-busy");
      fill(list, element("p", navigator.onLine ? "reader-archive-unavailable" : "reader-archive-offline", { role: "alert" }));
    },
  );
  return { section: "other" };
});

/** One published entry, its voices side by side (also in the printed guide). */
export function archiveEntryNode(entry: RenderedEntry, view: GuideView): HTMLElement {
  // Search results link here by this id.
  const article = element("article", undefined, { class: "archive-entry", id: `entry-${entry.id}` });
  const title = plainIn("h2", entry.title, entry.language, view);
  article.append(title, element("p", `archive-theme-${entry.theme}`, { class: "muted" }));
  const about = guidePagesOf(entry, view);
  if (about) article.append(about);
  const voices = element("ul", undefined, { class: "voices" });
  for (const voice of entry.voices) voices.append(voiceNode(voice, view));
  article.append(voices, jsonLd(entry.json_ld));
  return article;
}

/**
 * "It speaks about": links to the guide's pages the group tied the entry to, those
 * this guide has (an entry about several cities may name another city's pages).
 */
function guidePagesOf(entry: RenderedEntry, view: GuideView): HTMLElement | null {
  const links: HTMLElement[] = [];
  for (const id of entry.guide_links) {
    const item = view.index.byId.get(id);
    if (item?.kind === "service") links.push(linkTo(view.path("services", id), item.item.name, view));
    else if (item?.kind === "article") links.push(linkTo(view.path("articles", id), item.item.title, view));
  }
  if (links.length === 0) return null;
  const node = element("p", undefined, { class: "archive-guide-links" });
  node.append(element("span", "reader-archive-speaks-about"), " ");
  links.forEach((link, i) => node.append(...(i > 0 ? [", ", link] : [link])));
  return node;
}

function linkTo(href: string, text: LocalizedText, view: GuideView): HTMLElement {
  const a = textIn("a", text, view);
  a.setAttribute("href", href);
  return a;
}

function voiceNode(voice: RenderedVoice, view: GuideView): HTMLElement {
  const li = element("li", undefined, { class: "voice" });
  // An author who chose no name is "Anonymous", and nothing else says who they are.
  const author = element("h3", voice.author === null ? "reader-archive-anonymous" : undefined, { class: "voice-author" });
  if (voice.author !== null) {
    author.textContent = voice.author;
    author.dir = "auto";
  }
  li.append(author);
  if (voice.translation) {
    li.append(message("p", "reader-archive-translated", { language: languageName(voice.translation.original_language) }, { class: "muted" }));
  } else if (voice.language.toLowerCase() !== view.lang.toLowerCase()) {
    li.append(message("p", "reader-archive-in-language", { language: languageName(voice.language) }, { class: "muted" }));
  }
  if (voice.text) {
    const words = plainIn("blockquote", voice.text, voice.language, view);
    words.classList.add("voice-words");
    li.append(words);
  }
  if (voice.translation) {
    const original = element("details", undefined, { class: "voice-original" });
    original.append(element("summary", "reader-archive-original"), plainIn("blockquote", voice.translation.original_text, voice.translation.original_language, view));
    li.append(original);
  }
  if (voice.photo) {
    // What it shows is its alternative text: the author's words for people who cannot see it.
    li.append(element("img", undefined, { class: "voice-photo", src: `/api/v1/media/${encodeURIComponent(voice.photo.media)}`, alt: voice.photo.description, loading: "lazy" }));
  }
  if (voice.audio) {
    const audio = element("audio", "reader-archive-recording", { controls: "", preload: "none", src: `/api/v1/media/${encodeURIComponent(voice.audio)}` });
    li.append(audio);
  }
  return li;
}
