/**
 * The buttons of a row in a list people reorder or shorten (categories, languages,
 * articles): "move up" / "move down", and "remove", which asks first. Each button
 * has a `data-focus-key`, so focus can follow it into a row drawn anew.
 */
import { element, setMessage } from "../../page";

/**
 * "Move up: <label>" and "Move down: <label>" in `container` (`<key>:-1`, `<key>:1`);
 * `place(index, count)` disables the way the row cannot go.
 */
export function moveButtons(
  label: string,
  key: string,
  move: (step: -1 | 1) => void,
  container: HTMLElement = element("div", undefined, { class: "actions" }),
): { node: HTMLElement; place: (index: number, count: number) => void } {
  const buttons: [-1 | 1, HTMLButtonElement][] = [];
  for (const [step, l10nId] of [[-1, "editor-move-up"], [1, "editor-move-down"]] as const) {
    const button = element("button", undefined, { type: "button", class: "secondary", "data-focus-key": `${key}:${step}` });
    setMessage(button, l10nId, { title: label });
    button.addEventListener("click", () => move(step));
    container.append(button);
    buttons.push([step, button]);
  }
  return {
    node: container,
    place(index, count) {
      for (const [step, button] of buttons) button.disabled = index + step < 0 || index + step >= count;
    },
  };
}

export /** "Remove": asks first, saying what removing means, then removes. */
function removeButton(parent: HTMLElement, label: string, key: string, confirmText: () => [string, Record<string, string | number>], remove: () => void): void {
  const button = element("button", undefined, { type: "button", class: "danger", "data-focus-key": `${key}:remove` });
  setMessage(button, "editor-remove", { name: label });
  const confirm = element("div", undefined, { class: "confirm", role: "alert" });
  confirm.hidden = true;
  parent.append(button, confirm);
  button.addEventListener("click", () => {
    const [id, args] = confirmText();
    const question = element("p");
    setMessage(question, id, args);
    const yes = element("button", undefined, { type: "button", class: "danger" });
    setMessage(yes, "editor-remove-confirm", { name: label });
    const no = element("button", "editor-remove-cancel", { type: "button", class: "secondary" });
    const actions = element("div", undefined, { class: "actions" });
    actions.append(yes, no);
    confirm.replaceChildren(question, actions);
    setMessage(no, "editor-remove-cancel");
    confirm.hidden = false;
    button.hidden = true;
    no.addEventListener("click", () => {
      confirm.hidden = true;
      confirm.replaceChildren();
      button.hidden = false;
      button.focus();
    });
    yes.addEventListener("click", remove);
    no.focus();
  });
}
