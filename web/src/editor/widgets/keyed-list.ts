/**
 * The rows of a list drawn from a document (places, schedules, categories,
 * languages), keyed: a row is made for a new key and dropped with its key; a row
 * whose key stays is kept, with whatever is typed or focused in it, and only told
 * where it stands now. So nobody's typing is interrupted by someone else's edit,
 * and a row being typed in is never moved (the others are arranged around it).
 *
 * A key is an element's id, plus, where a row's layout depends on more than its
 * element (a category row has a name field per language of the city), what it
 * depends on: a change there makes the row anew. Focus then moves to the control
 * with the same `data-focus-key` in the new row.
 */
import type { DocHandle } from "@automerge/automerge-repo/slim";
import { localize } from "../../i18n";
import { element, setMessage } from "../../page";
import { changeDoc, listIn, readModel, removeById, type Path } from "../documents";
import { newElementId } from "../service-checks";
import { fieldset, type Bound } from "./fields";

export interface KeyedRow {
  node: HTMLElement;
  /** The row's element now stands at `index` of `count` (another person's removal of an earlier one moves it). */
  moveTo(index: number, count: number): void;
  refresh(): void;
}

/**
 * Keeps `container`'s children one row per key of `keys()`, in order; `make(index)`
 * makes the row of the element at `index`. `empty` (if any) shows while there is none.
 */
export function keyedList(container: HTMLElement, keys: () => string[], make: (index: number) => KeyedRow, empty?: HTMLElement): Bound {
  const rows = new Map<string, KeyedRow>();
  return {
    refresh() {
      const wanted = rowKeys(keys());
      const active = document.activeElement instanceof HTMLElement && container.contains(document.activeElement) ? document.activeElement : null;
      for (const [key, row] of rows) {
        if (wanted.includes(key)) continue;
        row.node.remove();
        rows.delete(key);
      }
      const nodes = wanted.map((key, index) => {
        let row = rows.get(key);
        if (!row) {
          row = make(index);
          localize(row.node);
          rows.set(key, row);
        }
        row.moveTo(index, wanted.length);
        return row.node;
      });
      const fixed = active ? nodes.find((node) => node.contains(active)) : undefined;
      for (const [node, before] of arrangement([...container.children], nodes, fixed)) container.insertBefore(node, before);
      if (active && !active.isConnected && active.dataset.focusKey) {
        container.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(active.dataset.focusKey)}"]:not(:disabled)`)?.focus();
      }
      if (empty) empty.hidden = wanted.length > 0;
      for (const row of rows.values()) row.refresh();
    },
  };
}

/** One element's row in an `elementList`, as its fields see it. */
export interface ElementRow<T> {
  /** The row's fieldset, its legend ("Place 2") in it: the fields go after. */
  node: HTMLFieldSetElement;
  id: string;
  /** The element as it is now. */
  current: () => T;
  /** The path of one of the element's fields; it follows the element to a new index. */
  path: (...rest: (string | number)[]) => Path;
  /** Edits the element in one change, if it is still there. */
  write: (edit: (item: Record<string, unknown>) => void) => void;
}

/**
 * A list of elements with ids at the top of a document (a service's places, its
 * schedules), in a fieldset: a row per element, keyed by its id, numbered in its
 * legend (`messages.item`, `$number`) and ending with a remove button; "none yet"
 * while there is none; a button that adds one (`create(id)`, in Automerge form) at
 * the end. `fill(row)` puts the element's fields into its row.
 */
export function elementList<T extends { id: string }>(
  parent: HTMLElement,
  handle: DocHandle<unknown>,
  list: string,
  messages: { legend: string; none: string; add: string; item: string; remove: string },
  create: (id: string) => unknown,
  fill: (row: ElementRow<T>) => Bound,
  options: { rowClass?: string; focusNew?: boolean } = {},
): Bound {
  const set = fieldset(parent, messages.legend, "element-list");
  const container = element("div", undefined, { class: "rows" });
  const empty = element("p", messages.none, { class: "hint" });
  const add = element("button", messages.add, { type: "button" });
  set.append(empty, container, add);
  const all = () => (readModel<Record<string, unknown>>(handle.doc())[list] as T[] | undefined) ?? [];
  add.addEventListener("click", () => {
    const id = newElementId(all().map((item) => item.id));
    changeDoc(handle, (doc) => listIn(doc, [list]).push(create(id)));
    // The new element's first field, ready to type in.
    if (options.focusNew) container.lastElementChild?.querySelector<HTMLInputElement>("input")?.focus();
  });
  const makeRow = (initial: number): KeyedRow => {
    const id = all()[initial]!.id;
    let index = initial;
    const paths = rowPaths(list, initial);
    const node = element("fieldset", undefined, { class: ["element", options.rowClass].filter(Boolean).join(" ") });
    const legend = element("legend");
    node.append(legend);
    const fields = fill({
      node,
      id,
      current: () => all()[index]!,
      path: paths.path,
      write: (edit) =>
        changeDoc(handle, (doc) => {
          const item = listIn(doc, [list])[index] as Record<string, unknown> | undefined;
          if (item && String(item.id) === id) edit(item);
        }),
    });
    const remove = element("button", messages.remove, { type: "button", class: "danger" });
    remove.addEventListener("click", () => removeById(handle, [list], id));
    node.append(remove);
    let number = -1;
    return {
      node,
      moveTo(at) {
        index = at;
        paths.moveTo(at);
        if (at === number) return;
        number = at;
        setMessage(legend, messages.item, { number: at + 1 });
      },
      refresh: () => fields.refresh(),
    };
  };
  return keyedList(container, () => all().map((item) => item.id), makeRow, empty);
}

/** Keys made unique: two elements with one id (an import's mistake) still get a row each. */
export function rowKeys(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return `${id}#${n}`;
  });
}

/**
 * The moves (insert `item` before `before`, null: at the end) that turn `current`
 * into `wanted` without moving `fixed` (the row being typed in: moving it would
 * take the focus away). Items of `current` not in `wanted` are expected gone; an
 * item already in place is not moved.
 */
export function arrangement<T>(current: readonly T[], wanted: readonly T[], fixed?: T): [T, T | null][] {
  const order = [...current];
  const moves: [T, T | null][] = [];
  /** Puts `wanted[i]` right before `wanted[i + 1]` (or last), unless it is there already. */
  const place = (i: number) => {
    const item = wanted[i]!;
    const before = i + 1 < wanted.length ? wanted[i + 1]! : null;
    const at = order.indexOf(item);
    if (at >= 0 && at + 1 === (before === null ? order.length : order.indexOf(before))) return;
    if (at >= 0) order.splice(at, 1);
    order.splice(before === null ? order.length : order.indexOf(before), 0, item);
    moves.push([item, before]);
  };
  const pivot = fixed !== undefined && order.includes(fixed) ? wanted.indexOf(fixed) : -1;
  // The rows after the fixed one (all of them, if none is), from the last; then those before it.
  for (let i = wanted.length - 1; i > pivot; i--) place(i);
  for (let i = pivot - 1; i >= 0; i--) place(i);
  return moves;
}

/**
 * Paths of a row's fields (`[list, index, ...rest]`): the fields keep the arrays
 * they were given, and `moveTo` points them all at the element's new index.
 */
export function rowPaths(list: string, initial: number): { path: (...rest: (string | number)[]) => Path; moveTo: (index: number) => void } {
  const paths: Path[] = [];
  return {
    path(...rest) {
      const path: Path = [list, initial, ...rest];
      paths.push(path);
      return path;
    },
    moveTo(index) {
      for (const path of paths) path[1] = index;
    },
  };
}
