/**
 * Time in the city: "now" as the city's local wall-clock time (`YYYY-MM-DDTHH:MM`,
 * the form the bundle's calendar uses, so the two compare as strings), and days and
 * minutes counted on from a local time. `date-format.ts` writes them for the reader.
 */

/** One formatter per zone: making one with a `timeZone` costs a cheap phone tens of ms. */
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      });
    } catch {
      formatter = null; // an unknown zone
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Makes a first formatter before one is needed: the browser then loads its date and
 * time-zone data (60-150 ms at 4x CPU slowdown, whatever the zone; the city's own
 * formatter costs ~1 ms after it) while the phone waits for the guide, not in the task
 * that draws it.
 */
export function prepareClock(): void {
  formatterFor("UTC");
}

/** The city's local date and time now, `YYYY-MM-DDTHH:MM`. */
export function localNow(timeZone: string, now: Date = new Date()): string {
  const formatter = formatterFor(timeZone);
  if (!formatter) return now.toISOString().slice(0, 16); // an unknown zone: UTC is the best guess left
  const parts = formatter.formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}

export const dateOf = (local: string) => local.slice(0, 10);

/** The date `days` after a local date (`YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/** The local time's digits as a UTC instant, for `Intl` formatting with `timeZone: "UTC"`. */
export function asInstant(local: string): Date {
  const [date, time = "00:00"] = local.split("T");
  return new Date(`${date}T${time}:00Z`);
}

/** The local time one minute later (`YYYY-MM-DDTHH:MM`). */
export function addMinute(local: string): string {
  return new Date(asInstant(local).getTime() + 60_000).toISOString().slice(0, 16);
}
