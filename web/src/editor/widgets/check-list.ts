/**
 * Checkboxes for a list of values (categories, groups, languages): ticking adds the
 * value to the list, unticking removes it; the rest of the list is left alone, so
 * two people ticking different boxes at once both keep theirs.
 */
import type { DocHandle } from "@automerge/automerge-repo/slim";
import { ImmutableString } from "@automerge/automerge/slim";
import { localize } from "../../i18n";
import { element, uid } from "../../page";
import { changeDoc, listIn, readModel, valueAt, type Path } from "../documents";
import { fieldset, type Bound } from "./fields";

/** A box: its value, and its label (words, or a Fluent id). */
export interface Option {
  value: string;
  label?: string;
  l10nId?: string;
}

/** The boxes, in a fieldset with its legend; `options` is asked again at every refresh. */
export function checkList(parent: HTMLElement, handle: DocHandle<unknown>, path: Path, legendId: string, options: () => Option[]): Bound {
  const set = fieldset(parent, legendId, "check-list");
  const boxes = element("div", undefined, { class: "checks" });
  set.append(boxes);
  let drawn = "";
  const byValue = new Map<string, HTMLInputElement>();
  const current = () => (valueAt(readModel<Record<string, unknown>>(handle.doc()), path) as string[] | undefined) ?? [];
  const toggle = (value: string, on: boolean) => {
    const list = current();
    if (on === list.includes(value)) return;
    changeDoc(handle, (doc) => {
      const target = listIn(doc, path);
      if (on) {
        target.push(new ImmutableString(value));
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
