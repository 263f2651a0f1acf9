/**
 * The recurrence editor's rules, as RRULE values the server accepts: "every Tuesday
 * and Thursday" (`FREQ=WEEKLY;BYDAY=TU,TH`), "the second Saturday of each month"
 * (`FREQ=MONTHLY;BYDAY=2SA`), optionally "until" a date (`UNTIL=...T235959Z`). A rule
 * the editor cannot show (written by an import, say) is kept as it is and shown raw.
 */

export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type Repeat =
  | { kind: "none" }
  | { kind: "weekly"; days: Weekday[]; until: string | null }
  | { kind: "monthly"; nth: number; day: Weekday; until: string | null }
  | { kind: "custom"; rule: string };

export function parseRule(rule: string | null): Repeat {
  if (!rule) return { kind: "none" };
  const parts = new Map(rule.split(";").map((part) => part.split("=") as [string, string]));
  const known = new Set(["FREQ", "BYDAY", "UNTIL", "INTERVAL"]);
  if ([...parts.keys()].some((key) => !known.has(key)) || (parts.get("INTERVAL") ?? "1") !== "1") return { kind: "custom", rule };
  const until = parseUntil(parts.get("UNTIL"));
  if (until === undefined) return { kind: "custom", rule };
  const byDay = parts.get("BYDAY")?.split(",") ?? [];
  if (parts.get("FREQ") === "WEEKLY" && byDay.length > 0 && byDay.every((d) => (WEEKDAYS as readonly string[]).includes(d))) {
    return { kind: "weekly", days: byDay as Weekday[], until };
  }
  const monthly = /^(-?[1-4])(MO|TU|WE|TH|FR|SA|SU)$/.exec(byDay[0] ?? "");
  if (parts.get("FREQ") === "MONTHLY" && byDay.length === 1 && monthly) {
    return { kind: "monthly", nth: Number(monthly[1]), day: monthly[2] as Weekday, until };
  }
  return { kind: "custom", rule };
}

/** `UNTIL=20261222T235959Z` -> `2026-12-22`; none -> null; another form -> undefined. */
function parseUntil(value: string | undefined): string | null | undefined {
  if (value === undefined) return null;
  const match = /^(\d{4})(\d{2})(\d{2})T\d{6}Z$/.exec(value);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

export function formatRule(repeat: Repeat): string | null {
  const until = (date: string | null) => (date ? `;UNTIL=${date.replaceAll("-", "")}T235959Z` : "");
  switch (repeat.kind) {
    case "none":
      return null;
    case "weekly":
      return repeat.days.length === 0 ? null : `FREQ=WEEKLY;BYDAY=${WEEKDAYS.filter((d) => repeat.days.includes(d)).join(",")}${until(repeat.until)}`;
    case "monthly":
      return `FREQ=MONTHLY;BYDAY=${repeat.nth}${repeat.day}${until(repeat.until)}`;
    case "custom":
      return repeat.rule;
  }
}
