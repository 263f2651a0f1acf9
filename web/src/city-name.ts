/**
 * A city's name, for the pages that speak of a city by its address (`/admin/<city>`,
 * `/suggestions/<city>`, an invitation): asked of the readers' city API (no cookies,
 * the browser's cache may answer); its slug while that is not known (offline, say).
 */
import { api } from "./api";

export async function cityName(slug: string): Promise<string> {
  try {
    return (await api.city(slug)).name || slug;
  } catch {
    return slug;
  }
}
