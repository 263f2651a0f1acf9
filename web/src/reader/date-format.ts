/**
 * Local dates and times written for the reader in the UI language.
 *
 * - Always the Gregorian calendar, whatever the language's default (Farsi's is the
 *   Solar Hijri): letters and appointments newcomers receive are dated in it, and the
 *   guide's own texts are too. Digits stay the language's own.
 * - Local times are shown as what the clocks in the city say, whatever the phone's own
 *   zone: they are formatted as UTC instants made from their digits.
 * - Where the browser's `Intl` has no data for the language (Debian's Chromium has none
 *   for Tigrinya or Somali, and would write "Saturday, December 5" or "M12 5"), dates
 *   are written from the `date-*` Fluent messages instead, and times as 24-hour digits.
 *   `format` reads the UI locale's messages: callers pass that same locale.
 */
import { format } from "../i18n";
import { asInstant } from "./city-time";

const IN_THE_CITY = { timeZone: "UTC", calendar: "gregory" } as const;
const MONTH_KEYS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** By `Date.getUTCDay()`: Sunday first. */
const WEEKDAY_KEYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

const known = new Map<string, { dates: boolean; relative: boolean }>();

/** The ways dates and times are written here, as `Intl` options. */
const STYLES = {
  time: { hour: "numeric", minute: "2-digit" },
  day: { weekday: "long", day: "numeric", month: "long" },
  shortDay: { weekday: "short", day: "numeric", month: "short" },
  weekday: { weekday: "long" },
  date: { dateStyle: "long" },
  month: { month: "long", year: "numeric" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and style, made when first used: each costs a cheap phone a few ms. */
function dates(locale: string, style: keyof typeof STYLES): Intl.DateTimeFormat {
  const key = `${locale} ${style}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...IN_THE_CITY, ...STYLES[style] });
    formats.set(key, formatter);
  }
  return formatter;
}

/**
 * Whether `Intl` really speaks `locale`: it resolved to that language (not the
 * default), and writes January as a name, not the root locale's "M01" (a browser whose
 * locale data was trimmed may keep the locale and lose its names).
 */
function intlKnows(locale: string): { dates: boolean; relative: boolean } {
  const cached = known.get(locale);
  if (cached) return cached;
  const language = (tag: string) => tag.toLowerCase().split("-")[0];
  let result = { dates: false, relative: false };
  try {
    const dates = new Intl.DateTimeFormat(locale, { ...IN_THE_CITY, month: "long" });
    const relative = new Intl.RelativeTimeFormat(locale);
    result = {
      dates:
        language(dates.resolvedOptions().locale) === language(locale) && !/^M\d+$/.test(dates.format(asInstant("2026-01-05"))),
      relative: language(relative.resolvedOptions().locale) === language(locale),
    };
  } catch {
    // an ill-formed tag: the messages are all there is
  }
  known.set(locale, result);
  return result;
}

/** "14:00" / "2:00 PM". */
export function formatTime(local: string, locale: string): string {
  if (!intlKnows(locale).dates) return local.slice(11, 16) || "00:00";
  return dates(locale, "time").format(asInstant(local));
}

/** "09:00 – 17:00" in the UI language's way of writing times. */
export function formatTimeRange(start: string, end: string, locale: string): string {
  return `${formatTime(start, locale)} – ${formatTime(end, locale)}`;
}

/** "Monday 23 November". */
export function formatDay(local: string, locale: string): string {
  if (!intlKnows(locale).dates) return dayFromMessages(local);
  return dates(locale, "day").format(asInstant(local));
}

/** "Mon 23 Nov" (from the messages: the long names, which are all they have). */
export function formatShortDay(local: string, locale: string): string {
  if (!intlKnows(locale).dates) return dayFromMessages(local);
  return dates(locale, "shortDay").format(asInstant(local));
}

/** "Monday", for a weekday (0 = Monday). */
export function formatWeekday(weekday: number, locale: string): string {
  // 2 November 2026 was a Monday.
  const instant = asInstant(`2026-11-0${2 + weekday}`);
  if (!intlKnows(locale).dates) return format("date-weekday", { weekday: WEEKDAY_KEYS[instant.getUTCDay()]! });
  return dates(locale, "weekday").format(instant);
}

/** "23 November 2026", for a date (`YYYY-MM-DD`). */
export function formatDate(date: string, locale: string): string {
  if (!intlKnows(locale).dates) {
    const instant = asInstant(date);
    return format("date-full", { day: String(instant.getUTCDate()), month: monthName(instant, "date-month"), year: String(instant.getUTCFullYear()) });
  }
  return dates(locale, "date").format(asInstant(date));
}

/** "December 2026", for a month (`YYYY-MM`). */
export function formatMonth(month: string, locale: string): string {
  const instant = asInstant(`${month}-01`);
  if (!intlKnows(locale).dates) {
    return format("date-month-year", { month: monthName(instant, "date-month-alone"), year: String(instant.getUTCFullYear()) });
  }
  return dates(locale, "month").format(instant);
}

/** A day and a time or hours on it, "Saturday 5 December at 14:00 – 16:00", joined as the language joins them. */
export function dayAndTime(day: string, time: string): string {
  return format("date-day-time", { day, time });
}

/** What separates two hours on one day (", ", Arabic "، "). */
export function listSeparator(): string {
  return format("date-list-separator");
}

/** "2 hours ago", "yesterday", in the UI language. */
export function formatAgo(then: number, locale: string, now: number = Date.now()): string {
  // A time ahead of the phone's clock (a clock set back) is "this minute".
  const seconds = Math.max(0, Math.round((now - then) / 1000));
  const units: [Intl.RelativeTimeFormatUnit, number, string][] = [
    ["day", 86_400, "date-days-ago"],
    ["hour", 3_600, "date-hours-ago"],
    ["minute", 60, "date-minutes-ago"],
  ];
  const relative = intlKnows(locale).relative ? new Intl.RelativeTimeFormat(locale, { numeric: "auto" }) : undefined;
  for (const [unit, size, messageId] of units) {
    if (seconds < size) continue;
    const count = Math.round(seconds / size);
    return relative ? relative.format(-count, unit) : format(messageId, { count });
  }
  return relative ? relative.format(0, "minute") : format("date-just-now");
}

function dayFromMessages(local: string): string {
  const instant = asInstant(local);
  return format("date-day", {
    weekday: format("date-weekday", { weekday: WEEKDAY_KEYS[instant.getUTCDay()]! }),
    day: String(instant.getUTCDate()),
    month: monthName(instant, "date-month"),
  });
}

function monthName(instant: Date, messageId: "date-month" | "date-month-alone"): string {
  return format(messageId, { month: MONTH_KEYS[instant.getUTCMonth()]! });
}
