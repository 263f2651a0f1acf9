/**
 * The guide's articles as the editing screens see them: a tree by `parent`, siblings
 * by `order` (ties by id, as readers get them), an article whose parent is unknown
 * (not on this device, or a loop) at the top. Moving one among its siblings writes
 * `order` values: one between its new neighbours where there is room, else the
 * siblings numbered 1..n, each document written only where its value changes.
 */
import { changeDoc } from "./documents";
import type { Workspace } from "./workspace";

export interface ArticleNode {
  id: string;
  title: string;
  /** The parent as the tree shows it: null at the top (also for an unknown parent). */
  parent: string | null;
  order: number;
  write: boolean;
  children: ArticleNode[];
}

export interface ArticleTree {
  roots: ArticleNode[];
  byId: Map<string, ArticleNode>;
}

const bySiblingOrder = (a: ArticleNode, b: ArticleNode) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function articleTree(workspace: Workspace): ArticleTree {
  const byId = new Map<string, ArticleNode>();
  const parents = new Map<string, string | null>();
  for (const entry of workspace.ofKind("article")) {
    const card = workspace.card(entry.documentId)!;
    byId.set(entry.documentId, { id: entry.documentId, title: card.title, parent: null, order: card.order ?? 0, write: entry.write, children: [] });
    parents.set(entry.documentId, card.parent ?? null);
  }
  // A parent counts when it is known and its own ancestors do not lead back here.
  const leadsBack = (id: string, parent: string): boolean => {
    const seen = new Set<string>([id]);
    for (let at: string | null | undefined = parent; at; at = parents.get(at)) {
      if (seen.has(at)) return true;
      if (!byId.has(at)) return false;
      seen.add(at);
    }
    return false;
  };
  const roots: ArticleNode[] = [];
  for (const node of byId.values()) {
    const parent = parents.get(node.id);
    if (parent && byId.has(parent) && !leadsBack(node.id, parent)) {
      node.parent = parent;
      byId.get(parent)!.children.push(node);
    } else {
      roots.push(node);
    }
  }
  roots.sort(bySiblingOrder);
  for (const node of byId.values()) node.children.sort(bySiblingOrder);
  return { roots, byId };
}

export function siblingsOf(tree: ArticleTree, node: ArticleNode): ArticleNode[] {
  return node.parent ? tree.byId.get(node.parent)!.children : tree.roots;
}

/** The article and every article under it (which cannot become its parent). */
export function withDescendants(tree: ArticleTree, id: string): Set<string> {
  const found = new Set<string>();
  const visit = (node: ArticleNode | undefined) => {
    if (!node || found.has(node.id)) return;
    found.add(node.id);
    for (const child of node.children) visit(child);
  };
  visit(tree.byId.get(id));
  return found;
}

/** The articles in tree order as `[id, title, depth]`, leaving out `excluded` and what is under them (a parent picker's choices). */
export function parentChoices(tree: ArticleTree, excluded: ReadonlySet<string> = new Set()): [string, string, number][] {
  const choices: [string, string, number][] = [];
  const walk = (nodes: readonly ArticleNode[], depth: number) => {
    for (const node of nodes) {
      if (excluded.has(node.id)) continue;
      choices.push([node.id, node.title, depth]);
      walk(node.children, depth + 1);
    }
  };
  walk(tree.roots, 0);
  return choices;
}

/** The `order` of an article placed after the last one under `parent` (null: the top). */
export function orderAfterLast(tree: ArticleTree, parent: string | null, except?: string): number {
  const siblings = (parent ? tree.byId.get(parent)?.children : tree.roots) ?? [];
  const orders = siblings.filter((s) => s.id !== except).map((s) => s.order);
  return orders.length > 0 ? Math.floor(Math.max(...orders)) + 1 : 1;
}

/**
 * The `order` values to write so that `id` moves one place up (-1) or down (+1)
 * among its siblings: article id to new order, only values that change.
 */
export function reorder(siblings: readonly ArticleNode[], id: string, step: -1 | 1): Map<string, number> {
  const changes = new Map<string, number>();
  const from = siblings.findIndex((s) => s.id === id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= siblings.length) return changes;
  const moved = [...siblings];
  const [node] = moved.splice(from, 1);
  moved.splice(to, 0, node!);
  const before = moved[to - 1]?.order;
  const after = moved[to + 1]?.order;
  let order: number | undefined;
  if (before === undefined && after !== undefined) order = after - 1;
  else if (after === undefined && before !== undefined) order = before + 1;
  else if (before !== undefined && after !== undefined && after - before >= 2) order = Math.floor((before + after) / 2);
  // Orders are whole numbers (the model's are integers); at least 1, as new ones are.
  if (order !== undefined && Number.isInteger(order) && order >= 1 && (before === undefined || order > before) && (after === undefined || order < after)) {
    changes.set(id, order);
    return changes;
  }
  moved.forEach((sibling, index) => {
    if (sibling.order !== index + 1) changes.set(sibling.id, index + 1);
  });
  return changes;
}

/** Writes the orders `reorder` computed, one change per document (opened if need be). */
export async function writeOrders(workspace: Workspace, changes: Map<string, number>): Promise<void> {
  for (const [id, order] of changes) {
    const handle = await workspace.document<unknown>(id);
    if (!handle) continue;
    changeDoc(handle, (doc) => {
      if (doc.order !== order) doc.order = order;
    });
  }
}
