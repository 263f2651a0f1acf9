/**
 * `/guide/<city>/<lang>/services/<id>`: one service. What it is and who it is for,
 * cost, languages spoken, documents needed, hours ("open now" in the city's time),
 * where (a `geo:` link for the phone's own map app, and the map's website), how to call, share,
 * when it was last checked, and a way to suggest a correction.
 */
import { emailAddress, phoneNumber, webAddress } from "../../content/addresses.js";
import { element } from "../../page";
import { fact, fallbackNote, iconHeading, iconLink, markLanguage, message, messageAroundLtr, plainIn, textIn } from "../blocks";
import type { LocalizedText, Place, PublishedService } from "../bundle";
import { addDays } from "../city-time";
import { formatDate, formatDay, formatTime, formatTimeRange, listSeparator } from "../date-format";
import type { GuideView } from "../guide";
import { guidePage } from "../guide-page";
import { icon } from "../icons";
import { listenButton } from "../listen";
import { openState, openingsByDay } from "../opening-hours";
import { jsonLd, shareButton, suggestLink } from "./item-actions";

export const servicePage = guidePage("reader-service-title", (content, view, [, id = ""]) => {
  const found = view.index.byId.get(id);
  if (!found || found.kind !== "service") {
    content.append(element("h1", "not-found-title"), element("p", "not-found-body"));
    return { section: "other" };
  }
  const service = found.item;
  const article = element("article", undefined, { class: "item service" });
  article.append(textIn("h1", service.name, view));
  if (service.organization) article.append(plainIn("p", service.organization, service.source_language, view));
  const note = fallbackNote(allTexts(found), view);
  if (note) article.append(note);
  if (service.status !== "active") {
    article.append(element("p", `reader-status-${service.status}`, { class: "status-banner", role: "note" }));
  }
  article.append(openStateLine(found, view), listenButton(article, view.lang));
  if (service.open_to_all) {
    const badge = element("p", undefined, { class: "open-to-all" });
    badge.append(icon("check"), element("span", "reader-open-to-all"));
    article.append(badge);
  }
  if (service.description.text) article.append(textIn("p", service.description, view, "description"));

  const facts = element("dl", undefined, { class: "facts" });
  if (service.target_groups.length > 0) fact(facts, "reader-for-whom", groupList(service.target_groups));
  if (service.eligibility.text) fact(facts, "reader-eligibility", textIn("span", service.eligibility, view));
  fact(facts, "reader-cost", costText(service.cost.free, service.cost.fee, view));
  if (service.languages_spoken.length > 0) {
    const spoken = message("span", "reader-languages-spoken", { languages: service.languages_spoken.join(",") });
    const parts: (Node | string)[] = [spoken];
    if (service.interpretation) parts.push(" ", element("span", "reader-interpretation"));
    fact(facts, "reader-languages", ...parts);
  }
  if (service.documents_needed.text) fact(facts, "reader-documents", textIn("span", service.documents_needed, view));
  article.append(facts);

  article.append(hoursSection(found, view));
  for (const place of service.locations) article.append(placeSection(place, view, service.source_language));
  article.append(contactSection(found, view));

  const actions = element("div", undefined, { class: "item-actions" });
  actions.append(shareButton(service.name.text), suggestLink(view, found.id));
  article.append(actions);
  if (service.last_verified?.date) {
    article.append(message("p", "reader-last-checked", { date: formatDate(service.last_verified.date, view.locale) }, { class: "muted" }));
  }
  article.append(jsonLd(found.json_ld));
  content.append(article);
  return { section: "other", title: service.name.text };
});

function allTexts(found: PublishedService): LocalizedText[] {
  const s = found.item;
  return [
    s.name,
    s.description,
    s.eligibility,
    s.documents_needed,
    s.cost.fee,
    ...s.locations.map((l) => l.accessibility),
    ...s.schedules.map((x) => x.notes),
  ];
}

function groupList(groups: string[]): HTMLElement {
  const list = element("ul", undefined, { class: "inline-list" });
  for (const group of groups) list.append(element("li", `reader-target-${group}`));
  return list;
}

export function costText(free: boolean, fee: LocalizedText, view: GuideView): HTMLElement {
  if (free) return element("span", "reader-free");
  return fee.text ? textIn("span", fee, view) : element("span", "reader-not-free");
}

/** "Open now, closes at 17:00" / "Opens tomorrow at 09:00", in the city's time. */
export function openStateLine(found: PublishedService, view: GuideView): HTMLElement {
  const line = element("p", undefined, { class: "open-state" });
  const now = view.now();
  const state = openState(view.bundle.calendar, found.id, now);
  line.dataset.state = state.state;
  line.append(icon("clock"));
  const today = view.today();
  switch (state.state) {
    case "open":
      if (state.closes === null) line.append(element("span", "reader-open-now-all-day"));
      else line.append(message("span", "reader-open-now", { time: formatTime(state.closes, view.locale) }));
      break;
    case "opens": {
      const day = state.at.slice(0, 10);
      const time = formatTime(state.at, view.locale);
      if (day === today) line.append(message("span", "reader-opens-today", { time }));
      else if (day === addDays(today, 1)) line.append(message("span", "reader-opens-tomorrow", { time }));
      else line.append(message("span", "reader-opens-on", { day: formatDay(state.at, view.locale), time }));
      break;
    }
    case "appointment":
      line.append(element("span", "reader-by-appointment"));
      break;
    case "closed":
      line.append(element("span", "reader-no-hours-soon"));
      break;
    case "unknown":
      line.append(element("span", "reader-hours-unknown"));
      break;
  }
  return line;
}

/** The coming seven days' hours, and the schedules' notes. */
function hoursSection(found: PublishedService, view: GuideView): HTMLElement {
  const section = element("section", undefined, { class: "hours" });
  section.append(iconHeading("h2", "clock", "reader-hours"));
  const today = view.today();
  const days = openingsByDay(view.bundle.calendar, found.id, today, 7);
  if (days.length > 0 && (view.bundle.calendar?.openings[found.id]?.length ?? 0) > 0) {
    const table = element("dl", undefined, { class: "hours-list" });
    for (const { date, openings, allDay } of days) {
      const dt = element("dt");
      if (date === today) dt.append(element("span", "reader-today"));
      else if (date === addDays(today, 1)) dt.append(element("span", "reader-tomorrow"));
      else dt.textContent = formatDay(date, view.locale);
      const dd = element("dd");
      if (allDay) {
        dd.append(element("span", "reader-open-all-day"));
        table.append(dt, dd);
        continue;
      }
      if (openings.length === 0) dd.append(element("span", "reader-closed-day"));
      openings.forEach(([opens, closes, appointment], i) => {
        if (i > 0) dd.append(listSeparator());
        const span = element("span");
        span.textContent = formatTimeRange(opens, closes, view.locale);
        dd.append(span);
        if (appointment) dd.append(" ", element("span", "reader-appointment-note"));
      });
      table.append(dt, dd);
    }
    section.append(table);
  }
  for (const schedule of found.item.schedules) {
    if (schedule.notes.text) section.append(textIn("p", schedule.notes, view));
    else if (schedule.by_appointment) section.append(element("p", "reader-by-appointment"));
  }
  return section;
}

/** A place: its name, address, a link for the phone's map app, and access notes. */
export function placeSection(place: Place, view: GuideView, lang: string): HTMLElement {
  const section = element("section", undefined, { class: "place" });
  section.append(iconHeading("h2", "pin", place.outreach ? "reader-outreach" : "reader-where"));
  if (place.name) section.append(plainIn("p", place.name, lang, view));
  const a = place.address;
  const lines = [a.street, [a.postal_code, a.locality].filter(Boolean).join(" "), a.region].filter((l) => l && l.trim());
  if (lines.length > 0) {
    const address = element("address");
    lines.forEach((line, i) => {
      if (i > 0) address.append(element("br"));
      address.append(line);
    });
    markLanguage(address, lang, view);
    section.append(address);
  }
  if (place.latitude !== null && place.longitude !== null) {
    const label = encodeURIComponent(place.name || lines.join(", "));
    const geo = `geo:${place.latitude},${place.longitude}?q=${place.latitude},${place.longitude}(${label})`;
    // iPhones open no `geo:` link: the map's website is offered beside it. Both are
    // places the reader chooses to go; the guide itself asks no map server for anything.
    const web = `https://www.openstreetmap.org/?mlat=${place.latitude}&mlon=${place.longitude}#map=17/${place.latitude}/${place.longitude}`;
    const webLink = iconLink(web, "map", "reader-open-web-map");
    webLink.rel = "noopener noreferrer";
    const list = element("ul", undefined, { class: "action-list map-links" });
    for (const link of [iconLink(geo, "pin", "reader-open-map"), webLink]) {
      const li = element("li");
      li.append(link);
      list.append(li);
    }
    section.append(list);
  }
  if (place.accessibility.text) section.append(textIn("p", place.accessibility, view));
  return section;
}

/**
 * How to reach the service. Only values that parse become links; an item published
 * before the server checked them may hold anything, which is shown as plain text
 * (a phone or e-mail a person can still read) or left out (a web address that
 * cannot be opened).
 */
function contactSection(found: PublishedService, view: GuideView): HTMLElement {
  const { phones, email, website } = found.item.contacts;
  const section = element("section", undefined, { class: "contact" });
  section.append(iconHeading("h2", "phone", "reader-contact"));
  const list = element("ul", undefined, { class: "action-list" });
  const item = (content: Node) => {
    const li = element("li");
    li.append(content);
    list.append(li);
  };
  for (const phone of phones) {
    const number = phoneNumber(phone);
    if (number) {
      // The line follows the page's direction (icon at its start); only the number is
      // written left to right, or "+33 1 23" would read "23 1 +33" in Arabic.
      const link = element("a", undefined, { href: `tel:${number.dialable}`, class: "icon-link" });
      link.append(icon("phone"), messageAroundLtr("reader-call", "phone", phone));
      item(link);
    } else if (phone.trim()) {
      item(plainText(phone));
    }
  }
  if (emailAddress(email)) item(iconLink(`mailto:${email}`, "mail", "reader-email", { email }));
  else if (email.trim()) item(plainText(email));
  const site = webAddress(website);
  if (site) {
    const link = iconLink(website, "globe", "reader-website", { site: site.host });
    link.rel = "noopener noreferrer";
    item(link);
  }
  if (list.childElementCount === 0) return element("div");
  section.append(list);
  void view;
  return section;
}

/** A contact value that is not a usable address, as text in its own direction. */
function plainText(value: string): HTMLElement {
  const span = element("span", undefined, { class: "contact-text", dir: "auto" });
  span.textContent = value;
  return span;
}
