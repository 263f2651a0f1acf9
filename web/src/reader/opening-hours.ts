/**
 * "Open now, closes at 17:00" / "Opens tomorrow at 09:00": a service's openings (from
 * the bundle's calendar, local times) read at the city's local time now. Mirrors the
 * server's `opening_hours::open_state` precedence: open for walk-ins > by appointment
 * now > opens later > by appointment > closed; no calendar at all is "unknown".
 */
import type { Calendar, Opening } from "./bundle";
import { addDays, addMinute, dateOf } from "./city-time";

export type OpenState =
  /** `closes` null: open round the clock, no closing in the next 24 hours. */
  | { state: "open"; closes: string | null }
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
  if (current) {
    const closes = closesOfRun(walkIn, current);
    // A day written as 00:00–23:59 ends at midnight, not a minute before.
    const end = closes.endsWith("T23:59") ? addMinute(closes) : closes;
    return { state: "open", closes: end >= `${addDays(dateOf(now), 1)}${now.slice(10)}` ? null : end };
  }
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

/** One day's hours: `allDay` when walk-in openings cover it from midnight to midnight. */
export interface DayHours {
  date: string;
  openings: Opening[];
  allDay: boolean;
}

/**
 * The hours of each of the `days` days from `today`, by local date: the openings that
 * start that day, and one that began earlier and runs through the whole day.
 */
export function openingsByDay(calendar: Calendar | undefined, serviceId: string, today: string, days: number): DayHours[] {
  const openings = calendar?.openings[serviceId] ?? [];
  const result: DayHours[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(today, i);
    if (calendar && date > calendar.to) break;
    const [starts, ends] = [`${date}T00:00`, `${date}T23:59`];
    const onDay = openings.filter(([opens, closes]) => dateOf(opens) === date || (opens < starts && closes >= ends));
    const walkIn = onDay.filter(([, , appointment]) => !appointment);
    const allDay = walkIn.some((opening) => opening[0] <= starts && closesOfRun(walkIn, opening) >= ends);
    result.push({ date, openings: onDay, allDay });
  }
  return result;
}
