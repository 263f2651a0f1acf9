/**
 * The calendar: `/events` lists the coming four weeks day by day (recurring events
 * on each of their days, cancelled ones marked) and links the later months the
 * stored calendar holds; `/events?month=YYYY-MM` lists one month, with the months
 * before and after it; `/events/<id>` is one event with its next dates, a file for
 * the phone's calendar and the city's feed to subscribe to. Everything is drawn from
 * the saved bundle, so it all works offline.
 */
import { webAddress } from "../../content/addresses.js";
import { element } from "../../page";
import { fact, fallbackNote, iconHeading, iconLink, message, textIn } from "../blocks";
import type { Occurrence } from "../bundle";
import { addDays, dateOf } from "../city-time";
import { dayAndTime, formatDate, formatDay, formatMonth, formatTimeRange } from "../date-format";
import type { GuideView } from "../guide";
import { guidePage } from "../guide-page";
import { listenButton } from "../listen";
import { costText, placeSection } from "./service";
import { jsonLd, shareButton, suggestLink } from "./item-actions";

const DAYS_SHOWN = 28;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const eventsPage = guidePage("reader-events-title", (content, view) => {
  content.append(element("h1", "reader-events-title"));
  const month = new URLSearchParams(location.search).get("month") ?? "";
  if (MONTH.test(month)) {
    monthList(content, view, month);
    content.append(feedLinks(view));
    return { section: "events", title: formatMonth(month, view.locale) };
  }
  if (month) content.append(element("p", "reader-events-bad-month", { class: "status-banner", role: "note" }));
  const today = view.today();
  const last = addDays(today, DAYS_SHOWN - 1);
  const occurrences = comingEvents(view).filter((o) => dateOf(o.start) <= last);
  if (occurrences.length === 0) content.append(element("p", "reader-no-events"));
  const weekEnd = addDays(today, 7);
  let period: "week" | "later" | undefined;
  for (const [day, list] of byDay(occurrences, today)) {
    const dayPeriod = day < weekEnd ? "week" : "later";
    if (dayPeriod !== period) {
      content.append(element("h2", dayPeriod === "week" ? "reader-this-week" : "reader-events-later", { class: "period" }));
      period = dayPeriod;
    }
    content.append(daySection(day, list, view));
  }
  content.append(laterMonths(view, last), feedLinks(view));
  return { section: "events" };
});

/** The occurrences of published events not over yet, earliest first. */
function comingEvents(view: GuideView): Occurrence[] {
  const now = view.now();
  return (view.bundle.calendar?.occurrences ?? []).filter((o) => o.end > now && view.index.byId.get(o.id)?.kind === "event");
}

/** By local day; an event that began before today and is still on is listed today. */
function byDay(occurrences: Occurrence[], today: string): Map<string, Occurrence[]> {
  const days = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences) {
    const day = dateOf(occurrence.start) < today ? today : dateOf(occurrence.start);
    days.set(day, [...(days.get(day) ?? []), occurrence]);
  }
  return days;
}

function daySection(day: string, list: Occurrence[], view: GuideView): HTMLElement {
  const section = element("section", undefined, { class: "day" });
  section.append(dayHeading(day, view.today(), view));
  const ul = element("ul", undefined, { class: "item-list" });
  for (const occurrence of list) ul.append(occurrenceItem(occurrence, view));
  section.append(ul);
  return section;
}

/** The months after the first four weeks that have events, each a link to its list. */
function laterMonths(view: GuideView, last: string): HTMLElement {
  const counts = new Map<string, number>();
  for (const occurrence of comingEvents(view)) {
    if (dateOf(occurrence.start) <= last) continue;
    const month = occurrence.start.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const section = element("section", undefined, { class: "later-months", "aria-labelledby": "later-months-heading" });
  const heading = iconHeading("h2", "calendar", "reader-events-by-month");
  heading.id = "later-months-heading";
  section.append(heading);
  if (counts.size === 0) {
    section.append(element("p", "reader-no-later-events"));
    return section;
  }
  const list = element("ul", undefined, { class: "action-list" });
  for (const [month, count] of counts) {
    const li = element("li");
    li.append(iconLink(monthPath(view, month), "calendar", "reader-events-in-month", { month: formatMonth(month, view.locale), count }));
    list.append(li);
  }
  section.append(list);
  return section;
}

/** One month's events from today on, and links to the months before and after it. */
function monthList(content: HTMLElement, view: GuideView, month: string): void {
  const today = view.today();
  const calendar = view.bundle.calendar;
  const heading = element("h2", undefined, { class: "period" });
  heading.textContent = formatMonth(month, view.locale);
  content.append(heading);
  const occurrences = comingEvents(view).filter((o) => o.start.slice(0, 7) === month || (dateOf(o.start) < today && today.slice(0, 7) === month));
  if (occurrences.length === 0) content.append(element("p", "reader-no-events-month"));
  for (const [day, list] of byDay(occurrences, today)) content.append(daySection(day, list, view));
  // The phone holds a few months: past them it cannot know, and says so.
  const lastKnown = calendar?.occurrences_to ?? today;
  if (lastKnown < addDays(`${shiftMonth(month, 1)}-01`, -1)) {
    content.append(message("p", "reader-events-known-until", { date: formatDate(lastKnown, view.locale) }, { class: "muted" }));
  }
  const pager = element("ul", undefined, { class: "action-list month-pager" });
  const before = shiftMonth(month, -1);
  const after = shiftMonth(month, 1);
  if (before >= today.slice(0, 7)) pager.append(pagerItem(monthPath(view, before), "reader-events-month-before", formatMonth(before, view.locale)));
  const coming = element("li");
  coming.append(iconLink(view.path("events"), "calendar", "reader-events-coming-weeks"));
  pager.append(coming);
  if (after <= lastKnown.slice(0, 7)) pager.append(pagerItem(monthPath(view, after), "reader-events-month-after", formatMonth(after, view.locale)));
  content.append(pager);
}

function pagerItem(href: string, l10nId: string, month: string): HTMLElement {
  const li = element("li");
  li.append(iconLink(href, "calendar", l10nId, { month }));
  return li;
}

const monthPath = (view: GuideView, month: string) => `${view.path("events")}?month=${month}`;

/** `YYYY-MM` `by` months later (or earlier). */
function shiftMonth(month: string, by: number): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  const index = year * 12 + (number - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

function dayHeading(day: string, today: string, view: GuideView): HTMLElement {
  const h3 = element("h3");
  if (day === today) h3.append(element("span", "reader-today"), " · ");
  else if (day === addDays(today, 1)) h3.append(element("span", "reader-tomorrow"), " · ");
  h3.append(formatDay(day, view.locale));
  return h3;
}

function occurrenceItem(occurrence: Occurrence, view: GuideView): HTMLElement {
  const event = view.index.byId.get(occurrence.id)!;
  if (event.kind !== "event") return element("li");
  const li = element("li", undefined, { class: occurrence.cancelled ? "cancelled" : "" });
  const time = element("p", undefined, { class: "when" });
  time.textContent = formatTimeRange(occurrence.start, occurrence.end, view.locale);
  const a = textIn("a", event.item.title, view);
  a.href = view.path("events", event.id);
  li.append(time, a);
  if (occurrence.cancelled) li.append(element("p", "reader-event-cancelled", { class: "status-banner" }));
  if (event.item.place?.name) li.append(textIn("p", { text: event.item.place.name, lang: event.item.source_language }, view, "muted"));
  return li;
}

/** The city's whole calendar, for a calendar app to subscribe to. */
function feedLinks(view: GuideView): HTMLElement {
  const section = element("section", undefined, { class: "feed", "aria-labelledby": "feed-heading" });
  const heading = iconHeading("h2", "calendar", "reader-feed-heading");
  heading.id = "feed-heading";
  section.append(heading);
  const feed = `/feeds/${encodeURIComponent(view.key.city)}/${encodeURIComponent(view.lang)}/events.ics`;
  const webcal = `webcal://${location.host}${feed}`;
  const list = element("ul", undefined, { class: "action-list" });
  const subscribe = element("li");
  subscribe.append(iconLink(webcal, "calendar", "reader-subscribe"));
  const download = element("li");
  download.append(iconLink(feed, "calendar", "reader-feed-link"));
  list.append(subscribe, download);
  section.append(list);
  return section;
}

export const eventPage = guidePage("reader-events-title", (content, view, [, id = ""]) => {
  const found = view.index.byId.get(id);
  if (!found || found.kind !== "event") {
    content.append(element("h1", "not-found-title"), element("p", "not-found-body"));
    return { section: "events" };
  }
  const event = found.item;
  const article = element("article", undefined, { class: "item event" });
  article.append(textIn("h1", event.title, view));
  const note = fallbackNote([event.title, event.description, event.cost.fee, event.place?.accessibility ?? { text: "", lang: view.lang }], view);
  if (note) article.append(note);
  if (event.cancelled) article.append(element("p", "reader-event-cancelled", { class: "status-banner", role: "note" }));
  article.append(listenButton(article, view.lang));

  const now = view.now();
  const next = (view.bundle.calendar?.occurrences ?? []).filter((o) => o.id === found.id && o.end > now).slice(0, 6);
  const when = element("section", undefined, { class: "when" });
  when.append(iconHeading("h2", "calendar", event.rrule ? "reader-event-next-dates" : "reader-event-when"));
  const dates = element("ul");
  for (const occurrence of next) {
    const li = element("li", undefined, { class: occurrence.cancelled ? "cancelled" : "" });
    li.append(dayAndTime(formatDay(occurrence.start, view.locale), formatTimeRange(occurrence.start, occurrence.end, view.locale)));
    if (occurrence.cancelled) li.append(" ", element("span", "reader-event-cancelled"));
    dates.append(li);
  }
  if (next.length === 0) when.append(element("p", "reader-event-past"));
  else when.append(dates);
  article.append(when);

  if (event.description.text) article.append(textIn("p", event.description, view, "description"));
  const facts = element("dl", undefined, { class: "facts" });
  if (event.organizer) fact(facts, "reader-organizer", textIn("span", { text: event.organizer, lang: event.source_language }, view));
  fact(facts, "reader-cost", costText(event.cost.free, event.cost.fee, view));
  if (event.languages.length > 0) fact(facts, "reader-languages", message("span", "reader-languages-spoken", { languages: event.languages.join(",") }));
  if (event.open_to_residents) fact(facts, "reader-for-whom", element("span", "reader-open-to-residents"));
  article.append(facts);
  if (event.place) article.append(placeSection(event.place, view, event.source_language));

  const actions = element("ul", undefined, { class: "action-list" });
  const add = element("li");
  const ics = iconLink(`/feeds/${encodeURIComponent(view.key.city)}/${encodeURIComponent(view.lang)}/events/${encodeURIComponent(found.id)}.ics`, "calendar", "reader-add-to-calendar");
  ics.setAttribute("download", "");
  add.append(ics);
  actions.append(add);
  for (const [link, l10nId] of [
    [event.registration_link, "reader-register"],
    [event.online_link, "reader-online-link"],
  ] as const) {
    if (!webAddress(link)) continue;
    const li = element("li");
    const a = iconLink(link, "share", l10nId);
    a.rel = "noopener noreferrer";
    li.append(a);
    actions.append(li);
  }
  article.append(actions);
  const more = element("div", undefined, { class: "item-actions" });
  more.append(shareButton(event.title.text), suggestLink(view, found.id));
  article.append(more, jsonLd(found.json_ld));
  content.append(article);
  return { section: "events", title: event.title.text };
});
