import { describe, expect, test } from "vitest";
import { arrangement, rowKeys, rowPaths } from "../src/editor/widgets/keyed-list";

/** Applies the moves as `insertBefore` does. */
function apply<T>(current: readonly T[], moves: [T, T | null][]): T[] {
  const order = [...current];
  for (const [item, before] of moves) {
    const at = order.indexOf(item);
    if (at >= 0) order.splice(at, 1);
    order.splice(before === null ? order.length : order.indexOf(before), 0, item);
  }
  return order;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe("arrangement", () => {
  test("nothing moves when the rows are in order", () => {
    expect(arrangement(["a", "b", "c"], ["a", "b", "c"])).toEqual([]);
    expect(arrangement(["a", "b", "c"], ["a", "b", "c"], "b")).toEqual([]);
  });

  test("new rows go where they belong", () => {
    const moves = arrangement(["a", "c"], ["a", "b", "c", "d"]);
    expect(apply(["a", "c"], moves)).toEqual(["a", "b", "c", "d"]);
    expect(moves.map(([item]) => item).sort()).toEqual(["b", "d"]);
  });

  test("every order is reached from every order, and the row being typed in never moves", () => {
    const items = ["a", "b", "c", "d", "e"];
    for (const current of permutations(items)) {
      for (const wanted of [items, [...items].reverse(), ["c", "a", "e", "b", "d"]]) {
        for (const fixed of [undefined, ...items]) {
          const moves = arrangement(current, wanted, fixed);
          expect(apply(current, moves), `${current.join("")} -> ${wanted.join("")} keeping ${fixed}`).toEqual(wanted);
          if (fixed !== undefined) expect(moves.some(([item]) => item === fixed)).toBe(false);
        }
      }
    }
  });

  test("a row moved by one place is one move", () => {
    // Someone moved "c" up: only it, or only its neighbour, moves.
    expect(arrangement(["a", "b", "c", "d"], ["a", "c", "b", "d"])).toHaveLength(1);
    // The row being typed in ("c") stays; its neighbour goes around it.
    expect(arrangement(["a", "b", "c", "d"], ["a", "c", "b", "d"], "c")).toEqual([["b", "d"]]);
  });

  test("a new row and the kept ones around the row being typed in", () => {
    const moves = arrangement(["x", "y"], ["new", "x", "y"], "y");
    expect(apply(["x", "y"], moves)).toEqual(["new", "x", "y"]);
    expect(moves).toEqual([["new", "x"]]);
  });
});

test("two elements with one id (an import's mistake) get a row each", () => {
  expect(rowKeys(["p1", "p2", "p1", "p1"])).toEqual(["p1#1", "p2#1", "p1#2", "p1#3"]);
  expect(rowKeys([])).toEqual([]);
});

test("a row's paths follow its element to a new index", () => {
  const paths = rowPaths("locations", 2);
  const name = paths.path("name");
  const street = paths.path("address", "street");
  expect(name).toEqual(["locations", 2, "name"]);
  paths.moveTo(0);
  // The very arrays the fields were given.
  expect(name).toEqual(["locations", 0, "name"]);
  expect(street).toEqual(["locations", 0, "address", "street"]);
});
