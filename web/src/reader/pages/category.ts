/** `/guide/<city>/<lang>/categories/<id>`: the services of one category, with whether each is open now. */
import { element } from "../../page";
import { fallbackNote, textIn } from "../blocks";
import type { PublishedService } from "../bundle";
import type { GuideView } from "../guide";
import { guidePage } from "../guide-page";
import { icon } from "../icons";
import { openStateLine } from "./service";

export const categoryPage = guidePage("reader-categories", (content, view, [, id = ""]) => {
  const category = view.city.categories.find((c) => c.id === id);
  if (!category) {
    content.append(element("h1", "not-found-title"), element("p", "not-found-body"));
    return { section: "home" };
  }
  const name = view.categoryName(id);
  const heading = element("h1", undefined, { class: "icon-heading" });
  heading.append(icon(category.icon), textIn("span", name, view));
  content.append(heading);
  const services = view.index.services.filter((s) => s.item.categories.includes(id));
  content.append(serviceList(services, view));
  return { section: "home", title: name.text };
});

/** Services as a list of links, each with its "open now" line. */
export function serviceList(services: PublishedService[], view: GuideView): HTMLElement {
  const list = element("ul", undefined, { class: "item-list" });
  for (const service of services) {
    const li = element("li");
    const a = textIn("a", service.item.name, view);
    a.href = view.path("services", service.id);
    li.append(a);
    const summary = textIn("p", { text: firstSentence(service.item.description.text), lang: service.item.description.lang }, view, "summary");
    li.append(summary, openStateLine(service, view));
    const note = fallbackNote([service.item.name], view);
    if (note) li.append(note);
    list.append(li);
  }
  return list;
}

function firstSentence(text: string): string {
  const match = /^(.{20,160}?[.!?؟。])(\s|$)/su.exec(text);
  return match ? match[1]! : text.length > 160 ? `${text.slice(0, 157)}…` : text;
}
