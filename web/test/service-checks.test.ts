import { describe, expect, test } from "vitest";
import {
  checkCoordinate,
  checkCountry,
  checkEmail,
  checkHours,
  checkLanguageTag,
  checkPhone,
  checkRule,
  checkValidity,
  checkWebsite,
  daysInWords,
  newElementId,
  timeOf,
  weeklyDays,
  weeklyRule,
} from "../src/editor/service-checks";

describe("contacts", () => {
  test("email: empty is none, a bad one is refused", () => {
    expect(checkEmail("  ")).toEqual({ value: "" });
    expect(checkEmail(" info@example.org ")).toEqual({ value: "info@example.org" });
    expect(checkEmail("info at example.org")).toEqual({ error: "editor-service-email-invalid" });
  });

  test("website: http(s) with a host", () => {
    expect(checkWebsite("")).toEqual({ value: "" });
    expect(checkWebsite("https://example.org/help")).toEqual({ value: "https://example.org/help" });
    for (const bad of ["https://", "javascript:alert(1)", "https://user@example.org/"]) {
      expect(checkWebsite(bad), bad).toEqual({ error: "editor-service-website-invalid" });
    }
  });

  test("phone: spaces folded, words refused", () => {
    expect(checkPhone("  +32 4   123 45 67 ")).toEqual({ value: "+32 4 123 45 67" });
    expect(checkPhone("call us at the desk")).toEqual({ error: "editor-service-phone-invalid" });
    expect(checkPhone("")).toEqual({ error: "editor-service-phone-invalid" });
  });
});

describe("places", () => {
  test("country: two letters, upper-cased, or none", () => {
    expect(checkCountry(" be ")).toEqual({ value: "BE" });
    expect(checkCountry("")).toEqual({ value: "" });
    expect(checkCountry("BEL")).toEqual({ error: "editor-location-country-invalid" });
  });

  test("coordinates: within range, a decimal comma taken as a point", () => {
    expect(checkCoordinate("", 90)).toEqual({ value: null });
    expect(checkCoordinate("50,63", 90)).toEqual({ value: 50.63 });
    expect(checkCoordinate("-179.5", 180)).toEqual({ value: -179.5 });
    expect(checkCoordinate("91", 90)).toEqual({ error: "editor-location-latitude-invalid" });
    expect(checkCoordinate("181", 180)).toEqual({ error: "editor-location-longitude-invalid" });
    for (const bad of ["1e2", "0x10", "12abc", "Infinity", "."]) expect(checkCoordinate(bad, 90), bad).toHaveProperty("error");
  });
});

test("language tags in their canonical spelling", () => {
  expect(checkLanguageTag(" PT-br ")).toEqual({ value: "pt-BR" });
  expect(checkLanguageTag("zh-hans")).toEqual({ value: "zh-Hans" });
  expect(checkLanguageTag("not a tag")).toEqual({ error: "editor-service-language-invalid" });
  expect(checkLanguageTag("")).toEqual({ error: "editor-service-language-invalid" });
});

describe("opening hours", () => {
  test("rules as the server parses them, upper-cased", () => {
    expect(checkRule("")).toEqual({ value: "" });
    expect(checkRule(" freq=weekly;byday=mo,we ")).toEqual({ value: "FREQ=WEEKLY;BYDAY=MO,WE" });
    expect(checkRule("FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20261231T235959Z")).toEqual({ value: "FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20261231T235959Z" });
    for (const bad of [
      "BYDAY=MO",
      "FREQ=HOURLY",
      "FREQ=WEEKLY;UNTIL=20261231T235959",
      "DTSTART:20260101\nRRULE:FREQ=DAILY",
      "FREQ=WEEKLY;BYDAY",
      "FREQ=WEEKLY; BYDAY=MO",
    ]) {
      expect(checkRule(bad), bad).toEqual({ error: "editor-schedule-rule-invalid" });
    }
  });

  test("weekday boxes stand for plain weekly rules only", () => {
    expect(weeklyDays("")).toEqual([]);
    expect(weeklyDays("FREQ=WEEKLY;BYDAY=MO,FR")).toEqual(["MO", "FR"]);
    expect(weeklyDays("FREQ=WEEKLY;INTERVAL=1;BYDAY=MO")).toBeNull();
    expect(weeklyDays("FREQ=WEEKLY;BYDAY=MO;UNTIL=20261231T235959Z")).toBeNull();
    expect(weeklyDays("FREQ=MONTHLY;BYDAY=1MO")).toBeNull();
    expect(weeklyRule(["FR", "MO"])).toBe("FREQ=WEEKLY;BYDAY=MO,FR");
    expect(weeklyRule([])).toBe("");
  });

  test("times: seconds dropped; closing after opening unless overnight", () => {
    expect(timeOf("09:30:15")).toBe("09:30");
    expect(timeOf("")).toBe("");
    expect(timeOf("9:30")).toBe("");
    expect(checkHours("09:00", "17:00", false)).toEqual({ value: { opens: "09:00", closes: "17:00" } });
    expect(checkHours("20:00", "08:00", false)).toEqual({ error: "editor-schedule-times-invalid" });
    expect(checkHours("20:00", "20:00", false)).toEqual({ error: "editor-schedule-times-invalid" });
    expect(checkHours("20:00", "08:00", true)).toEqual({ value: { opens: "20:00", closes: "08:00" } });
    // Half filled in: nothing to compare yet.
    expect(checkHours("09:00", "", false)).toEqual({ value: { opens: "09:00", closes: "" } });
  });

  test("validity: the end not before the start; empty is none", () => {
    expect(checkValidity("", "")).toEqual({ value: { from: null, to: null } });
    expect(checkValidity("2026-01-01", "2026-01-01")).toEqual({ value: { from: "2026-01-01", to: "2026-01-01" } });
    expect(checkValidity("2026-02-01", "2026-01-01")).toEqual({ error: "editor-schedule-valid-invalid" });
  });

  test("days in words, in the locale asked for", () => {
    expect(daysInWords("", "en")).toBeNull();
    expect(daysInWords("FREQ=WEEKLY;BYDAY=MO,WE", "en")).toBe("Mon, Wed");
    expect(daysInWords("FREQ=MONTHLY;BYDAY=1MO", "en")).toBe("FREQ=MONTHLY;BYDAY=1MO");
    expect(daysInWords("FREQ=WEEKLY;BYDAY=MO", "fr")).toBe("lun.");
  });
});

test("new element ids: six letters or digits, never one already taken", () => {
  const taken: string[] = [];
  for (let i = 0; i < 200; i++) {
    const id = newElementId(taken);
    expect(id).toMatch(/^[a-z0-9]{6}$/);
    expect(taken).not.toContain(id);
    taken.push(id);
  }
});
