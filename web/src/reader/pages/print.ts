/**
 * `/guide/<city>/<lang>/print`: the whole guide in one language on one page, for
 * the printed guides cities hand out: services by category with their hours this
 * week, addresses and phone numbers, then the articles, then the archive's accounts. The print styles drop the
 * app's navigation and controls.
 */
import { format } from "../../i18n";
import { element } from "../../page";
import { message, textIn } from "../blocks";
import { formatDate, formatShortDay, formatTimeRange } from "../date-format";
import type { GuideView } from "../guide";
import { guidePage } from "../guide-page";
import type { RenderedEntry } from "../../content/generated/model";
import { archiveEntryNode } from "./archive";
import { renderMarkdown } from "../markdown";
import { icon } from "../icons";
import { openingsByDay } from "../opening-hours";

export const printPage = guidePage("reader-print-title", (content, view) => {
  content.classList.add("printable");
  const button = element("button", undefined, { type: "button", class: "no-print" });
  button.append(icon("print"), element("span", "reader-print-button"));
  button.addEventListener("click", () => window.print());
  content.append(
    message("h1", "reader-print-heading", { city: view.city.name }),
    message("p", "reader-print-date", { date: formatDate(view.today(), view.locale) }, { class: "muted" }),
    button,
  );
  for (const category of view.city.categories) {
    const services = view.index.services.filter((s) => s.item.categories[0] === category.id);
    if (services.length === 0) continue;
    const section = element("section", undefined, { class: "print-category" });
    section.append(textIn("h2", view.categoryName(category.id), view));
    for (const service of services) section.append(printedService(view, service.id));
    content.append(section);
  }
  const articles = element("section", undefined, { class: "print-articles" });
  articles.append(element("h2", "reader-articles-title"));
  const walk = (parent: string, level: number) => {
    for (const article of view.index.children.get(parent) ?? []) {
      articles.append(textIn(level === 0 ? "h3" : "h4", article.item.title, view));
      const body = element("div");
      body.lang = article.item.body.lang;
      body.dir = view.direction(article.item.body.lang);
      body.append(renderMarkdown(article.item.body.text, level === 0 ? 4 : 5));
      articles.append(body);
      if (level < 4) walk(article.id, level + 1);
    }
  };
  walk("", 0);
  content.append(articles);
  // The archive's published accounts, as on their page (older bundles have none).
  const archive = (view.bundle as { archive?: RenderedEntry[] }).archive ?? [];
  if (archive.length > 0) {
    const voices = element("section", undefined, { class: "print-archive" });
    voices.append(element("h2", "reader-archive-title"), ...archive.map((entry) => archiveEntryNode(entry, view)));
    content.append(voices);
  }
  return { section: "other" };
});

function printedService(view: GuideView, id: string): HTMLElement {
  const found = view.index.byId.get(id);
  const block = element("article", undefined, { class: "print-service" });
  if (!found || found.kind !== "service") return block;
  const s = found.item;
  block.append(textIn("h3", s.name, view));
  if (s.description.text) block.append(textIn("p", s.description, view));
  const hours = openingsByDay(view.bundle.calendar, id, view.today(), 7).filter((d) => d.openings.length > 0);
  if (hours.length > 0) {
    const p = element("p", undefined, { class: "print-hours" });
    p.append(
      hours
        .map(({ date, openings, allDay }) => `${formatShortDay(date, view.locale)} ${allDay ? format("reader-open-all-day") : openings.map(([o, c]) => formatTimeRange(o, c, view.locale)).join(", ")}`)
        .join(" · "),
    );
    block.append(p);
  }
  for (const place of s.locations) {
    const a = place.address;
    const line = [place.name, a.street, [a.postal_code, a.locality].filter(Boolean).join(" ")].filter(Boolean).join(", ");
    if (line) block.append(textIn("p", { text: line, lang: s.source_language }, view));
  }
  const contacts = [...s.contacts.phones, s.contacts.email, s.contacts.website].filter(Boolean);
  if (contacts.length > 0) {
    const p = element("p", undefined, { dir: "ltr" });
    p.textContent = contacts.join(" · ");
    block.append(p);
  }
  return block;
}
