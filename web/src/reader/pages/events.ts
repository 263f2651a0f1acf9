/**
 * The calendar: `/events` lists the coming four weeks day by day (recurring events
 * on each of their days, cancelled ones marked), `/events/<id>` one event with its
 * next dates, a file for the phone's calendar and the city's feed to subscribe to.
 */
import { webAddress } from "../../content/addresses.js";
import { element } from "../../page";
import { fact, fallbackNote, iconHeading, iconLink, message, textIn } from "../blocks";
import type { Occurrence } from "../bundle";
import { addDays, dateOf, formatDay, formatTimeRange } from "../city-time";
import type { GuideView } from "../guide";
import { guidePage } from "../guide-page";
import { listenButton } from "../listen";
import { costText, placeSection } from "./service";
import { jsonLd, shareButton, suggestLink } from "./item-actions";

const DAYS_SHOWN = 28;

export const eventsPage = guidePage("reader-events-title", (content, view) => {
  content.append(element("h1", "reader-events-title"));
  const now = view.now();
  const today = dateOf(now);
  const last = addDays(today, DAYS_SHOWN - 1);
  const occurrences = (view.bundle.calendar?.occurrences ?? []).filter(
    (o) => o.end > now && dateOf(o.start) <= last && view.index.byId.get(o.id)?.kind === "event",
  );
  if (occurrences.length === 0) content.append(element("p", "reader-no-events"));
  const byDay = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences) {
    // An event that began before today and is still on is listed today.
    const day = dateOf(occurrence.start) < today ? today : dateOf(occurrence.start);
    byDay.set(day, [...(byDay.get(day) ?? []), occurrence]);
  }
  const weekEnd = addDays(today, 7);
  let period: "week" | "later" | undefined;
  for (const [day, list] of byDay) {
    const dayPeriod = day < weekEnd ? "week" : "later";
    if (dayPeriod !== period) {
      content.append(element("h2", dayPeriod === "week" ? "reader-this-week" : "reader-events-later", { class: "period" }));
      period = dayPeriod;
    }
    const section = element("section", undefined, { class: "day" });
    section.append(dayHeading(day, today, view));
    const ul = element("ul", undefined, { class: "item-list" });
    for (const occurrence of list) ul.append(occurrenceItem(occurrence, view));
    section.append(ul);
    content.append(section);
  }
  content.append(feedLinks(view));
  return { section: "events" };
});

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
  const section = element("section", undefined, { class: "feed" });
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
    li.append(`${formatDay(occurrence.start, view.locale)}, `);
    const time = element("span");
    time.textContent = formatTimeRange(occurrence.start, occurrence.end, view.locale);
    li.append(time);
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
