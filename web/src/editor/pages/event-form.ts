/**
 * `/edit/<city>/events/<id>`: one event, every field saved on the device as it is
 * typed: title and description (merged character by character with other people's
 * edits; a "minor change" keeps translations up to date), type, start and end (two
 * values set at once are shown to choose from), recurrence (every Tuesday and
 * Thursday; the second Saturday of each month; until a date), cancelled dates, place,
 * cost, organizer; and publishing where the role allows.
 */
import type { DocHandle } from "@automerge/automerge-repo/slim";
import { ImmutableString } from "@automerge/automerge/slim";
import type { Event } from "../../content/model";
import { element, setMessage, uid } from "../../page";
import { changeDoc, readModel } from "../documents";
import { editorPage } from "../editor-page";
import { fieldset, textField, valueField, type Bound } from "../widgets/fields";
import { itemScreen } from "../widgets/item-screen";
import { emptyPlace, placeFields } from "../widgets/place-editor";
import { formatRule, parseRule, WEEKDAYS, type Repeat, type Weekday } from "../recurrence";

const EVENT_TYPES = ["workshop", "language-cafe", "festival", "commemoration", "job-fair", "sport", "information-session", "other"];

export const eventFormPage = editorPage(async (content, workspace, [, id = ""]) => {
  const screen = await itemScreen(content, workspace, id, "event");
  if (!screen) return;
  const { handle, form, onEdit } = screen;
  const bound: Bound[] = [];
  bound.push(textField(form, handle, ["title"], "editor-event-title", { onEdit }));
  bound.push(textField(form, handle, ["description"], "editor-event-description", { multiline: true, hint: "editor-hint-plain", onEdit }));
  form.append(screen.sourceRow);

  const type = element("select");
  for (const value of EVENT_TYPES) type.append(element("option", `editor-event-type-${value}`, { value }));
  bound.push(valueField(form, handle, ["event_type"], "editor-event-type", type));
  bound.push(valueField(form, handle, ["start"], "editor-event-start", element("input", undefined, { type: "datetime-local", required: "" })));
  bound.push(valueField(form, handle, ["end"], "editor-event-end", element("input", undefined, { type: "datetime-local", required: "" })));
  bound.push(recurrenceEditor(form, handle));
  bound.push(cancelledDates(form, handle));

  // The place is made when one of its fields is first written.
  const place = fieldset(form, "editor-event-place");
  const ensurePlace = (h: DocHandle<unknown>) =>
    changeDoc(h, (d) => {
      if (!d.place) d.place = emptyPlace("place");
    });
  bound.push(...placeFields(place, handle, (...rest) => ["place", ...rest], { beforeSet: ensurePlace }));
  bound.push(valueField(form, handle, ["organizer"], "editor-event-organizer", element("input", undefined, { type: "text", dir: "auto" })));
  bound.push(valueField(form, handle, ["cost", "free"], "editor-event-free", element("input", undefined, { type: "checkbox" })));
  bound.push(valueField(form, handle, ["cancelled"], "editor-event-cancelled", element("input", undefined, { type: "checkbox" })));

  return screen.follow(bound);
});

/** "Repeats": none, weekly on chosen days, or monthly on the nth weekday; until a date. */
function recurrenceEditor(form: HTMLElement, handle: DocHandle<unknown>): Bound {
  const fieldset = element("fieldset", undefined, { class: "recurrence" });
  fieldset.append(element("legend", "editor-repeat"));
  const kind = element("select", undefined, { id: uid("repeat") });
  for (const value of ["none", "weekly", "monthly", "custom"]) kind.append(element("option", `editor-repeat-${value}`, { value }));
  const kindRow = element("div", undefined, { class: "field" });
  kindRow.append(element("label", "editor-repeat-kind", { for: kind.id }), kind);

  const days = element("div", undefined, { class: "weekdays", role: "group" });
  days.setAttribute("aria-label", "");
  days.dataset.l10nId = "editor-repeat-days";
  const dayBoxes = new Map<Weekday, HTMLInputElement>();
  for (const day of WEEKDAYS) {
    const box = element("input", undefined, { type: "checkbox", id: uid("day"), value: day });
    dayBoxes.set(day, box);
    const label = element("label", `editor-weekday-${day.toLowerCase()}`, { for: box.id });
    const cell = element("span", undefined, { class: "check" });
    cell.append(box, label);
    days.append(cell);
  }
  const nth = element("select", undefined, { id: uid("nth") });
  for (const value of ["1", "2", "3", "4", "-1"]) nth.append(element("option", `editor-nth-${value === "-1" ? "last" : value}`, { value }));
  const weekday = element("select", undefined, { id: uid("weekday") });
  for (const day of WEEKDAYS) weekday.append(element("option", `editor-weekday-${day.toLowerCase()}`, { value: day }));
  const monthly = element("div", undefined, { class: "field monthly" });
  monthly.append(element("label", "editor-repeat-nth", { for: nth.id }), nth, element("label", "editor-repeat-weekday", { for: weekday.id }), weekday);
  const until = element("input", undefined, { type: "date", id: uid("until") });
  const untilRow = element("div", undefined, { class: "field" });
  untilRow.append(element("label", "editor-repeat-until", { for: until.id }), until);
  const custom = element("input", undefined, { type: "text", id: uid("rule"), dir: "ltr" });
  const customRow = element("div", undefined, { class: "field" });
  customRow.append(element("label", "editor-repeat-rule", { for: custom.id }), custom);
  fieldset.append(kindRow, days, monthly, untilRow, customRow);
  form.append(fieldset);

  const current = (): Repeat => {
    const untilDate = until.value || null;
    switch (kind.value) {
      case "weekly":
        return { kind: "weekly", days: WEEKDAYS.filter((d) => dayBoxes.get(d)!.checked), until: untilDate };
      case "monthly":
        return { kind: "monthly", nth: Number(nth.value), day: weekday.value as Weekday, until: untilDate };
      case "custom":
        return { kind: "custom", rule: custom.value.trim() };
      default:
        return { kind: "none" };
    }
  };
  const show = (repeat: Repeat) => {
    days.hidden = repeat.kind !== "weekly";
    monthly.hidden = repeat.kind !== "monthly";
    untilRow.hidden = repeat.kind === "none" || repeat.kind === "custom";
    customRow.hidden = repeat.kind !== "custom";
  };
  const save = () => {
    const repeat = current();
    show(repeat);
    const rule = formatRule(repeat);
    changeDoc(handle, (doc) => {
      doc.rrule = rule ? new ImmutableString(rule) : null;
    });
  };
  for (const control of [kind, nth, weekday, until, custom, ...dayBoxes.values()]) control.addEventListener("change", save);

  return {
    refresh() {
      if (fieldset.contains(document.activeElement)) return;
      const repeat = parseRule(readModel<Event>(handle.doc()).rrule);
      kind.value = repeat.kind;
      for (const [day, box] of dayBoxes) box.checked = repeat.kind === "weekly" && repeat.days.includes(day);
      if (repeat.kind === "monthly") {
        nth.value = String(repeat.nth);
        weekday.value = repeat.day;
      }
      until.value = (repeat.kind === "weekly" || repeat.kind === "monthly") && repeat.until ? repeat.until : "";
      custom.value = repeat.kind === "custom" ? repeat.rule : "";
      show(repeat);
    },
  };
}

/** Cancel one occurrence (an EXDATE), or bring it back. */
function cancelledDates(form: HTMLElement, handle: DocHandle<unknown>): Bound {
  const fieldset = element("fieldset");
  fieldset.append(element("legend", "editor-cancelled-dates"));
  const list = element("ul", undefined, { class: "cancelled-dates" });
  const input = element("input", undefined, { type: "datetime-local", id: uid("exdate") });
  const add = element("button", "editor-cancel-date", { type: "button" });
  const row = element("div", undefined, { class: "field" });
  row.append(element("label", "editor-cancel-date-label", { for: input.id }), input, add);
  fieldset.append(list, row);
  form.append(fieldset);
  const write = (dates: string[]) =>
    changeDoc(handle, (doc) => {
      doc.exdates = [...new Set(dates)].sort().map((d) => new ImmutableString(d));
    });
  add.addEventListener("click", () => {
    if (!input.value) return;
    write([...readModel<Event>(handle.doc()).exdates, input.value]);
    input.value = "";
  });
  return {
    refresh() {
      const dates = readModel<Event>(handle.doc()).exdates;
      list.replaceChildren(
        ...dates.map((date) => {
          const li = element("li");
          const restore = element("button", undefined, { type: "button", class: "secondary" });
          setMessage(restore, "editor-restore-date", { date: date.replace("T", " ") });
          restore.addEventListener("click", () => write(readModel<Event>(handle.doc()).exdates.filter((d) => d !== date)));
          li.append(date.replace("T", " "), " ", restore);
          return li;
        }),
      );
    },
  };
}
