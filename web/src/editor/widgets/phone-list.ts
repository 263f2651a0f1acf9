/**
 * A list of phone numbers: each one editable (checked as publishing checks it) and
 * removable, and one more to add. Numbers change one by one, so two people adding
 * a number at once both keep theirs; the list is not redrawn while a number is typed.
 */
import type { DocHandle } from "@automerge/automerge-repo/slim";
import { ImmutableString } from "@automerge/automerge/slim";
import { element, setMessage, uid } from "../../page";
import { changeDoc, listIn, readModel, valueAt, type Path } from "../documents";
import { checkPhone } from "../service-checks";
import { accepted, addLine, errorLine, fieldset, type Bound } from "./fields";

const text = (value: string) => new ImmutableString(value);

/** The numbers at `path` (`contacts.phones`), in a fieldset. */
export function phoneList(parent: HTMLElement, handle: DocHandle<unknown>, path: Path): Bound {
  const set = fieldset(parent, "editor-service-phones", "phones");
  const list = element("ul", undefined, { class: "editable-list" });
  const input = element("input", undefined, { type: "tel", dir: "ltr", id: uid("phone"), autocomplete: "off" });
  const { row, add, error } = addLine("editor-service-phone-new", input, "editor-service-phone-add");
  set.append(list, row);
  const current = () => (valueAt(readModel<Record<string, unknown>>(handle.doc()), path) as string[] | undefined) ?? [];
  add.addEventListener("click", () => {
    const result = checkPhone(input.value);
    if (!accepted(result, error)) return;
    input.value = "";
    if (current().includes(result.value)) return;
    changeDoc(handle, (doc) => listIn(doc, path).push(text(result.value)));
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
            if (!accepted(result, rowError)) return;
            changeDoc(handle, (doc) => {
              const phonesList = listIn(doc, path);
              const at = phonesList.findIndex((p) => String(p) === number);
              if (at >= 0 && String(phonesList[at]) !== result.value) phonesList[at] = text(result.value);
            });
          });
          const remove = element("button", undefined, { type: "button", class: "secondary" });
          setMessage(remove, "editor-service-phone-remove", { phone: number });
          remove.addEventListener("click", () =>
            changeDoc(handle, (doc) => {
              const phonesList = listIn(doc, path);
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
