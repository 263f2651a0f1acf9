/**
 * Form fields bound to one document: every edit is saved to the device at once (no
 * save button; the sync line says what the server has), changes from other people
 * show up in fields the editor is not typing in, and a value two people set
 * differently at the same time is shown with both values to choose from.
 */
import type { DocHandle } from "@automerge/automerge-repo/slim";
import { element, setMessage, uid } from "../../page";
import { conflictsOf, readModel, removeValue, resolveConflict, setText, setValue, valueAt, type Path } from "../documents";
import type { Checked } from "../service-checks";

export interface Bound {
  /** Shows the document's current value (unless the editor is typing in it) and its conflicts. */
  refresh(): void;
}

type Model = Record<string, unknown>;

/** An error line tied to `control` (`aria-describedby`, `aria-invalid`), shown by `show`. */
export function errorLine(control: HTMLElement): {
  node: HTMLElement;
  show: (l10nId: string | null, args?: Record<string, string | number>) => void;
  shown: () => boolean;
} {
  const node = element("p", undefined, { class: "field-error", id: uid("error"), role: "alert" });
  node.hidden = true;
  return {
    node,
    shown: () => !node.hidden,
    show(l10nId, args) {
      const ids = (control.getAttribute("aria-describedby") ?? "").split(" ").filter((i) => i && i !== node.id);
      if (l10nId) {
        setMessage(node, l10nId, args);
        node.hidden = false;
        control.setAttribute("aria-invalid", "true");
        ids.push(node.id);
      } else {
        node.hidden = true;
        node.textContent = "";
        delete node.dataset.l10nId;
        control.removeAttribute("aria-invalid");
      }
      if (ids.length > 0) control.setAttribute("aria-describedby", ids.join(" "));
      else control.removeAttribute("aria-describedby");
    },
  };
}

/** A field row: the label of `control` (given an id if it has none), then the control. */
export function labelled(l10nId: string, control: HTMLElement): HTMLDivElement {
  control.id ||= uid("field");
  const row = element("div", undefined, { class: "field" });
  row.append(element("label", l10nId, { for: control.id }), control);
  return row;
}

/**
 * One more value for a list: `control` and its "add" button on one line, under a
 * label (and a hint), with an error line for a value that fails its check.
 */
export function addLine(
  labelId: string,
  control: HTMLInputElement,
  buttonId: string,
  options: { hint?: string; error?: boolean } = {},
): { row: HTMLElement; add: HTMLButtonElement; error: ReturnType<typeof errorLine> } {
  control.id ||= uid("field");
  const add = element("button", buttonId, { type: "button" });
  const error = errorLine(control);
  const line = element("div", undefined, { class: "add-line" });
  line.append(control, add);
  const row = element("div", undefined, { class: "field" });
  row.append(element("label", labelId, { for: control.id }));
  if (options.hint) {
    const hint = element("p", options.hint, { class: "hint", id: uid("hint") });
    control.setAttribute("aria-describedby", hint.id);
    row.append(hint);
  }
  row.append(line);
  if (options.error !== false) row.append(error.node);
  return { row, add, error };
}

/** Shows a check's message on `error`, or clears it: whether the value passed (and may be written). */
export function accepted<T>(result: Checked<T>, error: { show: (l10nId: string | null) => void }): result is { value: T } {
  error.show("error" in result ? result.error : null);
  return !("error" in result);
}

/** Two people set the value differently at once: every value, to keep one. */
export function conflictChooser(handle: DocHandle<unknown>, path: Path, describe: (value: unknown) => string): { node: HTMLElement; refresh: () => void } {
  const node = element("div", undefined, { class: "conflict", role: "alert" });
  node.hidden = true;
  return {
    node,
    refresh() {
      const values = conflictsOf(handle, path);
      node.hidden = values.length === 0;
      // Redraw only when the values change: keyboard focus stays on a choice.
      const drawn = JSON.stringify(values);
      if (node.dataset.values === drawn) return;
      node.dataset.values = drawn;
      if (values.length === 0) {
        node.replaceChildren();
        return;
      }
      const line = element("p");
      setMessage(line, "editor-conflict", { count: values.length });
      const choices = element("div", undefined, { class: "actions" });
      for (const choice of values) {
        const button = element("button", undefined, { type: "button", class: "conflict-choice" });
        setMessage(button, "editor-conflict-keep", { value: describe(choice) });
        button.addEventListener("click", () => resolveConflict(handle, path, choice));
        choices.append(button);
      }
      node.replaceChildren(line, choices);
    },
  };
}

/** A label, a hint (optional) and a control, as the house style lays them out. */
function row(
  l10nId: string,
  control: HTMLElement,
  hintId?: string,
  labelArgs?: Record<string, string>,
  conflict?: HTMLElement,
): { row: HTMLElement } {
  control.id ||= uid("field");
  const label = element("label", l10nId, { for: control.id });
  if (labelArgs) label.dataset.l10nArgs = JSON.stringify(labelArgs);
  // A checkbox sits before its words, as everywhere else in the app.
  if (control instanceof HTMLInputElement && control.type === "checkbox") {
    const wrapper = element("div", undefined, { class: "field" });
    const check = element("div", undefined, { class: "check" });
    check.append(control, label);
    wrapper.append(check, ...(conflict ? [conflict] : []));
    return { row: wrapper };
  }
  const wrapper = element("div", undefined, { class: "field" });
  wrapper.append(label);
  if (hintId) {
    const hint = element("p", hintId, { class: "hint", id: uid("hint") });
    control.setAttribute("aria-describedby", hint.id);
    wrapper.append(hint);
  }
  wrapper.append(control, ...(conflict ? [conflict] : []));
  return { row: wrapper };
}

/**
 * A collaborative text field: edits are applied as the smallest change, so two
 * people editing one paragraph both keep their words. `onEdit` runs in the same
 * change (the source revision bump).
 */
export function textField(
  parent: HTMLElement,
  handle: DocHandle<unknown>,
  path: Path,
  l10nId: string,
  options: { multiline?: boolean; hint?: string; onEdit?: (doc: Model) => void } = {},
): Bound {
  const control = options.multiline ? element("textarea", undefined, { rows: "6" }) : element("input", undefined, { type: "text" });
  control.dir = "auto";
  control.name = path.join(".");
  const { row: wrapper } = row(l10nId, control, options.hint);
  parent.append(wrapper);
  control.addEventListener("input", () => setText(handle, path, control.value, options.onEdit));
  return {
    refresh() {
      const value = valueAt(readModel<Model>(handle.doc()), path);
      const text = typeof value === "string" ? value : "";
      if (control.value === text) return;
      if (document.activeElement !== control) {
        control.value = text;
        return;
      }
      // Someone else's edit arrived while this person types: show it, and keep their
      // cursor where it was relative to their own words.
      const { selectionStart, selectionEnd } = control;
      const before = control.value;
      let common = 0;
      while (common < before.length && common < text.length && before[common] === text[common]) common++;
      const shift = text.length - before.length;
      const moved = (offset: number | null) => (offset === null ? null : offset >= common ? offset + shift : offset);
      control.value = text;
      control.setSelectionRange(moved(selectionStart), moved(selectionEnd));
    },
  };
}

/** A plain value set whole (dates, times, choices), with the conflict chooser. */
export function valueField(
  parent: HTMLElement,
  handle: DocHandle<unknown>,
  path: Path,
  l10nId: string,
  control: HTMLInputElement | HTMLSelectElement,
  options: {
    hint?: string;
    describe?: (value: unknown) => string;
    beforeSet?: (doc: DocHandle<unknown>) => void;
    /** The value to write for what the control shows (`null`: none; `undefined`: remove the key). */
    parse?: (raw: unknown) => unknown;
    /** A Fluent id saying why the value cannot be written (shown, nothing written); undefined: fine. */
    check?: (value: unknown) => string | undefined;
    /** Arguments of the label's message. */
    labelArgs?: Record<string, string>;
  } = {},
): Bound {
  control.name = path.join(".");
  const describe = options.describe ?? ((value: unknown) => String(value).replace("T", " "));
  const conflict = conflictChooser(handle, path, describe);
  const { row: wrapper } = row(l10nId, control, options.hint, options.labelArgs, conflict.node);
  parent.append(wrapper);
  const error = options.check ? errorLine(control) : undefined;
  if (error) control.after(error.node);
  const read = (): unknown => (control instanceof HTMLInputElement && control.type === "checkbox" ? control.checked : control.value);
  control.addEventListener("change", () => {
    const value = options.parse ? options.parse(read()) : read();
    const refused = options.check?.(value);
    error?.show(refused ?? null);
    if (refused) return;
    // Setting a value to what it already is would still be a change, and one that
    // can collide with someone else's: only real edits are written.
    const current = valueAt(readModel<Model>(handle.doc()), path);
    if ((value === current || (value === null && current === undefined)) && conflictsOf(handle, path).length === 0) return;
    options.beforeSet?.(handle);
    if (value === undefined) removeValue(handle, path);
    else setValue(handle, path, value);
  });
  return {
    refresh() {
      const value = valueAt(readModel<Model>(handle.doc()), path);
      if (document.activeElement !== control) {
        if (control instanceof HTMLInputElement && control.type === "checkbox") control.checked = value === true;
        else control.value = value === null || value === undefined ? "" : String(value);
      }
      conflict.refresh();
    },
  };
}

/**
 * A plain value with a check: what fails it is shown as an inline error and not
 * written; what passes is written unless it is the value already there.
 */
export function checkedField<T>(
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
    if (!accepted(result, error)) return;
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

/** A fieldset with its legend, appended to `parent`. */
export function fieldset(parent: HTMLElement, legendId: string, className?: string): HTMLFieldSetElement {
  const set = element("fieldset", undefined, className ? { class: className } : {});
  set.append(element("legend", legendId));
  parent.append(set);
  return set;
}
