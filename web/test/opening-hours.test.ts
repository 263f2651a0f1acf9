import { describe, expect, test } from "vitest";
import type { Calendar, Opening } from "../src/reader/bundle";
import { openState, openingsByDay } from "../src/reader/opening-hours";

function calendar(openings: Opening[]): Calendar {
  return { time_zone: "Europe/Brussels", from: "2026-12-02", to: "2026-12-20", occurrences_to: "2027-03-03", openings: { s: openings }, occurrences: [] };
}

/** A schedule of 00:00–23:59 on each of `days` days from 2 December, as the server writes it. */
function roundTheClock(days: number): Opening[] {
  return [...Array(days).keys()].map((i) => {
    const date = `2026-12-${String(2 + i).padStart(2, "0")}`;
    return [`${date}T00:00`, `${date}T23:59`, false];
  });
}

describe("a service open all day", () => {
  test("open now with no closing time when it stays open for the next 24 hours", () => {
    expect(openState(calendar(roundTheClock(10)), "s", "2026-12-05T10:00")).toEqual({ state: "open", closes: null });
  });

  test("a day written as 00:00–23:59 closes at midnight, not a minute before", () => {
    // Open on the 5th only: it closes as the 6th begins.
    expect(openState(calendar([["2026-12-05T00:00", "2026-12-05T23:59", false]]), "s", "2026-12-05T10:00")).toEqual({
      state: "open",
      closes: "2026-12-06T00:00",
    });
  });

  test("the hours list marks whole days, also when one opening runs over several", () => {
    const days = openingsByDay(calendar(roundTheClock(10)), "s", "2026-12-05", 3);
    expect(days.map((d) => d.allDay)).toEqual([true, true, true]);
    const merged = openingsByDay(calendar([["2026-12-04T00:00", "2026-12-08T00:00", false]]), "s", "2026-12-05", 4);
    expect(merged.map((d) => d.allDay)).toEqual([true, true, true, false]);
    expect(merged[3]!.openings).toEqual([]);
  });

  test("ordinary hours are not all day", () => {
    const days = openingsByDay(calendar([["2026-12-05T09:00", "2026-12-05T17:00", false]]), "s", "2026-12-05", 1);
    expect(days).toEqual([{ date: "2026-12-05", openings: [["2026-12-05T09:00", "2026-12-05T17:00", false]], allDay: false }]);
    expect(openState(calendar([["2026-12-05T09:00", "2026-12-05T17:00", false]]), "s", "2026-12-05T10:00")).toEqual({
      state: "open",
      closes: "2026-12-05T17:00",
    });
  });
});
