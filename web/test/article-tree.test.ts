import { from, ImmutableString } from "@automerge/automerge/slim";
import { describe, expect, test } from "vitest";
import { articleTree, orderAfterLast, parentChoices, reorder, siblingsOf, withDescendants, type ArticleNode } from "../src/editor/article-tree";
import { cardOf } from "../src/editor/cards";
import type { Workspace } from "../src/editor/workspace";

/** A workspace holding articles `[id, title, parent, order]`. */
function workspaceOf(articles: [string, string, string | null, number][]): Workspace {
  const docs = new Map(
    articles.map(([id, title, parent, order]) => [id, from({ schema: 1, source_language: "en", source_revision: 1, title, body: "", parent: parent === null ? null : new ImmutableString(parent), order })]),
  );
  return {
    ofKind: () => articles.map(([id]) => ({ documentId: id, kind: "article", city: "c", write: id !== "ro", publish: true })),
    card: (id: string) => cardOf("article", docs.get(id)!, 0),
  } as unknown as Workspace;
}

const ids = (nodes: readonly ArticleNode[]) => nodes.map((n) => n.id);

describe("articleTree", () => {
  test("by parent, then order, then id", () => {
    const tree = articleTree(
      workspaceOf([
        ["b", "B", null, 2],
        ["a", "A", null, 2],
        ["c", "C", null, 1],
        ["a2", "A2", "a", 5],
        ["a1", "A1", "a", 1],
      ]),
    );
    expect(ids(tree.roots)).toEqual(["c", "a", "b"]);
    expect(ids(tree.byId.get("a")!.children)).toEqual(["a1", "a2"]);
    expect(siblingsOf(tree, tree.byId.get("a2")!)).toBe(tree.byId.get("a")!.children);
  });

  test("a missing parent or a loop puts an article at the top", () => {
    const tree = articleTree(
      workspaceOf([
        ["x", "X", "gone", 1],
        ["p", "P", "q", 2],
        ["q", "Q", "p", 3],
      ]),
    );
    expect(ids(tree.roots).sort()).toEqual(["p", "q", "x"]);
    expect(tree.byId.get("x")!.parent).toBeNull();
  });

  test("a parent's choices leave out the article and what is under it", () => {
    const tree = articleTree(
      workspaceOf([
        ["a", "A", null, 1],
        ["a1", "A1", "a", 1],
        ["a11", "A11", "a1", 1],
        ["b", "B", null, 2],
      ]),
    );
    expect(parentChoices(tree)).toEqual([
      ["a", "A", 0],
      ["a1", "A1", 1],
      ["a11", "A11", 2],
      ["b", "B", 0],
    ]);
    expect(withDescendants(tree, "a1")).toEqual(new Set(["a1", "a11"]));
    expect(parentChoices(tree, withDescendants(tree, "a1"))).toEqual([
      ["a", "A", 0],
      ["b", "B", 0],
    ]);
    expect(orderAfterLast(tree, null)).toBe(3);
    expect(orderAfterLast(tree, "a1")).toBe(2);
    expect(orderAfterLast(tree, "a11")).toBe(1);
    expect(orderAfterLast(tree, null, "b")).toBe(2);
  });
});

describe("reorder", () => {
  const siblings = (orders: number[]) => orders.map((order, i) => ({ id: `n${i}`, order }) as ArticleNode);

  test("one order between the new neighbours where there is room", () => {
    expect(reorder(siblings([10, 20, 30]), "n2", -1)).toEqual(new Map([["n2", 15]]));
    expect(reorder(siblings([10, 20, 30]), "n0", 1)).toEqual(new Map([["n0", 25]]));
    expect(reorder(siblings([10, 20]), "n1", -1)).toEqual(new Map([["n1", 9]]));
    expect(reorder(siblings([10, 20]), "n0", 1)).toEqual(new Map([["n0", 21]]));
  });

  test("else the siblings numbered 1..n, only where that changes a value", () => {
    expect(reorder(siblings([1, 2, 3]), "n2", -1)).toEqual(new Map([["n2", 2], ["n1", 3]]));
    // No order below 1: renumbered.
    expect(reorder(siblings([1, 2]), "n1", -1)).toEqual(new Map([["n1", 1], ["n0", 2]]));
  });

  test("nothing moves past either end", () => {
    expect(reorder(siblings([1, 2]), "n0", -1).size).toBe(0);
    expect(reorder(siblings([1, 2]), "n1", 1).size).toBe(0);
    expect(reorder(siblings([1, 2]), "nx", 1).size).toBe(0);
  });
});
