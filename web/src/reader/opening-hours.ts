/**
 * "Open now, closes at 17:00" / "Opens tomorrow at 09:00": a service's openings (from
 * the bundle's calendar, local times) read at the city's local time now. Mirrors the
 * server's `opening_hours::open_state` precedence: open for walk-ins > by appointment
 * now > opens later > by appointment > closed; no calendar at all is "unknown".
 */
import type { Calendar, Opening } from "./bundle";
import { addDays, addMinute, dateOf } from "./city-time";

export type OpenState =
  | { state: "open"; closes: string }
  | { state: "opens"; at: string }
  | { state: "appointment" }
  | { state: "closed" }
  /** No hours known for now: no schedule, or the stored guide is too old to say. */
  | { state: "unknown" };

export function openState(calendar: Calendar | undefined, serviceId: string, now: string): OpenState {
  const openings = calendar?.openings[serviceId];
  if (!calendar || !openings || openings.length === 0) return { state: "unknown" };
  // Past the stored window the guide cannot know the hours: say so rather than guess.
  if (dateOf(now) > calendar.to || dateOf(now) < calendar.from) return { state: "unknown" };
  const walkIn = openings.filter(([, , appointment]) => !appointment);
  const current = walkIn.find(([opens, closes]) => opens <= now && now < closes);
  if (current) return { state: "open", closes: closesOfRun(walkIn, current) };
  if (openings.some(([opens, closes, appointment]) => appointment && opens <= now && now < closes)) {
    return { state: "appointment" };
  }
  const next = walkIn.find(([opens]) => opens > now);
  if (next) return { state: "opens", at: next[0] };
  return openings.some(([, closes]) => closes > now) ? { state: "appointment" } : { state: "closed" };
}

/**
 * Where a run of touching openings ends (09:00–13:00 and 13:00–17:00 close at 17:00;
 * a day written as 00:00–23:59 runs into the next).
 */
function closesOfRun(openings: Opening[], first: Opening): string {
  let closes = first[1];
  for (const [opens, next] of openings) {
    if (opens <= addMinute(closes) && next > closes) closes = next;
  }
  return closes;
}

/** The openings that start on each of the `days` days from `today`, by local date. */
export function openingsByDay(
  calendar: Calendar | undefined,
  serviceId: string,
  today: string,
  days: number,
): { date: string; openings: Opening[] }[] {
  const openings = calendar?.openings[serviceId] ?? [];
  const result: { date: string; openings: Opening[] }[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(today, i);
    if (calendar && date > calendar.to) break;
    result.push({ date, openings: openings.filter(([opens]) => dateOf(opens) === date) });
  }
  return result;
}
