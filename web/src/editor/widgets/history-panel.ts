/**
 * The "History" section of an item's form: the item's edits, newest first, each
 * with who, which field, when and the value it left; any earlier value can be
 * brought back. Worked out only while the section is open.
 */
import type { DocHandle } from "@automerge/automerge-repo/slim";
import { currentLocale, localize } from "../../i18n";
import { coalesce, element, fill, setMessage } from "../../page";
import { describeValue, labelField } from "../field-display";
import { currentValue, historyOf, restore, valueAfter, type FieldEdit, type HistoryKind } from "../history";

/** Shown values are cut here: the history is for recognising a value, not reading it. */
const EXCERPT = 160;

export function historyPanel(handle: DocHandle<unknown>, kind: HistoryKind): { node: HTMLElement; stop: () => void } {
  const node = element("details", undefined, { class: "history" });
  const summary = element("summary", "editor-history");
  const list = element("ol", undefined, { class: "history-list" });
  node.append(summary, element("p", "editor-history-hint", { class: "hint" }), list);

  const draw = () => {
    if (!node.open) return;
    const edits = historyOf(handle);
    if (edits.length === 0) {
      fill(list, element("li", "editor-history-none"));
      return;
    }
    list.replaceChildren(...edits.map((edit) => entry(handle, kind, edit, restored)));
    localize(list);
  };
  // After bringing a value back, the list is redrawn and focus goes to its heading.
  const restored = () => {
    draw();
    summary.focus();
  };
  // Typing changes the document many times a second: redraw at most once a second,
  // and not under a focused button (the person's place): when they leave the list.
  let stale = false;
  const redraw = coalesce(() => {
    if (list.contains(document.activeElement)) stale = true;
    else draw();
  }, 1000);
  list.addEventListener("focusout", () =>
    window.setTimeout(() => {
      if (stale && !list.contains(document.activeElement)) {
        stale = false;
        draw();
      }
    }),
  );
  node.addEventListener("toggle", draw);
  handle.on("change", redraw.soon);
  return {
    node,
    stop: () => {
      handle.off("change", redraw.soon);
      redraw.cancel();
    },
  };
}

function entry(handle: DocHandle<unknown>, kind: HistoryKind, edit: FieldEdit, restored: () => void): HTMLElement {
  const li = element("li");
  const who = element("strong", undefined, { dir: "auto" });
  if (edit.by) who.textContent = edit.by;
  else setMessage(who, "editor-history-unknown-author");
  const field = element("span", undefined, { class: "history-field" });
  labelField(field, kind, edit.field);
  const line = element("p", undefined, { class: "history-line" });
  line.append(who, " · ", field);
  // A change made with no clock (the demo's seed, an import) has time 0: no date rather than 1970.
  if (edit.to > 0) {
    const when = element("time", undefined, { datetime: new Date(edit.to * 1000).toISOString() });
    when.textContent = new Intl.DateTimeFormat(currentLocale().code, { dateStyle: "medium", timeStyle: "short" }).format(edit.to * 1000);
    line.append(" · ", when);
  }

  const value = valueAfter(handle, edit.hash, edit.field);
  const shown = element("p", undefined, { class: "history-value", dir: "auto" });
  describeValue(shown, value, EXCERPT);
  li.append(line, shown);
  if (JSON.stringify(value ?? null) === JSON.stringify(currentValue(handle, edit.field) ?? null)) {
    li.append(element("p", "editor-history-current", { class: "muted" }));
  } else {
    const button = element("button", "editor-history-restore", { type: "button", class: "secondary" });
    button.addEventListener("click", () => {
      restore(handle, kind, edit.field, value);
      restored();
    });
    li.append(button);
  }
  return li;
}
