/**
 * The guide's pages an archive entry may speak about ("my first visit to the legal
 * advice desk"): the city's published services and articles, as readers get them
 * (group members do not edit the guide, so they read it as readers do), titled in the
 * member's language where the city offers it.
 */
import { api } from "../../api";
import { currentLocale } from "../../i18n";
import type { Bundle } from "../../reader/bundle";
import type { Option } from "../widgets/check-list";

export async function guidePages(city: string): Promise<Option[]> {
  const info = await api.city(city);
  const wanted = currentLocale().code.toLowerCase();
  const lang = info.languages.find((l) => l.tag.toLowerCase() === wanted)?.tag ?? info.source_language;
  const fetched = await api.bundle(city, lang, null);
  if (!fetched) return [];
  const bundle = JSON.parse(fetched.text) as Bundle;
  const pages: Option[] = [];
  for (const item of bundle.items) {
    if (item.kind === "service") pages.push({ value: item.id, label: item.item.name.text });
    else if (item.kind === "article") pages.push({ value: item.id, label: item.item.title.text });
  }
  return pages.sort((a, b) => (a.label ?? "").localeCompare(b.label ?? "", lang));
}
