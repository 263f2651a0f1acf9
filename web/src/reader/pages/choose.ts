/**
 * Choosing a guide: `/guide` lists the cities, `/guide/<city>` the city's languages,
 * each named in its own script and marked with its language and direction. Offline,
 * the guides already on this phone are offered instead.
 */
import { element, fill, type Page } from "../../page";
import { cityLanguages, cityNames, listCities } from "../choice";
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

export const chooseLanguagePage: Page = {
  titleId: "reader-choose-language-title",
  render(main, [city = ""]) {
    fill(main, element("h1", "reader-choose-language-title"), element("p", "reader-loading", { class: "loading" }));
    void cityLanguages(city).then((languages) => {
      if (languages.length === 0) {
        fill(main, element("h1", "reader-choose-language-title"), ...offlineChoices());
        return;
      }
      const list = element("ul", undefined, { class: "choice-list" });
      for (const language of languages) {
        const item = choice(`/guide/${encodeURIComponent(city)}/${encodeURIComponent(language.tag)}`, language.name);
        const link = item.querySelector("a")!;
        link.lang = language.tag;
        link.dir = language.direction;
        list.append(item);
      }
      fill(main, element("h1", "reader-choose-language-title"), list);
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
