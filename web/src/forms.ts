/**
 * Form parts shared by the pages: labelled fields with a hint and an error message tied
 * to the control (`aria-describedby`), an alert line for the form as a whole, and the
 * passphrase "show" switch. Validation is ours (`novalidate` on forms), so every
 * message comes from Fluent in the app's language, not the browser's.
 */
import { ApiError, NetworkError } from "./api";
import { element, setMessage, uid } from "./page";

export interface Field<T extends HTMLInputElement | HTMLSelectElement = HTMLInputElement> {
  /** The field: label, hint, control, error. */
  row: HTMLDivElement;
  control: T;
  error: HTMLParagraphElement;
}

/** A labelled `<input>`; `hintId` adds a hint under the label. */
export function inputField(labelId: string, attributes: Record<string, string>, hintId?: string): Field {
  return field(labelId, element("input", undefined, attributes), hintId);
}

/** A labelled `<select>` of `[value, Fluent id]` options. */
export function selectField(labelId: string, options: readonly (readonly [string, string])[], hintId?: string): Field<HTMLSelectElement> {
  const select = element("select");
  for (const [value, l10nId] of options) select.append(element("option", l10nId, { value }));
  return field(labelId, select, hintId);
}

function field<T extends HTMLInputElement | HTMLSelectElement>(labelId: string, control: T, hintId?: string): Field<T> {
  control.id ||= uid("field");
  const row = element("div", undefined, { class: "field" });
  row.append(element("label", labelId, { for: control.id }));
  const described: string[] = [];
  if (hintId) {
    const hint = element("p", hintId, { class: "hint", id: uid("hint") });
    described.push(hint.id);
    row.append(hint);
  }
  const error = element("p", undefined, { class: "field-error", id: uid("error") });
  error.hidden = true;
  if (described.length > 0) control.setAttribute("aria-describedby", described.join(" "));
  row.append(control, error);
  return { row, control, error };
}

/** Shows (or, with null, clears) a field's error; the control is marked invalid. */
export function setFieldError(field: Field<HTMLInputElement | HTMLSelectElement>, l10nId: string | null, args?: Record<string, string | number>): void {
  const ids = (field.control.getAttribute("aria-describedby") ?? "").split(" ").filter((id) => id && id !== field.error.id);
  if (l10nId) {
    setMessage(field.error, l10nId, args);
    field.error.hidden = false;
    field.control.setAttribute("aria-invalid", "true");
    ids.push(field.error.id);
  } else {
    field.error.hidden = true;
    field.error.textContent = "";
    field.control.removeAttribute("aria-invalid");
  }
  if (ids.length > 0) field.control.setAttribute("aria-describedby", ids.join(" "));
  else field.control.removeAttribute("aria-describedby");
}

/** Clears the errors of `fields`, runs the checks, and focuses the first field that failed. */
export function validate(checks: [Field<HTMLInputElement | HTMLSelectElement>, () => string | null][]): boolean {
  let first: Field<HTMLInputElement | HTMLSelectElement> | undefined;
  for (const [field, check] of checks) {
    const error = check();
    setFieldError(field, error);
    if (error && !first) first = field;
  }
  first?.control.focus();
  return first === undefined;
}

/** A line that screen readers announce when it changes: `role="alert"` for errors, else `status`. */
export function liveLine(kind: "alert" | "status"): HTMLParagraphElement {
  return element("p", undefined, { role: kind, class: kind === "alert" ? "form-alert" : "form-status" });
}

/** Puts `l10nId` into a live line, or empties it. */
export function say(line: HTMLElement, l10nId: string | null, args?: Record<string, string | number>): void {
  if (l10nId) setMessage(line, l10nId, args);
  else {
    delete line.dataset.l10nId;
    delete line.dataset.l10nArgs;
    line.textContent = "";
  }
}

/** The message for an error that no page handles specially. */
export function errorMessage(error: unknown): [string, Record<string, string | number>?] {
  if (error instanceof NetworkError) return ["error-offline"];
  if (error instanceof ApiError) {
    if (error.code === "too_many_attempts") return tooManyAttempts(error.retryAfterSeconds);
    if (error.code === "unauthenticated") return ["error-unauthenticated"];
    if (error.code === "forbidden") return ["error-forbidden"];
    if (error.status === 400) return ["error-bad-request"];
    if (error.status >= 500) return ["error-server"];
  }
  console.error(error);
  return ["error-unexpected"];
}

export function tooManyAttempts(seconds = 60): [string, Record<string, number>] {
  return seconds < 60 ? ["error-too-many-attempts-seconds", { seconds }] : ["error-too-many-attempts-minutes", { minutes: Math.ceil(seconds / 60) }];
}

/** A submit button; while `busy`, it is disabled and its form says so. */
export function submitButton(l10nId: string): HTMLButtonElement {
  return element("button", l10nId, { type: "submit", class: "primary" });
}

export async function whileBusy<T>(form: HTMLFormElement, work: () => Promise<T>): Promise<T> {
  const buttons = [...form.querySelectorAll<HTMLButtonElement>("button")];
  const focused = document.activeElement;
  form.setAttribute("aria-busy", "true");
  for (const button of buttons) button.disabled = true;
  try {
    return await work();
  } finally {
    form.removeAttribute("aria-busy");
    for (const button of buttons) button.disabled = false;
    // A disabled button loses focus; give it back unless the work moved it elsewhere.
    if (focused instanceof HTMLElement && focused.isConnected && (document.activeElement === document.body || document.activeElement === null)) {
      focused.focus();
    }
  }
}

/** "Show passphrase": a checkbox that switches `inputs` between hidden and plain text. */
export function showPassphraseSwitch(...inputs: HTMLInputElement[]): HTMLDivElement {
  const row = element("div", undefined, { class: "check" });
  const box = element("input", undefined, { type: "checkbox", id: uid("show") });
  box.addEventListener("change", () => {
    for (const input of inputs) input.type = box.checked ? "text" : "password";
  });
  row.append(box, element("label", "passphrase-show", { for: box.id }));
  return row;
}

/** A `<form>` that does its own validation; `onSubmit` runs instead of a page load. */
export function form(onSubmit: (form: HTMLFormElement) => void, attributes: Record<string, string> = {}): HTMLFormElement {
  // POST, so that a passphrase could never end up in an address even if this script failed.
  const node = element("form", undefined, { novalidate: "", method: "post", ...attributes });
  node.addEventListener("submit", (event) => {
    event.preventDefault();
    if (node.getAttribute("aria-busy") !== "true") onSubmit(node);
  });
  return node;
}
