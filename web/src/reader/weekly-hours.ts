/**
 * A service's regular hours by weekday ("Monday – Friday: 09:00 – 17:00"), for the
 * printed guide: read from its schedules as they stand on the day of printing, so a
 * sheet on a wall stays right next week (the screen shows the coming dated days).
 * Only daily and weekly rules give weekdays; any other rule (the second Saturday of
 * the month) is counted as `otherDays`, for the reader to check online.
 */
import type { Schedule } from "./bundle";

/** `[opens, closes, by appointment]`, local `HH:MM`. */
export type DayHours = [string, string, boolean];

/** Consecutive weekdays (0 = Monday) with the same hours. */
export interface WeekdayRun {
  first: number;
  last: number;
  hours: DayHours[];
  /** Open from midnight to midnight, walk-in. */
  allDay: boolean;
}

const BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

export function weeklyHours(schedules: Schedule[], today: string): { runs: WeekdayRun[]; otherDays: boolean } {
  const days: DayHours[][] = BYDAY.map(() => []);
  let otherDays = false;
  for (const schedule of schedules) {
    if ((schedule.valid_from && schedule.valid_from > today) || (schedule.valid_to && schedule.valid_to < today)) continue;
    const weekdays = weekdaysOf(schedule.rrule);
    if (!weekdays) {
      otherDays = true;
      continue;
    }
    for (const day of weekdays) days[day]!.push([schedule.opens_at, schedule.closes_at, schedule.by_appointment]);
  }
  const runs: WeekdayRun[] = [];
  days.forEach((hours, day) => {
    if (hours.length === 0) return;
    hours.sort((a, b) => a[0].localeCompare(b[0]) || Number(a[2]) - Number(b[2]));
    // Open all day: any other hours that day are within it.
    const allDay = hours.some(isAllDay);
    const shown = allDay ? hours.filter(isAllDay).slice(0, 1) : hours;
    const previous = runs.at(-1);
    if (previous && previous.last === day - 1 && JSON.stringify(previous.hours) === JSON.stringify(shown)) {
      previous.last = day;
      return;
    }
    runs.push({ first: day, last: day, hours: shown, allDay });
  });
  return { runs, otherDays };
}

/** A day's hours from midnight to midnight: 00:00–23:59, or 00:00–00:00 (24 hours on). */
function isAllDay([opens, closes, appointment]: DayHours): boolean {
  return !appointment && opens === "00:00" && (closes === "23:59" || closes === "00:00" || closes === "24:00");
}

/** The weekdays (0 = Monday) of a daily or weekly rule; another rule: undefined. */
function weekdaysOf(rule: string): number[] | undefined {
  const parts = new Map(rule.toUpperCase().split(";").map((part) => part.split("=") as [string, string]));
  if ((parts.get("INTERVAL") ?? "1") !== "1" || parts.has("COUNT") || [...parts.keys()].some((k) => !["FREQ", "BYDAY", "UNTIL", "INTERVAL", "WKST"].includes(k))) {
    return undefined;
  }
  const byDay = parts.get("BYDAY")?.split(",");
  if (byDay && !byDay.every((d) => BYDAY.includes(d))) return undefined;
  const freq = parts.get("FREQ");
  if (freq === "DAILY") return byDay ? byDay.map((d) => BYDAY.indexOf(d)) : [0, 1, 2, 3, 4, 5, 6];
  if (freq === "WEEKLY" && byDay) return byDay.map((d) => BYDAY.indexOf(d));
  return undefined;
}
