/**
 * `/edit/<city>/services/<id>`: every field of a service, each saved on the device
 * as it changes (no save button): texts (merged character by character with other
 * people's edits; "small correction" keeps translations up to date), organization,
 * categories, who it is for, cost, languages, contacts, the places and the opening
 * hours (lists: each place and each schedule is its own element, so two people
 * adding one offline both keep theirs), status, "checked today", and publishing
 * where the role allows. A value that fails its check is shown with a message and
 * not written.
 */
import type { DocHandle } from "@automerge/automerge-repo/slim";
import { ImmutableString } from "@automerge/automerge/slim";
import type { City, Schedule, Service, TargetGroup } from "../../content/model";
import { currentLocale, format, localize } from "../../i18n";
import { element, setMessage, uid } from "../../page";
import { changeDoc, conflictsOf, readModel, setValue, valueAt, type Path } from "../documents";
import { editorPage } from "../editor-page";
import { conflictChooser, errorLine, itemForm, showTitle, sourceRevision, textField, valueField, type Bound } from "../widgets/fields";
import { historyPanel } from "../widgets/history-panel";
import { languageName } from "../language-names";
import { publishControls } from "../widgets/publish";
import { WEEKDAYS, type Weekday } from "../recurrence";
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
  type Checked,
} from "../service-checks";
import type { Workspace } from "../workspace";

const TARGET_GROUPS: TargetGroup[] = [
  "everyone",
  "asylum-seekers-and-refugees",
  "temporary-protection",
  "undocumented-residents",
  "women",
  "unaccompanied-minors",
  "children",
  "students",
];

type Model = Record<string, unknown>;
type Edit = (doc: Model) => void;
const text = (value: string) => new ImmutableString(value);

export const serviceFormPage = editorPage(async (content, workspace, [, id = ""]) => {
  const handle = await workspace.document<unknown>(id);
  if (!handle || workspace.entry(id)?.kind !== "service") {
    content.append(element("h1", "not-found-title"), element("p", "not-found-body"));
    return;
  }
  const service = () => readModel<Service>(handle.doc());
  const { heading, form } = itemForm(content, workspace.city);
  const { onEdit, row } = sourceRevision();
  const bound: Bound[] = [
    textField(form, handle, ["name"], "editor-service-name", { onEdit }),
    textField(form, handle, ["description"], "editor-service-description", { multiline: true, hint: "editor-hint-plain", onEdit }),
    textField(form, handle, ["eligibility"], "editor-service-eligibility", { multiline: true, onEdit }),
    textField(form, handle, ["documents_needed"], "editor-service-documents", { multiline: true, onEdit }),
  ];
  form.append(row);
  bound.push(valueField(form, handle, ["organization"], "editor-service-organization", element("input", undefined, { type: "text", dir: "auto" })));

  bound.push(
    checkList(form, handle, ["categories"], "editor-service-categories", () => {
      const city = workspace.cityConfig();
      const options = (city?.categories ?? []).map((category) => ({ value: category.id, label: categoryName(category.names, city) }));
      for (const id of service().categories) if (!options.some((o) => o.value === id)) options.push({ value: id, label: id });
      return options;
    }),
  );
  bound.push(valueField(form, handle, ["open_to_all"], "editor-service-open-to-all", element("input", undefined, { type: "checkbox" })));
  bound.push(
    checkList(form, handle, ["target_groups"], "editor-service-target-groups", () =>
      TARGET_GROUPS.map((group) => ({ value: group, l10nId: `reader-target-${group}` })),
    ),
  );

  const cost = fieldset(form, "editor-field-fee");
  bound.push(valueField(cost, handle, ["cost", "free"], "editor-event-free", element("input", undefined, { type: "checkbox" })));
  bound.push(textField(cost, handle, ["cost", "fee"], "editor-service-fee", { onEdit }));

  bound.push(languagesSpoken(form, handle, workspace));
  bound.push(valueField(form, handle, ["interpretation"], "reader-interpretation", element("input", undefined, { type: "checkbox" })));

  const contacts = fieldset(form, "editor-service-contacts");
  bound.push(phones(contacts, handle));
  bound.push(checkedField(contacts, handle, ["contacts", "email"], "editor-service-email", checkEmail, { type: "email", autocomplete: "off" }));
  bound.push(checkedField(contacts, handle, ["contacts", "website"], "editor-service-website", checkWebsite, { type: "url" }));

  bound.push(locations(form, handle, onEdit));
  bound.push(schedules(form, handle, onEdit));

  const status = element("select");
  for (const value of ["active", "temporarily-closed", "closed"]) status.append(element("option", `editor-service-status-${value}`, { value }));
  bound.push(valueField(form, handle, ["status"], "editor-service-status", status));
  bound.push(lastVerified(form, handle, workspace));

  let publishing = publishControls(workspace, id);
  const history = historyPanel(handle, "service");
  content.append(publishing.node, history.node);
  // A service made on this device may be published once the server has registered it.
  let mayPublish = workspace.entry(id)?.publish === true;
  const stopWatching = workspace.watch(() => {
    if ((workspace.entry(id)?.publish === true) === mayPublish) return;
    mayPublish = !mayPublish;
    const next = publishControls(workspace, id);
    publishing.stop();
    publishing.node.replaceWith(next.node);
    localize(next.node);
    publishing = next;
  });

  const refresh = () => {
    let name = "";
    try {
      name = service().name;
    } catch {
      // a document still arriving
    }
    showTitle(heading, name);
    for (const field of bound) field.refresh();
  };
  handle.on("change", refresh);
  refresh();
  return () => {
    handle.off("change", refresh);
    stopWatching();
    publishing.stop();
    history.stop();
  };
});


/** A category's name in the UI language where it has one, else in the city's source language, else its first. */
function categoryName(names: Record<string, string>, city: City | undefined): string {
  const locale = currentLocale().code.toLowerCase();
  const find = (tag: string) => Object.entries(names).find(([key]) => key.toLowerCase() === tag)?.[1];
  return find(locale) ?? find(locale.split("-")[0]!) ?? find(city?.source_language.toLowerCase() ?? "") ?? Object.values(names)[0] ?? "";
}


/** The list at `path` in a change (made when missing). */
function listIn(doc: Model, path: Path): unknown[] {
  let node: Record<string | number, unknown> = doc;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (!Array.isArray(node[last])) node[last] = [];
  return node[last] as unknown[];
}

function fieldset(parent: HTMLElement, legendId: string, className?: string): HTMLFieldSetElement {
  const set = element("fieldset", undefined, className ? { class: className } : {});
  set.append(element("legend", legendId));
  parent.append(set);
  return set;
}

/**
 * A plain value with a check: what fails it is shown as an inline error and not
 * written; what passes is written unless it is the value already there.
 */
function checkedField<T>(
  parent: HTMLElement,
  handle: DocHandle<unknown>,
  path: Path,
  l10nId: string,
  check: (raw: string) => Checked<T>,
  attributes: Record<string, string> = {},
  show: (value: unknown) => string = (value) => (value === null || value === undefined ? "" : String(value)),
): Bound {
  const control = element("input", undefined, { type: "text", dir: "ltr", id: uid("field"), ...attributes });
  control.name = path.join(".");
  const row = element("div", undefined, { class: "field" });
  const error = errorLine(control);
  const conflict = conflictChooser(handle, path, show);
  row.append(element("label", l10nId, { for: control.id }), control, error.node, conflict.node);
  parent.append(row);
  control.addEventListener("change", () => {
    const result = check(control.value);
    if ("error" in result) {
      error.show(result.error);
      return;
    }
    error.show(null);
    const current = valueAt(readModel<Model>(handle.doc()), path);
    if (result.value === current && conflictsOf(handle, path).length === 0) return;
    setValue(handle, path, result.value);
  });
  return {
    refresh() {
      if (document.activeElement !== control && !error.shown()) control.value = show(valueAt(readModel<Model>(handle.doc()), path));
      conflict.refresh();
    },
  };
}

interface Option {
  value: string;
  label?: string;
  l10nId?: string;
}

/**
 * Checkboxes for a list of values (categories, groups, languages): ticking adds the
 * value to the list, unticking removes it; the rest of the list is left alone, so
 * two people ticking different boxes at once both keep theirs.
 */
function checkList(parent: HTMLElement, handle: DocHandle<unknown>, path: Path, legendId: string, options: () => Option[]): Bound {
  const set = fieldset(parent, legendId, "check-list");
  const boxes = element("div", undefined, { class: "checks" });
  set.append(boxes);
  let drawn = "";
  const byValue = new Map<string, HTMLInputElement>();
  const current = () => (valueAt(readModel<Model>(handle.doc()), path) as string[] | undefined) ?? [];
  const toggle = (value: string, on: boolean) => {
    const list = current();
    if (on === list.includes(value)) return;
    changeDoc(handle, (doc) => {
      const target = listIn(doc, path);
      if (on) {
        target.push(text(value));
        return;
      }
      for (let i = target.length - 1; i >= 0; i--) if (String(target[i]) === value) target.splice(i, 1);
    });
  };
  return {
    refresh() {
      const wanted = options();
      const key = JSON.stringify(wanted);
      if (key !== drawn) {
        drawn = key;
        const focused = [...byValue].find(([, box]) => box === document.activeElement)?.[0];
        byValue.clear();
        boxes.replaceChildren(
          ...wanted.map((option) => {
            const box = element("input", undefined, { type: "checkbox", id: uid("check"), value: option.value });
            box.name = `${path.join(".")}[]`;
            box.addEventListener("change", () => toggle(option.value, box.checked));
            byValue.set(option.value, box);
            const label = element("label", option.l10nId, { for: box.id, dir: "auto" });
            if (option.label !== undefined) label.textContent = option.label;
            const cell = element("span", undefined, { class: "check" });
            cell.append(box, label);
            return cell;
          }),
        );
        localize(boxes);
        if (focused !== undefined) byValue.get(focused)?.focus();
      }
      const list = current();
      for (const [value, box] of byValue) box.checked = list.includes(value);
    },
  };
}

/** Languages the staff speak: the city's languages to tick, and any other BCP 47 tag to add. */
function languagesSpoken(form: HTMLElement, handle: DocHandle<unknown>, workspace: Workspace): Bound {
  const holder = element("div");
  form.append(holder);
  const list = checkList(holder, handle, ["languages_spoken"], "editor-service-languages", () => {
    const tags = (workspace.cityConfig()?.languages ?? []).map((language) => language.tag);
    for (const tag of readModel<Service>(handle.doc()).languages_spoken) if (!tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
    return tags.map((tag) => ({ value: tag, label: languageName(tag) }));
  });
  const set = holder.querySelector("fieldset")!;
  const input = element("input", undefined, { type: "text", dir: "ltr", id: uid("language"), autocomplete: "off", spellcheck: "false" });
  const add = element("button", "editor-service-language-add", { type: "button" });
  const error = errorLine(input);
  const row = element("div", undefined, { class: "field" });
  const line = element("div", undefined, { class: "add-line" });
  line.append(input, add);
  const hint = element("p", "editor-service-language-hint", { class: "hint", id: uid("hint") });
  input.setAttribute("aria-describedby", hint.id);
  row.append(element("label", "editor-service-language-other", { for: input.id }), hint, line, error.node);
  set.append(row);
  const submit = () => {
    if (!input.value.trim()) return;
    const result = checkLanguageTag(input.value);
    if ("error" in result) {
      error.show(result.error);
      return;
    }
    error.show(null);
    input.value = "";
    const tag = result.value;
    if (readModel<Service>(handle.doc()).languages_spoken.some((t) => t.toLowerCase() === tag.toLowerCase())) return;
    changeDoc(handle, (doc) => listIn(doc, ["languages_spoken"]).push(text(tag)));
  };
  add.addEventListener("click", submit);
  input.addEventListener("keydown", (key) => {
    if (key.key === "Enter") {
      key.preventDefault();
      submit();
    }
  });
  return list;
}

/** Phone numbers: each one editable and removable, and one more to add. */
function phones(parent: HTMLElement, handle: DocHandle<unknown>): Bound {
  const set = fieldset(parent, "editor-service-phones", "phones");
  const list = element("ul", undefined, { class: "editable-list" });
  const input = element("input", undefined, { type: "tel", dir: "ltr", id: uid("phone"), autocomplete: "off" });
  const add = element("button", "editor-service-phone-add", { type: "button" });
  const error = errorLine(input);
  const row = element("div", undefined, { class: "field" });
  const line = element("div", undefined, { class: "add-line" });
  line.append(input, add);
  row.append(element("label", "editor-service-phone-new", { for: input.id }), line, error.node);
  set.append(list, row);
  const current = () => readModel<Service>(handle.doc()).contacts.phones;
  add.addEventListener("click", () => {
    const result = checkPhone(input.value);
    if ("error" in result) {
      error.show(result.error);
      return;
    }
    error.show(null);
    input.value = "";
    if (current().includes(result.value)) return;
    changeDoc(handle, (doc) => listIn(doc, ["contacts", "phones"]).push(text(result.value)));
  });
  let drawn = "";
  return {
    refresh() {
      const numbers = current();
      const key = JSON.stringify(numbers);
      // Not while a number is being typed; a removal (its button) redraws at once.
      if (key === drawn || (list.contains(document.activeElement) && document.activeElement instanceof HTMLInputElement)) return;
      drawn = key;
      list.replaceChildren(
        ...numbers.map((number, index) => {
          const li = element("li", undefined, { class: "field" });
          const control = element("input", undefined, { type: "tel", dir: "ltr", id: uid("phone") });
          control.value = number;
          const label = element("label", undefined, { for: control.id });
          setMessage(label, "editor-service-phone", { number: index + 1 });
          const rowError = errorLine(control);
          control.addEventListener("change", () => {
            const result = checkPhone(control.value);
            if ("error" in result) {
              rowError.show(result.error);
              return;
            }
            rowError.show(null);
            changeDoc(handle, (doc) => {
              const phonesList = listIn(doc, ["contacts", "phones"]);
              const at = phonesList.findIndex((p) => String(p) === number);
              if (at >= 0 && String(phonesList[at]) !== result.value) phonesList[at] = text(result.value);
            });
          });
          const remove = element("button", undefined, { type: "button", class: "secondary" });
          setMessage(remove, "editor-service-phone-remove", { phone: number });
          remove.addEventListener("click", () =>
            changeDoc(handle, (doc) => {
              const phonesList = listIn(doc, ["contacts", "phones"]);
              const at = phonesList.findIndex((p) => String(p) === number);
              if (at >= 0) phonesList.splice(at, 1);
            }),
          );
          const edit = element("div", undefined, { class: "add-line" });
          edit.append(control, remove);
          li.append(label, edit, rowError.node);
          return li;
        }),
      );
    },
  };
}

/** "Checked today": today's date and who checked, and when it was last done. */
function lastVerified(form: HTMLElement, handle: DocHandle<unknown>, workspace: Workspace): Bound {
  const set = fieldset(form, "editor-service-verified");
  const shown = element("p", undefined, { class: "verified" });
  const button = element("button", "editor-service-verify", { type: "button" });
  set.append(shown, button);
  button.addEventListener("click", () => {
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
    const by = workspace.session.account.name;
    const current = readModel<Service>(handle.doc()).last_verified;
    if (current?.date === today && current.by === by) return;
    changeDoc(handle, (doc) => {
      doc.last_verified = { date: text(today), by: text(by) };
    });
  });
  return {
    refresh() {
      const value = readModel<Service>(handle.doc()).last_verified;
      if (value) setMessage(shown, "editor-service-verified-value", { date: value.date, name: value.by });
      else setMessage(shown, "editor-service-verified-never");
    },
  };
}

/**
 * The rows of a list of elements with ids (places, schedules), keyed by id: a row
 * is made for a new element and dropped with its element; rows are not redrawn
 * while someone types in them. Each row's paths are kept pointing at its element's
 * current index (another person's removal of an earlier element moves it).
 */
interface ListRow {
  node: HTMLElement;
  /** The row's element moved to `index`. */
  moveTo(index: number): void;
  refresh(): void;
}

function keyedRows(
  container: HTMLElement,
  empty: HTMLElement,
  ids: () => string[],
  make: (index: number) => ListRow,
): Bound {
  const rows = new Map<string, ListRow>();
  return {
    refresh() {
      const seen = new Map<string, number>();
      // Two elements with one id (an import's mistake) still get a row each.
      const keys = ids().map((id) => {
        const n = (seen.get(id) ?? 0) + 1;
        seen.set(id, n);
        return `${id}#${n}`;
      });
      for (const [key, row] of rows) {
        if (!keys.includes(key)) {
          row.node.remove();
          rows.delete(key);
        }
      }
      const wanted = keys.map((key, index) => {
        let row = rows.get(key);
        if (!row) {
          row = make(index);
          localize(row.node);
          rows.set(key, row);
        }
        row.moveTo(index);
        return row.node;
      });
      const inOrder = container.children.length === wanted.length && [...container.children].every((node, index) => node === wanted[index]);
      if (!inOrder) {
        if (container.contains(document.activeElement)) {
          // Only add what is new: moving the row being typed in would take the focus away.
          for (const [index, node] of wanted.entries()) if (!node.isConnected) container.insertBefore(node, wanted[index + 1]?.isConnected ? wanted[index + 1]! : null);
        } else {
          container.replaceChildren(...wanted);
        }
      }
      empty.hidden = keys.length > 0;
      for (const row of rows.values()) row.refresh();
    },
  };
}

/** Fields bound to an element of a list: their paths follow the element's index. */
function rowPaths(list: string, initial: number) {
  const paths: Path[] = [];
  return {
    path(...rest: (string | number)[]): Path {
      const path: Path = [list, initial, ...rest];
      paths.push(path);
      return path;
    },
    moveTo(index: number) {
      for (const path of paths) path[1] = index;
    },
  };
}

function newLocation(id: string): unknown {
  return {
    id: text(id),
    name: text(""),
    address: { street: text(""), postal_code: text(""), locality: text(""), region: text(""), country: text("") },
    latitude: null,
    longitude: null,
    accessibility: "",
    outreach: false,
  };
}

function newSchedule(id: string): unknown {
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

/** Removes the element with `id` (the first, if an import wrote two). */
function removeById(handle: DocHandle<unknown>, list: "locations" | "schedules", id: string): void {
  changeDoc(handle, (doc) => {
    const items = listIn(doc, [list]);
    const at = items.findIndex((item) => String((item as { id?: unknown }).id) === id);
    if (at >= 0) items.splice(at, 1);
  });
}

/** The places: name, address, coordinates, access, outreach. */
function locations(form: HTMLElement, handle: DocHandle<unknown>, onEdit: Edit): Bound {
  const set = fieldset(form, "editor-service-locations", "element-list");
  const container = element("div", undefined, { class: "rows" });
  const empty = element("p", "editor-service-location-none", { class: "hint" });
  const add = element("button", "editor-service-location-add", { type: "button" });
  set.append(empty, container, add);
  const current = () => readModel<Service>(handle.doc()).locations;
  add.addEventListener("click", () => {
    const id = newElementId(current().map((l) => l.id));
    changeDoc(handle, (doc) => listIn(doc, ["locations"]).push(newLocation(id)));
    // The new place's first field, ready to type in.
    container.lastElementChild?.querySelector<HTMLInputElement>("input")?.focus();
  });
  return keyedRows(container, empty, () => current().map((l) => l.id), (index) => {
    const id = current()[index]!.id;
    const paths = rowPaths("locations", index);
    const node = element("fieldset", undefined, { class: "element" });
    const legend = element("legend");
    node.append(legend);
    const input = (attributes: Record<string, string> = {}) => element("input", undefined, { type: "text", dir: "auto", ...attributes });
    const bound: Bound[] = [
      valueField(node, handle, paths.path("name"), "editor-place-name", input()),
      valueField(node, handle, paths.path("address", "street"), "editor-place-street", input({ autocomplete: "off" })),
      valueField(node, handle, paths.path("address", "postal_code"), "editor-place-postal-code", input({ dir: "ltr" })),
      valueField(node, handle, paths.path("address", "locality"), "editor-place-locality", input()),
      valueField(node, handle, paths.path("address", "region"), "editor-location-region", input()),
      checkedField(node, handle, paths.path("address", "country"), "editor-location-country", checkCountry, { maxlength: "2", autocapitalize: "characters" }),
      checkedField(node, handle, paths.path("latitude"), "editor-location-latitude", (raw) => checkCoordinate(raw, 90), { inputmode: "decimal" }),
      checkedField(node, handle, paths.path("longitude"), "editor-location-longitude", (raw) => checkCoordinate(raw, 180), { inputmode: "decimal" }),
      textField(node, handle, paths.path("accessibility"), "editor-field-accessibility", { multiline: true, onEdit }),
      valueField(node, handle, paths.path("outreach"), "editor-location-outreach", element("input", undefined, { type: "checkbox" })),
    ];
    const remove = element("button", "editor-service-location-remove", { type: "button", class: "danger" });
    remove.addEventListener("click", () => removeById(handle, "locations", id));
    node.append(remove);
    let number = -1;
    return {
      node,
      moveTo(index) {
        paths.moveTo(index);
        if (index === number) return;
        number = index;
        setMessage(legend, "editor-service-location", { number: index + 1 });
      },
      refresh() {
        for (const field of bound) field.refresh();
      },
    };
  });
}

/** The opening hours: days, times, by appointment, dates, closed days, notes. */
function schedules(form: HTMLElement, handle: DocHandle<unknown>, onEdit: Edit): Bound {
  const set = fieldset(form, "editor-service-schedules", "element-list");
  const container = element("div", undefined, { class: "rows" });
  const empty = element("p", "editor-schedule-none", { class: "hint" });
  const add = element("button", "editor-schedule-add", { type: "button" });
  set.append(empty, container, add);
  const current = () => readModel<Service>(handle.doc()).schedules;
  add.addEventListener("click", () => {
    const id = newElementId(current().map((s) => s.id));
    changeDoc(handle, (doc) => listIn(doc, ["schedules"]).push(newSchedule(id)));
  });
  return keyedRows(container, empty, () => current().map((s) => s.id), (index) => scheduleRow(handle, current, index, onEdit));
}

function scheduleRow(handle: DocHandle<unknown>, all: () => Schedule[], initial: number, onEdit: Edit): ListRow {
  const id = all()[initial]!.id;
  let index = initial;
  const paths = rowPaths("schedules", initial);
  const schedule = () => all()[index]!;
  const write = (edit: (item: Model) => void) =>
    changeDoc(handle, (doc) => {
      const item = listIn(doc, ["schedules"])[index] as Model | undefined;
      if (item && String(item.id) === id) edit(item);
    });
  const node = element("fieldset", undefined, { class: "element schedule" });
  const legend = element("legend");
  const summary = element("p", undefined, { class: "schedule-summary", dir: "auto" });
  node.append(legend, summary);

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
    if ("error" in result) {
      ruleError.show(result.error);
      return;
    }
    ruleError.show(null);
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
  const opensRow = element("div", undefined, { class: "field" });
  opensRow.append(element("label", "editor-schedule-opens", { for: opens.id }), opens);
  const closesRow = element("div", undefined, { class: "field" });
  closesRow.append(element("label", "editor-schedule-closes", { for: closes.id }), closes);
  hours.append(opensRow, closesRow);
  const overnightRow = element("div", undefined, { class: "check" });
  overnightRow.append(overnight, element("label", "editor-schedule-overnight", { for: overnight.id }));
  node.append(hours, timesError.node, overnightRow);
  const saveHours = () => {
    const result = checkHours(timeOf(opens.value), timeOf(closes.value), overnight.checked);
    if ("error" in result) {
      timesError.show(result.error);
      return;
    }
    timesError.show(null);
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

  const appointment = valueField(node, handle, paths.path("by_appointment"), "reader-by-appointment", element("input", undefined, { type: "checkbox" }));

  // Valid from / to: both checked together.
  const from = element("input", undefined, { type: "date", id: uid("from") });
  const to = element("input", undefined, { type: "date", id: uid("to") });
  const validError = errorLine(to);
  const fromRow = element("div", undefined, { class: "field" });
  fromRow.append(element("label", "editor-schedule-valid-from", { for: from.id }), from);
  const toRow = element("div", undefined, { class: "field" });
  toRow.append(element("label", "editor-schedule-valid-to", { for: to.id }), to);
  const validity = element("div", undefined, { class: "hours" });
  validity.append(fromRow, toRow);
  node.append(validity, validError.node);
  const saveValidity = () => {
    const result = checkValidity(from.value, to.value);
    if ("error" in result) {
      validError.show(result.error);
      return;
    }
    validError.show(null);
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
  const closedAdd = element("button", "editor-schedule-closed-date-add", { type: "button" });
  const closedRow = element("div", undefined, { class: "field" });
  const closedLine = element("div", undefined, { class: "add-line" });
  closedLine.append(closedInput, closedAdd);
  closedRow.append(element("label", "editor-schedule-closed-date-label", { for: closedInput.id }), closedLine);
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

  const notes = textField(node, handle, paths.path("notes"), "editor-field-notes", { multiline: true, onEdit });
  const remove = element("button", "editor-schedule-remove", { type: "button", class: "danger" });
  remove.addEventListener("click", () => removeById(handle, "schedules", id));
  node.append(remove);

  let number = -1;
  return {
    node,
    moveTo(at) {
      index = at;
      paths.moveTo(at);
      if (at === number) return;
      number = at;
      setMessage(legend, "editor-schedule", { number: at + 1 });
    },
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

