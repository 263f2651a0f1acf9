/**
 * Which guide this phone opens: the city and language the reader chose last,
 * remembered on the phone (never sent anywhere), and the lists to choose from.
 */
import { api } from "../api";
import type { CitySummary } from "../generated/api";
import type { CityLanguage } from "./bundle";
import type { GuideKey } from "./guide-store";

const CHOICE_KEY = "hospes.guide";
const NAMES_KEY = "hospes.guides.names";

export function rememberedGuide(): GuideKey | undefined {
  try {
    const parsed = JSON.parse(localStorage.getItem(CHOICE_KEY) ?? "null") as Partial<GuideKey> | null;
    return typeof parsed?.city === "string" && typeof parsed.lang === "string" ? { city: parsed.city, lang: parsed.lang } : undefined;
  } catch {
    return undefined;
  }
}

export function rememberGuide(key: GuideKey, cityName?: string): void {
  try {
    localStorage.setItem(CHOICE_KEY, JSON.stringify(key));
    if (cityName) localStorage.setItem(NAMES_KEY, JSON.stringify({ ...cityNames(), [key.city]: cityName }));
  } catch {
    // storage disabled: the reader chooses again next time
  }
}

/** The names of the cities whose guides this phone has opened. */
export function cityNames(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(NAMES_KEY) ?? "{}");
    return parsed && typeof parsed === "object" ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export type { CitySummary };

/** The cities this server has guides for; throws when offline. */
export function listCities(): Promise<CitySummary[]> {
  return api.cities();
}

/** The languages a city's guide is offered in (empty when unknown or offline). */
export async function cityLanguages(city: string): Promise<CityLanguage[]> {
  return (await cityInfo(city))?.languages ?? [];
}

/** A city's name and the languages its guide is offered in; none when unknown or offline. */
export async function cityInfo(city: string): Promise<{ name: string; languages: CityLanguage[] } | undefined> {
  try {
    const info = await api.city(city);
    return { name: info.name, languages: info.languages ?? [] };
  } catch {
    return undefined;
  }
}

/**
 * The city's language for a UI locale (`uk` for `uk`, `zh-Hans` for `zh`): the same
 * tag, else the same language; none when the guide is not written in it.
 */
export function offeredLanguage(languages: readonly CityLanguage[], locale: string): CityLanguage | undefined {
  const lower = locale.toLowerCase();
  const base = (tag: string) => tag.toLowerCase().split("-")[0];
  return languages.find((l) => l.tag.toLowerCase() === lower) ?? languages.find((l) => base(l.tag) === base(lower));
}
