/**
 * What the service form accepts, in the formats the server's model reads
 * (sync/content/src/model.rs, opening_hours.rs, recurrence.rs) and publishing
 * accepts (addresses.rs, through the same rules in ../content/addresses.js): a
 * value that fails here is shown with a message and never written.
 */
import { emailAddress, phoneNumber, webAddress } from "../content/addresses.js";
import { parseRule, WEEKDAYS, type Weekday } from "./recurrence";

/** A check's answer: the value to write, or the Fluent id of what is wrong. */
export type Checked<T> = { value: T } | { error: string };

/** An email address as publishing accepts it (../content/addresses.js): something@domain.tld. */
export function checkEmail(raw: string): Checked<string> {
  const value = raw.trim();
  if (!value) return { value };
  return emailAddress(value) ? { value } : { error: "editor-service-email-invalid" };
}

/** A web address readers can open: http or https, with a real host and no name@ before it. */
export function checkWebsite(raw: string): Checked<string> {
  const value = raw.trim();
  if (!value) return { value };
  return webAddress(value) ? { value } : { error: "editor-service-website-invalid" };
}

/** A phone number: digits with a leading + and the usual separators; 3 to 20 digits. */
export function checkPhone(raw: string): Checked<string> {
  const value = raw.trim().replace(/\s+/g, " ");
  return phoneNumber(value) ? { value } : { error: "editor-service-phone-invalid" };
}

/** ISO 3166-1 alpha-2, or nothing. */
export function checkCountry(raw: string): Checked<string> {
  const value = raw.trim().toUpperCase();
  return value === "" || /^[A-Z]{2}$/.test(value) ? { value } : { error: "editor-location-country-invalid" };
}

/** An optional coordinate within ±`limit` degrees (a decimal comma is taken as a point). */
export function checkCoordinate(raw: string, limit: 90 | 180): Checked<number | null> {
  const text = raw.trim().replace(",", ".");
  if (!text) return { value: null };
  const value = Number(text);
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) || !Number.isFinite(value) || Math.abs(value) > limit) {
    return { error: limit === 90 ? "editor-location-latitude-invalid" : "editor-location-longitude-invalid" };
  }
  return { value };
}

/** A BCP 47 language tag, in its canonical spelling. */
export function checkLanguageTag(raw: string): Checked<string> {
  const value = raw.trim();
  try {
    const [canonical] = Intl.getCanonicalLocales(value);
    if (canonical) return { value: canonical };
  } catch {
    // not a well-formed tag
  }
  return { error: "editor-service-language-invalid" };
}

/**
 * An RRULE value as the server's `parse_rrule` takes it: a bare rule with a FREQ,
 * at most daily, UNTIL in UTC; empty is "no days yet". (The server checks the rest
 * and leaves a schedule it cannot read out of the readers' hours.)
 */
export function checkRule(raw: string): Checked<string> {
  const value = raw.trim().toUpperCase();
  if (!value) return { value };
  const parts = value.split(";").map((part) => part.trim());
  const freq = parts.find((part) => part.startsWith("FREQ="))?.slice("FREQ=".length);
  const until = parts.find((part) => part.startsWith("UNTIL="));
  const ok =
    !/[:\n\s]/.test(value) &&
    parts.every((part) => /^[A-Z]+=[A-Z0-9,+-]+$/.test(part)) &&
    freq !== undefined &&
    ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"].includes(freq) &&
    (until === undefined || /^UNTIL=\d{8}(T\d{6}Z)?$/.test(until) && until.endsWith("Z"));
  return ok ? { value: parts.join(";") } : { error: "editor-schedule-rule-invalid" };
}

/** The weekdays of a plain weekly rule (`FREQ=WEEKLY;BYDAY=MO,WE`), or null for any other rule. */
export function weeklyDays(rule: string): Weekday[] | null {
  if (!rule) return [];
  const repeat = parseRule(rule);
  return repeat.kind === "weekly" && repeat.until === null && !/INTERVAL/.test(rule) ? repeat.days : null;
}

/** The rule for a set of weekdays; empty when none is chosen. */
export function weeklyRule(days: readonly Weekday[]): string {
  const chosen = WEEKDAYS.filter((day) => days.includes(day));
  return chosen.length === 0 ? "" : `FREQ=WEEKLY;BYDAY=${chosen.join(",")}`;
}

/** `HH:MM` (what `<input type=time>` gives, seconds dropped), or "" for none. */
export function timeOf(raw: string): string {
  const match = /^(\d{2}):(\d{2})/.exec(raw.trim());
  return match ? `${match[1]}:${match[2]}` : "";
}

/**
 * Opening and closing times: both "HH:MM" (or empty while being filled in). The
 * closing time must come after the opening time unless the hours run past
 * midnight (`overnight`), which the server reads from a closing time at or before
 * the opening time.
 */
export function checkHours(opens: string, closes: string, overnight: boolean): Checked<{ opens: string; closes: string }> {
  if (opens && closes && !overnight && closes <= opens) return { error: "editor-schedule-times-invalid" };
  return { value: { opens, closes } };
}

/** Valid-from and valid-to dates (`YYYY-MM-DD`, empty for none): the end not before the start. */
export function checkValidity(from: string, to: string): Checked<{ from: string | null; to: string | null }> {
  const date = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);
  if (from && to && to < from) return { error: "editor-schedule-valid-invalid" };
  return { value: { from: date(from), to: date(to) } };
}

/** A short id for a new location or schedule: unique within the item, no dots (translations address fields by it). */
export function newElementId(taken: readonly string[]): string {
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(6));
    const id = Array.from(bytes, (b) => "abcdefghijklmnopqrstuvwxyz0123456789"[b % 36]).join("");
    if (!taken.includes(id)) return id;
  }
}

/** The days of a rule in words: "Mon, Wed" for weekly days, the rule itself otherwise; null for none. */
export function daysInWords(rule: string, locale: string): string | null {
  const days = weeklyDays(rule);
  if (days === null) return rule;
  if (days.length === 0) return null;
  // 2024-01-01 was a Monday.
  const names = days.map((day) => {
    const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
    return new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" }).format(date);
  });
  try {
    return new Intl.ListFormat(locale, { type: "unit", style: "short" }).format(names);
  } catch {
    return names.join(", ");
  }
}
