/**
 * Choosing a guide: `/guide` lists the cities, `/guide/<city>` the city's languages,
 * each named in its own script and marked with its language and direction. Offline,
 * the guides already on this phone are offered instead.
 */
import { currentLocale } from "../../i18n";
import { navigate } from "../../navigate";
import { element, fill, type Page } from "../../page";
import { message } from "../blocks";
import { cityInfo, cityNames, listCities, offeredLanguage } from "../choice";
import { keptGuides } from "../guide-store";
import { icon } from "../icons";

export const chooseCityPage: Page = {
  titleId: "reader-choose-city-title",
  render(main) {
    const list = element("ul", undefined, { class: "choice-list" });
    fill(main, element("h1", "reader-choose-city-title"), element("p", "reader-loading", { class: "loading" }));
    listCities()
      .then((cities) => {
        for (const city of cities) list.append(choice(`/guide/${encodeURIComponent(city.slug)}`, city.name));
        fill(main, element("h1", "reader-choose-city-title"), element("p", "app-tagline"), list);
      })
      .catch(() => fill(main, element("h1", "reader-choose-city-title"), ...offlineChoices()));
  },
};

/**
 * The guide's language, once: the language chosen in the header (or the browser's)
 * is chosen here already when the city's guide is written in it; when it is not,
 * the page says so. One tap on "Open the guide" goes on.
 */
export const chooseLanguagePage: Page = {
  titleId: "reader-choose-language-title",
  render(main, [city = ""]) {
    fill(main, element("h1", "reader-choose-language-title"), element("p", "reader-loading", { class: "loading" }));
    void cityInfo(city).then((info) => {
      if (!info || info.languages.length === 0) {
        fill(main, element("h1", "reader-choose-language-title"), ...offlineChoices());
        return;
      }
      const ui = currentLocale();
      const preselected = offeredLanguage(info.languages, ui.code);
      const heading = message("h1", "reader-choose-language-city", { city: info.name }, { id: "choose-language-heading" });
      const form = element("form", undefined, { class: "language-choice" });
      const fieldset = element("fieldset", undefined, { "aria-labelledby": "choose-language-heading" });
      for (const language of info.languages) {
        const label = element("label", undefined, { class: "choice" });
        const input = element("input", undefined, { type: "radio", name: "lang", value: language.tag, required: "" });
        input.checked = language === preselected;
        const name = element("span");
        name.textContent = language.name;
        name.lang = language.tag;
        name.dir = language.direction;
        label.append(input, name);
        fieldset.append(label);
      }
      form.append(fieldset, element("button", "reader-open-guide", { type: "submit" }));
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        const lang = new FormData(form).get("lang");
        if (typeof lang === "string") navigate(`/guide/${encodeURIComponent(city)}/${encodeURIComponent(lang)}`);
      });
      const parts: HTMLElement[] = [heading];
      if (!preselected) {
        parts.push(message("p", "reader-language-not-offered", { city: info.name, language: ui.name }, { class: "fallback-note", role: "note" }));
      }
      fill(main, ...parts, form);
    });
  },
};

function choice(href: string, label: string): HTMLLIElement {
  const li = element("li");
  const a = element("a", undefined, { href });
  a.textContent = label;
  li.append(a);
  return li;
}

/** No network: the guides this phone keeps, if any. */
function offlineChoices(): HTMLElement[] {
  const note = element("p", undefined, { class: "offline-status", role: "status" });
  note.append(icon("offline"), element("span", "reader-choose-offline"));
  const kept = keptGuides();
  if (kept.length === 0) return [note];
  const names = cityNames();
  const list = element("ul", undefined, { class: "choice-list" });
  for (const key of kept) {
    const li = choice(`/guide/${encodeURIComponent(key.city)}/${encodeURIComponent(key.lang)}`, `${names[key.city] ?? key.city} · ${key.lang}`);
    list.append(li);
  }
  return [note, element("h2", "reader-kept-guides"), list];
}
