import { describe, expect, test } from "vitest";
import type { Schedule } from "../src/reader/bundle";
import { weeklyHours } from "../src/reader/weekly-hours";

function schedule(rrule: string, opens_at: string, closes_at: string, more: Partial<Schedule> = {}): Schedule {
  const base = { id: rrule, rrule, opens_at, closes_at, valid_from: null, valid_to: null, closed_dates: [], by_appointment: false };
  return { ...base, notes: { text: "", lang: "en" }, ...more } as Schedule;
}

describe("weeklyHours", () => {
  test("weekdays with the same hours run together; a split day keeps both", () => {
    const { runs, otherDays } = weeklyHours(
      [
        schedule("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "09:00", "12:00"),
        schedule("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH", "14:00", "17:00"),
        schedule("FREQ=WEEKLY;BYDAY=SA", "10:00", "12:00", { by_appointment: true }),
      ],
      "2026-12-03",
    );
    expect(otherDays).toBe(false);
    expect(runs).toEqual([
      { first: 0, last: 3, hours: [["09:00", "12:00", false], ["14:00", "17:00", false]], allDay: false },
      { first: 4, last: 4, hours: [["09:00", "12:00", false]], allDay: false },
      { first: 5, last: 5, hours: [["10:00", "12:00", true]], allDay: false },
    ]);
  });

  test("a daily line open from midnight to midnight is all day, every day", () => {
    // A desk open on some days changes nothing: the line is open then too.
    const { runs } = weeklyHours([schedule("FREQ=DAILY", "00:00", "23:59"), schedule("FREQ=WEEKLY;BYDAY=MO,FR", "10:00", "16:00")], "2026-12-03");
    expect(runs).toEqual([{ first: 0, last: 6, hours: [["00:00", "23:59", false]], allDay: true }]);
  });

  test("a monthly rule is left for the online guide; schedules not valid today are left out", () => {
    const { runs, otherDays } = weeklyHours(
      [
        schedule("FREQ=MONTHLY;BYDAY=2SA", "10:00", "12:00"),
        schedule("FREQ=WEEKLY;BYDAY=MO", "09:00", "12:00", { valid_to: "2026-11-30" }),
        schedule("FREQ=WEEKLY;BYDAY=TU", "09:00", "12:00", { valid_from: "2027-01-01" }),
      ],
      "2026-12-03",
    );
    expect(otherDays).toBe(true);
    expect(runs).toEqual([]);
  });
});
