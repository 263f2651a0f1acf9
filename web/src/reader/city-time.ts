/**
 * Time in the city: "now" as the city's local wall-clock time (`YYYY-MM-DDTHH:MM`,
 * the form the bundle's calendar uses, so the two compare as strings), and local
 * times formatted for the reader in the UI language.
 *
 * Local times are shown as what the clocks in the city say, whatever the phone's own
 * zone: they are formatted as UTC instants made from their digits.
 */

/** The city's local date and time now, `YYYY-MM-DDTHH:MM`. */
export function localNow(timeZone: string, now: Date = new Date()): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).formatToParts(now);
  } catch {
    return now.toISOString().slice(0, 16); // an unknown zone: UTC is the best guess left
  }
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
function asInstant(local: string): Date {
  const [date, time = "00:00"] = local.split("T");
  return new Date(`${date}T${time}:00Z`);
}

/** The local time one minute later (`YYYY-MM-DDTHH:MM`). */
export function addMinute(local: string): string {
  return new Date(asInstant(local).getTime() + 60_000).toISOString().slice(0, 16);
}

/** "09:00–17:00" in the UI language's way of writing times. */
export function formatTimeRange(start: string, end: string, locale: string): string {
  return `${formatTime(start, locale)} – ${formatTime(end, locale)}`;
}

export function formatTime(local: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", hour: "numeric", minute: "2-digit" }).format(asInstant(local));
}

/** "Monday 23 November". */
export function formatDay(local: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" }).format(
    asInstant(local),
  );
}

/** "Mon 23 Nov". */
export function formatShortDay(local: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", weekday: "short", day: "numeric", month: "short" }).format(
    asInstant(local),
  );
}

/** "23 November 2026", for a date (`YYYY-MM-DD`). */
export function formatDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", dateStyle: "long" }).format(asInstant(date));
}

/** "2 hours ago", "yesterday", in the UI language. */
export function formatAgo(then: number, locale: string, now: number = Date.now()): string {
  const seconds = Math.round((then - now) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ["day", 86_400],
    ["hour", 3_600],
    ["minute", 60],
  ];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, "minute");
}
