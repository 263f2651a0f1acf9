import { describe, expect, test } from "vitest";
import { formatRule, parseRule, type Repeat } from "../src/editor/recurrence";

describe("parseRule", () => {
  test("no rule is no repetition", () => {
    expect(parseRule(null)).toEqual({ kind: "none" });
    expect(parseRule("")).toEqual({ kind: "none" });
  });

  test("weekly days, with and without an end", () => {
    expect(parseRule("FREQ=WEEKLY;BYDAY=TU,TH")).toEqual({ kind: "weekly", days: ["TU", "TH"], until: null });
    expect(parseRule("FREQ=WEEKLY;BYDAY=MO;UNTIL=20261222T235959Z")).toEqual({ kind: "weekly", days: ["MO"], until: "2026-12-22" });
    expect(parseRule("FREQ=WEEKLY;INTERVAL=1;BYDAY=SA")).toEqual({ kind: "weekly", days: ["SA"], until: null });
  });

  test("the nth weekday of a month, the last one too", () => {
    expect(parseRule("FREQ=MONTHLY;BYDAY=2SA")).toEqual({ kind: "monthly", nth: 2, day: "SA", until: null });
    expect(parseRule("FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270101T235959Z")).toEqual({ kind: "monthly", nth: -1, day: "FR", until: "2027-01-01" });
  });

  test("anything the editor cannot show is kept raw", () => {
    for (const rule of [
      "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
      "FREQ=DAILY",
      "FREQ=WEEKLY;BYDAY=MO;COUNT=3",
      "FREQ=WEEKLY;BYDAY=XX",
      "FREQ=WEEKLY",
      "FREQ=MONTHLY;BYDAY=5MO",
      "FREQ=MONTHLY;BYDAY=1MO,2MO",
      "FREQ=WEEKLY;BYDAY=MO;UNTIL=20261222",
    ]) {
      expect(parseRule(rule), rule).toEqual({ kind: "custom", rule });
    }
  });
});

describe("formatRule", () => {
  test("weekly days in the week's order, with the end of the last day", () => {
    expect(formatRule({ kind: "weekly", days: ["TH", "TU"], until: null })).toBe("FREQ=WEEKLY;BYDAY=TU,TH");
    expect(formatRule({ kind: "weekly", days: ["MO"], until: "2026-12-22" })).toBe("FREQ=WEEKLY;BYDAY=MO;UNTIL=20261222T235959Z");
  });

  test("no days, or no repetition, is no rule", () => {
    expect(formatRule({ kind: "weekly", days: [], until: "2026-12-22" })).toBeNull();
    expect(formatRule({ kind: "none" })).toBeNull();
  });

  test("a custom rule is written as it is", () => {
    expect(formatRule({ kind: "custom", rule: "FREQ=DAILY;COUNT=3" })).toBe("FREQ=DAILY;COUNT=3");
  });

  test("what it writes, it reads back", () => {
    const repeats: Repeat[] = [
      { kind: "weekly", days: ["MO", "WE", "FR"], until: null },
      { kind: "weekly", days: ["SU"], until: "2030-02-28" },
      { kind: "monthly", nth: 3, day: "TU", until: null },
      { kind: "monthly", nth: -1, day: "SA", until: "2026-06-30" },
    ];
    for (const repeat of repeats) expect(parseRule(formatRule(repeat))).toEqual(repeat);
  });
});
