/**
 * A service's opening hours (`schedules`): each schedule its own element (two
 * people adding one offline both keep theirs) with its days (weekday boxes for a
 * weekly rule, the RRULE itself for any other), opening and closing times (checked
 * together: closing at or before opening needs "closes the next day"), by
 * appointment, the dates it is valid between, closed days (holidays) and notes, and
 * a summary line ("Mon, Wed 09:00–12:30"). A value that fails its check is shown
 * with its message and not written.
 */
import type { DocHandle } from "@automerge/automerge-repo/slim";
import { ImmutableString } from "@automerge/automerge/slim";
import type { Schedule } from "../../content/model";
import { currentLocale, format } from "../../i18n";
import { element, setMessage, uid } from "../../page";
import { listIn } from "../documents";
import { WEEKDAYS, type Weekday } from "../recurrence";
import { checkHours, checkRule, checkValidity, daysInWords, timeOf, weeklyDays, weeklyRule } from "../service-checks";
import { accepted, addLine, errorLine, labelled, textField, valueField, type Bound } from "./fields";
import { elementList, type ElementRow } from "./keyed-list";

type Model = Record<string, unknown>;
type Edit = (doc: Model) => void;
const text = (value: string) => new ImmutableString(value);

/** A schedule with nothing filled in yet, in Automerge form. */
export function emptySchedule(id: string): unknown {
  return {
    id: text(id),
    rrule: text(""),
    opens_at: text(""),
    closes_at: text(""),
    valid_from: null,
    valid_to: null,
    closed_dates: [],
    by_appointment: false,
    notes: "",
  };
}

/** The opening hours: days, times, by appointment, dates, closed days, notes. */
export function scheduleList(parent: HTMLElement, handle: DocHandle<unknown>, onEdit: Edit): Bound {
  const messages = {
    legend: "editor-service-schedules",
    none: "editor-schedule-none",
    add: "editor-schedule-add",
    item: "editor-schedule",
    remove: "editor-schedule-remove",
  };
  return elementList<Schedule>(parent, handle, "schedules", messages, emptySchedule, (row) => scheduleFields(handle, row, onEdit), {
    rowClass: "schedule",
  });
}

function scheduleFields(handle: DocHandle<unknown>, row: ElementRow<Schedule>, onEdit: Edit): Bound {
  const { node, path, write } = row;
  const schedule = row.current;
  const summary = element("p", undefined, { class: "schedule-summary", dir: "auto" });
  node.append(summary);

  // Days: weekday boxes for a weekly rule, the rule itself for anything else.
  const days = element("fieldset", undefined, { class: "weekdays" });
  days.append(element("legend", "editor-schedule-days"));
  const dayBoxes = new Map<Weekday, HTMLInputElement>();
  for (const day of WEEKDAYS) {
    const box = element("input", undefined, { type: "checkbox", id: uid("day"), value: day });
    dayBoxes.set(day, box);
    const cell = element("span", undefined, { class: "check" });
    cell.append(box, element("label", `editor-weekday-${day.toLowerCase()}`, { for: box.id }));
    days.append(cell);
  }
  const rule = element("input", undefined, { type: "text", dir: "ltr", id: uid("rule"), autocomplete: "off", spellcheck: "false" });
  const ruleHint = element("p", "editor-schedule-rule-hint", { class: "hint", id: uid("hint") });
  rule.setAttribute("aria-describedby", ruleHint.id);
  const ruleError = errorLine(rule);
  const ruleRow = element("div", undefined, { class: "field" });
  ruleRow.append(element("label", "editor-repeat-custom", { for: rule.id }), ruleHint, rule, ruleError.node);
  node.append(days, ruleRow);
  for (const box of dayBoxes.values()) {
    box.addEventListener("change", () => {
      const value = weeklyRule(WEEKDAYS.filter((day) => dayBoxes.get(day)!.checked));
      ruleError.show(null);
      rule.value = "";
      if (value !== schedule().rrule) write((item) => (item.rrule = text(value)));
    });
  }
  rule.addEventListener("change", () => {
    const result = checkRule(rule.value);
    if (!accepted(result, ruleError)) return;
    // Empty: the days above say it.
    const value = result.value || weeklyRule(WEEKDAYS.filter((day) => dayBoxes.get(day)!.checked));
    if (value !== schedule().rrule) write((item) => (item.rrule = text(value)));
  });

  // Hours: opens and closes together, so a wrong pair is never written.
  const hours = element("div", undefined, { class: "hours" });
  const opens = element("input", undefined, { type: "time", id: uid("opens") });
  const closes = element("input", undefined, { type: "time", id: uid("closes") });
  const overnight = element("input", undefined, { type: "checkbox", id: uid("overnight") });
  const timesError = errorLine(closes);
  hours.append(labelled("editor-schedule-opens", opens), labelled("editor-schedule-closes", closes));
  const overnightRow = element("div", undefined, { class: "check" });
  overnightRow.append(overnight, element("label", "editor-schedule-overnight", { for: overnight.id }));
  node.append(hours, timesError.node, overnightRow);
  const saveHours = () => {
    const result = checkHours(timeOf(opens.value), timeOf(closes.value), overnight.checked);
    if (!accepted(result, timesError)) return;
    const now = schedule();
    // 24:00 (midnight at the end of the day) shows as 00:00: the same hours.
    const same = (value: string, stored: string) => value === stored || (value === "00:00" && stored === "24:00");
    if (same(result.value.opens, now.opens_at) && same(result.value.closes, now.closes_at)) return;
    write((item) => {
      if (!same(result.value.opens, now.opens_at)) item.opens_at = text(result.value.opens);
      if (!same(result.value.closes, now.closes_at)) item.closes_at = text(result.value.closes);
    });
  };
  for (const control of [opens, closes, overnight]) control.addEventListener("change", saveHours);

  const appointment = valueField(node, handle, path("by_appointment"), "reader-by-appointment", element("input", undefined, { type: "checkbox" }));

  // Valid from / to: both checked together.
  const from = element("input", undefined, { type: "date", id: uid("from") });
  const to = element("input", undefined, { type: "date", id: uid("to") });
  const validError = errorLine(to);
  const validity = element("div", undefined, { class: "hours" });
  validity.append(labelled("editor-schedule-valid-from", from), labelled("editor-schedule-valid-to", to));
  node.append(validity, validError.node);
  const saveValidity = () => {
    const result = checkValidity(from.value, to.value);
    if (!accepted(result, validError)) return;
    const now = schedule();
    if (result.value.from === now.valid_from && result.value.to === now.valid_to) return;
    write((item) => {
      if (result.value.from !== now.valid_from) item.valid_from = result.value.from === null ? null : text(result.value.from);
      if (result.value.to !== now.valid_to) item.valid_to = result.value.to === null ? null : text(result.value.to);
    });
  };
  from.addEventListener("change", saveValidity);
  to.addEventListener("change", saveValidity);

  // Closed days (holidays): added and removed one at a time.
  const closed = element("fieldset", undefined, { class: "closed-dates" });
  closed.append(element("legend", "editor-schedule-closed-dates"));
  const closedList = element("ul", undefined, { class: "cancelled-dates" });
  const closedInput = element("input", undefined, { type: "date", id: uid("closed") });
  const { row: closedRow, add: closedAdd } = addLine("editor-schedule-closed-date-label", closedInput, "editor-schedule-closed-date-add", { error: false });
  closed.append(closedList, closedRow);
  node.append(closed);
  closedAdd.addEventListener("click", () => {
    const date = closedInput.value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || schedule().closed_dates.includes(date)) return;
    closedInput.value = "";
    write((item) => {
      const list = listIn(item, ["closed_dates"]);
      const at = list.findIndex((d) => String(d) > date);
      list.splice(at < 0 ? list.length : at, 0, text(date));
    });
  });
  let drawnClosed = "";

  const notes = textField(node, handle, path("notes"), "editor-field-notes", { multiline: true, onEdit });

  return {
    refresh() {
      const now = schedule();
      const weekly = weeklyDays(now.rrule);
      if (!days.contains(document.activeElement)) for (const [day, box] of dayBoxes) box.checked = weekly?.includes(day) ?? false;
      if (document.activeElement !== rule && !ruleError.shown()) rule.value = weekly === null ? now.rrule : "";
      if (!hours.contains(document.activeElement) && document.activeElement !== overnight && !timesError.shown()) {
        opens.value = now.opens_at;
        closes.value = now.closes_at === "24:00" ? "00:00" : now.closes_at;
        overnight.checked = now.opens_at !== "" && now.closes_at !== "" && (now.closes_at <= now.opens_at || now.closes_at === "24:00");
      }
      if (!validity.contains(document.activeElement) && !validError.shown()) {
        from.value = now.valid_from ?? "";
        to.value = now.valid_to ?? "";
      }
      const dates = JSON.stringify(now.closed_dates);
      if (dates !== drawnClosed) {
        drawnClosed = dates;
        closedList.replaceChildren(
          ...now.closed_dates.map((date) => {
            const li = element("li");
            const reopen = element("button", undefined, { type: "button", class: "secondary" });
            setMessage(reopen, "editor-schedule-closed-date-remove", { date });
            reopen.addEventListener("click", () =>
              write((item) => {
                const list = listIn(item, ["closed_dates"]);
                const at = list.findIndex((d) => String(d) === date);
                if (at >= 0) list.splice(at, 1);
              }),
            );
            li.append(element("span", undefined, { dir: "ltr" }), " ", reopen);
            li.firstElementChild!.textContent = date;
            return li;
          }),
        );
      }
      appointment.refresh();
      notes.refresh();
      showSummary(summary, now);
    },
  };
}

/** "Mon, Wed 09:00–12:30", and whether by appointment. */
function showSummary(node: HTMLElement, schedule: Schedule): void {
  const locale = currentLocale().code;
  const days = daysInWords(schedule.rrule, locale) ?? format("editor-schedule-no-days");
  const hours = schedule.opens_at && schedule.closes_at ? `${schedule.opens_at}–${schedule.closes_at}` : format("editor-schedule-no-hours");
  const id = schedule.by_appointment ? "editor-schedule-summary-appointment" : "editor-schedule-summary";
  const args = JSON.stringify({ days, hours });
  if (node.dataset.l10nId === id && node.dataset.l10nArgs === args) return;
  setMessage(node, id, { days, hours });
}
