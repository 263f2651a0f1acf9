/**
 * `/guide/<city>/<lang>/search?q=`: search the guide on the phone (offline too).
 * The index code is loaded on the first search, not on the home page.
 */
import { element } from "../../page";
import { message, textIn } from "../blocks";
import type { LocalizedText } from "../bundle";
import type { GuideView } from "../guide";
import { guidePage } from "../guide-page";
import { navigate } from "../../navigate";
import { icon } from "../icons";
import { uid } from "../../page";
import { localize } from "../../i18n";

export const searchPage = guidePage("reader-search-title", (content, view) => {
  const query = new URLSearchParams(location.search).get("q")?.trim() ?? "";
  content.append(element("h1", "reader-search-title"), searchForm(view, query));
  const results = element("div", undefined, { class: "search-results", "aria-live": "polite" });
  content.append(results);
  if (query) void showResults(results, view, query);
  return { section: "search" };
});

/** The search box; submitting goes to the search page (no reload). */
export function searchForm(view: GuideView, query: string): HTMLFormElement {
  const form = element("form", undefined, { role: "search", class: "search-form", action: view.path("search") });
  const id = uid("search");
  const label = element("label", "reader-search-label", { for: id, class: "visually-hidden" });
  const input = element("input", undefined, { id, type: "search", name: "q", autocomplete: "off", enterkeyhint: "search" });
  input.value = query;
  const button = element("button", undefined, { type: "submit" });
  button.append(icon("search"), element("span", "reader-search-button"));
  form.append(label, input, button);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const q = input.value.trim();
    navigate(q ? `${view.path("search")}?q=${encodeURIComponent(q)}` : view.path("search"));
  });
  return form;
}

async function showResults(results: HTMLElement, view: GuideView, query: string): Promise<void> {
  const { searchIndex } = await import("../search-index");
  const names = new Map(view.city.categories.map((c) => [c.id, view.categoryName(c.id).text]));
  const found = searchIndex(view.bundle, names).search(query);
  const parts: Node[] = [message("p", "reader-search-count", { count: found.length, query })];
  const list = element("ul", undefined, { class: "item-list" });
  for (const hit of found.slice(0, 50)) {
    if (hit.kind === "archive_entry") {
      // An account in the archive: its page, at the entry.
      const li = element("li");
      const a = element("a", undefined, { href: `${view.path("archive")}#entry-${hit.id}`, dir: "auto" });
      a.textContent = String(hit.title);
      li.append(element("span", "reader-archive-title", { class: "badge kind" }), " ", a);
      list.append(li);
      continue;
    }
    const item = view.index.byId.get(hit.id);
    if (!item) continue;
    const title: LocalizedText = item.kind === "service" ? item.item.name : item.item.title;
    const li = element("li");
    const a = textIn("a", title, view);
    a.href = view.path(item.kind === "service" ? "services" : item.kind === "article" ? "articles" : "events", item.id);
    li.append(element("span", `reader-kind-${item.kind}`, { class: "badge kind" }), " ", a);
    list.append(li);
  }
  parts.push(list);
  results.replaceChildren(...parts);
  localize(results);
}
