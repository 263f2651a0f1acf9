/**
 * `/guide/<city>/<lang>/print`: the whole guide in one language on one page, for
 * the printed guides cities hand out: services by category with their hours this
 * week, addresses and phone numbers, then the articles, then the archive's accounts. The print styles drop the
 * app's navigation and controls.
 */
import { format } from "../../i18n";
import { element } from "../../page";
import { message, textIn } from "../blocks";
import { formatDate, formatTime, formatWeekday, listSeparator } from "../date-format";
import type { Schedule } from "../bundle";
import type { GuideView } from "../guide";
import { guidePage } from "../guide-page";
import type { RenderedEntry } from "../../content/generated/model";
import { archiveEntryNode } from "./archive";
import { renderMarkdown } from "../markdown";
import { icon } from "../icons";
import { weeklyHours } from "../weekly-hours";

export const printPage = guidePage("reader-print-title", (content, view) => {
  content.classList.add("printable");
  const button = element("button", undefined, { type: "button", class: "no-print" });
  button.append(icon("print"), element("span", "reader-print-button"));
  button.addEventListener("click", () => window.print());
  content.append(
    message("h1", "reader-print-heading", { city: view.city.name }),
    message("p", "reader-print-date", { date: formatDate(view.today(), view.locale) }, { class: "muted" }),
    guideAddress(view),
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
  const hours = printedHours(view, s.schedules);
  if (hours) block.append(hours);
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

/** The guide's address, written out and as a QR code, to find the current version. */
function guideAddress(view: GuideView): HTMLElement {
  const address = new URL(view.path(), location.origin).href;
  const block = element("div", undefined, { class: "print-address" });
  const text = element("div");
  const link = element("a", undefined, { href: address, dir: "ltr" });
  link.textContent = address;
  const linkLine = element("p");
  linkLine.append(link);
  text.append(element("p", "reader-print-address"), linkLine);
  block.append(text);
  // Drawn here, by a library loaded with this page only.
  import("../qr-code")
    .then(({ qrCode }) => block.prepend(qrCode(address, format("reader-print-qr"))))
    .catch((error: unknown) => console.warn("no QR code:", error));
  return block;
}

/** The service's regular hours by weekday, as its schedules stand today. */
function printedHours(view: GuideView, schedules: Schedule[]): HTMLElement | null {
  const { runs, otherDays } = weeklyHours(schedules, view.today());
  if (runs.length === 0 && !otherDays) return null;
  const block = element("div", undefined, { class: "print-hours" });
  const list = element("dl", undefined, { class: "hours-list" });
  const time = (hhmm: string) => formatTime(`2026-11-02T${hhmm}`, view.locale);
  for (const run of runs) {
    const days = run.first === run.last ? formatWeekday(run.first, view.locale) : `${formatWeekday(run.first, view.locale)} – ${formatWeekday(run.last, view.locale)}`;
    const dt = element("dt");
    dt.textContent = days;
    const dd = element("dd");
    if (run.allDay) dd.append(element("span", "reader-open-all-day"));
    else {
      run.hours.forEach(([opens, closes, appointment], i) => {
        if (i > 0) dd.append(listSeparator());
        const span = element("span");
        span.textContent = `${time(opens)} – ${time(closes)}`;
        dd.append(span);
        if (appointment) dd.append(" ", element("span", "reader-appointment-note"));
      });
    }
    list.append(dt, dd);
  }
  if (runs.length > 0) block.append(list);
  if (otherDays) block.append(element("p", "reader-print-other-days", { class: "muted" }));
  return block;
}

