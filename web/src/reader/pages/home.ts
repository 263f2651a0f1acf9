/**
 * A guide's home: notices from the city (news, with their dates), search, the categories (icon and words),
 * what's on this week, the guide's topics, and which languages this phone keeps.
 */
import { element } from "../../page";
import { iconHeading, message, publishedOn, textIn } from "../blocks";
import { addDays, dateOf } from "../city-time";
import { dayAndTime, formatShortDay, formatTime } from "../date-format";
import type { GuideView } from "../guide";
import { guidePage } from "../guide-page";
import { icon } from "../icons";
import { searchForm } from "./search";
import { keptLanguages } from "./kept-languages";

export const guideHomePage = guidePage("reader-nav-home", (content, view) => {
  const title = message("h1", "reader-home-title", { city: view.city.name });
  content.append(title);
  const notices = noticesSection(view);
  if (notices) content.append(notices);
  content.append(searchForm(view, ""), categoriesSection(view));
  return { section: "home", below: () => [thisWeekSection(view), topicsSection(view), archiveLink(view), keptLanguages(view)] };
});

function noticesSection(view: GuideView): HTMLElement | null {
  const today = view.today();
  const notices = view.index.articles.filter((a) => a.item.notice_until && a.item.notice_until >= today);
  if (notices.length === 0) return null;
  const section = element("section", undefined, { class: "notices", "aria-labelledby": "notices-heading" });
  const heading = iconHeading("h2", "flag", "reader-notices");
  heading.id = "notices-heading";
  const list = element("ul");
  for (const notice of notices) {
    const a = textIn("a", notice.item.title, view);
    a.href = view.path("articles", notice.id);
    const li = element("li");
    li.append(a);
    const date = publishedOn(notice, view);
    if (date) li.append(date);
    list.append(li);
  }
  section.append(heading, list);
  return section;
}

function categoriesSection(view: GuideView): HTMLElement {
  const section = element("section", undefined, { "aria-labelledby": "categories-heading" });
  const heading = element("h2", "reader-categories", { id: "categories-heading" });
  const list = element("ul", undefined, { class: "category-grid" });
  for (const category of view.city.categories) {
    const count = view.index.serviceCounts.get(category.id) ?? 0;
    if (count === 0) continue;
    const a = element("a", undefined, { href: view.path("categories", category.id) });
    a.append(icon(category.icon), textIn("span", view.categoryName(category.id), view, "category-name"));
    a.append(message("span", "reader-category-count", { count }, { class: "category-count" }));
    const li = element("li");
    li.append(a);
    list.append(li);
  }
  section.append(heading, list);
  return section;
}

/** The next occurrences within seven days, at most five. */
function thisWeekSection(view: GuideView): HTMLElement {
  const section = element("section", undefined, { "aria-labelledby": "week-heading" });
  const heading = iconHeading("h2", "calendar", "reader-this-week");
  heading.id = "week-heading";
  section.append(heading);
  const now = view.now();
  const until = addDays(dateOf(now), 7);
  const upcoming = (view.bundle.calendar?.occurrences ?? [])
    .filter((o) => !o.cancelled && o.end > now && dateOf(o.start) < until && view.index.byId.has(o.id))
    .slice(0, 5);
  if (upcoming.length === 0) {
    section.append(element("p", "reader-no-events-this-week"));
  } else {
    const list = element("dl", undefined, { class: "week-list" });
    for (const occurrence of upcoming) {
      const event = view.index.byId.get(occurrence.id)!;
      if (event.kind !== "event") continue;
      const when = dayAndTime(formatShortDay(occurrence.start, view.locale), formatTime(occurrence.start, view.locale));
      const a = textIn("a", event.item.title, view);
      a.href = view.path("events", event.id);
      const dt = element("dt");
      dt.textContent = when;
      const dd = element("dd");
      dd.append(a);
      list.append(dt, dd);
    }
    section.append(list);
  }
  const more = element("p");
  more.append(element("a", "reader-all-events", { href: view.path("events") }));
  section.append(more);
  return section;
}

function topicsSection(view: GuideView): HTMLElement {
  const section = element("section", undefined, { "aria-labelledby": "topics-heading" });
  const heading = iconHeading("h2", "article", "reader-topics");
  heading.id = "topics-heading";
  const list = element("ul");
  for (const article of view.index.children.get("") ?? []) {
    if (article.item.notice_until) continue;
    const a = textIn("a", article.item.title, view);
    a.href = view.path("articles", article.id);
    const li = element("li");
    li.append(a);
    list.append(li);
  }
  section.append(heading, list);
  return section;
}

/** The archive: accounts of arrival, asked for from the server when opened. */
function archiveLink(view: GuideView): HTMLElement {
  const section = element("section", undefined, { "aria-labelledby": "archive-heading" });
  const heading = iconHeading("h2", "speaker", "reader-archive-title");
  heading.id = "archive-heading";
  const link = element("p");
  link.append(element("a", "reader-archive-link", { href: view.path("archive") }));
  section.append(heading, link);
  return section;
}
