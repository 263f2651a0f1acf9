/**
 * `/edit/<city>`: the editor's city on this device: how much of it has arrived
 * ("127 of 480"), the events, services and guide articles to edit (with a filter;
 * the articles as their tree, reordered among siblings here), the quick "new event"
 * form for the field, and, where the role allows, new articles and services and the
 * city's settings; for editors and admins, the readers' suggestions (how many are
 * open). A member of an archive group sees the group's archive here; the
 * guide's part only with a role for the guide in this city too.
 */
import { coalesce, element, setMessage } from "../../page";
import { api } from "../../api";
import type { City } from "../../content/model";
import { articleTree, reorder, siblingsOf, writeOrders, type ArticleNode, type ArticleTree } from "../article-tree";
import { editsGuide, groupsIn } from "../archive/archive-docs";
import { entryList } from "../archive/entry-list";
import { readModel } from "../documents";
import { editorPage } from "../editor-page";
import { draftBadge } from "../widgets/publication-state";
import { moveButtons } from "../widgets/row-actions";
import type { DocKind, Workspace } from "../workspace";

export const dashboardPage = editorPage((content, workspace) => {
  const heading = element("h1", "editor-title");
  const progressLabel = element("label", undefined, { for: "editor-progress" });
  const progress = element("progress", undefined, { id: "editor-progress" });
  const progressRow = element("p", undefined, { class: "progress" });
  progressRow.append(progressLabel, progress);
  const quick = element("p", undefined, { class: "actions" });
  quick.append(
    element("a", "editor-new-event", { href: `/edit/${encodeURIComponent(workspace.city)}/events/new`, class: "button-link" }),
    element("a", "editor-translate-link", { href: `/edit/${encodeURIComponent(workspace.city)}/translate` }),
  );
  const base = `/edit/${encodeURIComponent(workspace.city)}`;
  // Shown only where the role allows (see `mayCreate`, `mayEditSettings`).
  const newArticle = element("a", "editor-new-article", { href: `${base}/articles/new` });
  const newService = element("a", "editor-new-service", { href: `${base}/services/new` });
  const settings = element("a", "editor-settings-link", { href: `${base}/settings` });
  const more = element("p", undefined, { class: "actions editor-more" });
  more.append(newArticle, newService, settings);
  const filterId = "editor-filter";
  const filterRow = element("p", undefined, { class: "field" });
  const filter = element("input", undefined, { id: filterId, type: "search" });
  filterRow.append(element("label", "editor-filter", { for: filterId }), filter);
  const events = element("ul", undefined, { class: "item-list", id: "editor-events" });
  const services = element("ul", undefined, { class: "item-list", id: "editor-services" });
  const drawnEvents: DrawnRows = { byId: new Map(), order: [] };
  const drawnServices: DrawnRows = { byId: new Map(), order: [] };
  const articles = element("ul", undefined, { class: "article-tree", id: "editor-articles" });
  const guide = element("div", undefined, { class: "editor-guide" });
  guide.append(
    progressRow,
    quick,
    more,
    filterRow,
    element("h2", "editor-events"),
    events,
    element("h2", "editor-services"),
    services,
    element("h2", "editor-articles"),
    articles,
  );
  guide.hidden = !editsGuide(workspace.session, workspace.city);
  const archives = groupsIn(workspace.session, workspace.city).map(({ group }) => {
    const section = element("section", undefined, { class: "editor-archive", "aria-labelledby": `archive-${group}` });
    const title = element("h2", undefined, { id: `archive-${group}` });
    setMessage(title, "archive-title", { group });
    const open = element("p");
    open.append(element("a", "archive-open", { href: `/archive/${encodeURIComponent(workspace.city)}/${encodeURIComponent(group)}`, class: "button-link" }));
    const list = entryList(workspace, group);
    section.append(title, open, list.node);
    return { section, list };
  });
  content.append(heading, ...archives.map((a) => a.section), guide);
  setMessage(heading, "editor-title", { city: workspace.cityConfig()?.name || workspace.city });
  // The city's name, once its configuration is on the device (the slug until then).
  void workspace.cityDocument().then((found) => {
    const name = found ? readModel<City>(found.handle.doc()).name : "";
    if (name) setMessage(heading, "editor-title", { city: name });
  });
  const suggestions = suggestionsLink(workspace);
  if (suggestions) quick.append(suggestions);

  const draw = () => {
    for (const archive of archives) archive.list.refresh();
    const { loaded, total } = workspace.progress;
    progress.max = Math.max(total, 1);
    progress.value = loaded;
    setMessage(progressLabel, "editor-progress", { loaded, total });
    progressRow.hidden = total > 0 && loaded >= total;
    const needle = filter.value.trim().toLocaleLowerCase();
    drawList(events, drawnEvents, workspace, "event", needle);
    drawList(services, drawnServices, workspace, "service", needle);
    newArticle.hidden = !mayCreate(workspace, "article");
    newService.hidden = !mayCreate(workspace, "service");
    settings.hidden = !mayEditSettings(workspace);
    more.hidden = newArticle.hidden && newService.hidden && settings.hidden;
    drawArticles(articles, workspace, needle);
  };
  // Documents arrive by the hundred on a first sync: redraw at most ten times a
  // second (a redraw remakes only the rows that changed).
  const redraw = coalesce(draw, 100);
  filter.addEventListener("input", draw);
  const stop = workspace.watch(redraw.soon);
  draw();
  return () => {
    stop();
    redraw.cancel();
  };
});

/**
 * Readers' suggestions, for the editors and admins who work through them: a link to
 * the queue with how many are open (left out when the server cannot be asked).
 */
function suggestionsLink(workspace: Workspace): HTMLElement | undefined {
  const roles = workspace.session.roles.filter((r) => r.city === workspace.city);
  if (!roles.some((r) => r.role === "editor" || r.role === "city_admin")) return undefined;
  const link = element("a", undefined, { href: `/suggestions/${encodeURIComponent(workspace.city)}`, class: "suggestions-link" });
  const words = element("span", "editor-suggestions-link");
  const count = element("span", undefined, { class: "badge count" });
  count.hidden = true;
  link.append(words, " ", count);
  void api.suggestions(workspace.city, false).then(
    ({ suggestions }) => {
      setMessage(count, "editor-suggestions-open", { count: suggestions.length });
      count.hidden = false;
    },
    () => undefined, // offline: the link alone
  );
  return link;
}

/**
 * A list's rows by document id, each with what it shows: a redraw (one a second or
 * so while documents arrive) makes only the rows whose card changed, and moves
 * rows only when the order did. A city lists thousands of events.
 */
interface DrawnRows {
  byId: Map<string, { node: HTMLElement; shown: string }>;
  order: string[];
}

const byName = new Intl.Collator(undefined, { sensitivity: "base" });

function drawList(list: HTMLElement, drawn: DrawnRows, workspace: Workspace, kind: "event" | "service", needle: string): void {
  const rows: { id: string; title: string; detail: string }[] = [];
  for (const entry of workspace.ofKind(kind)) {
    const { title, detail } = workspace.card(entry.documentId)!;
    if (needle && !`${title} ${detail}`.toLocaleLowerCase().includes(needle)) continue;
    rows.push({ id: entry.documentId, title, detail });
  }
  // Events by start, latest first (the detail line begins with the ISO date and time); services by name.
  if (kind === "event") rows.sort((a, b) => (a.detail < b.detail ? 1 : a.detail > b.detail ? -1 : 0));
  else rows.sort((a, b) => byName.compare(a.title, b.title));
  const next = new Map<string, { node: HTMLElement; shown: string }>();
  const replaced: [HTMLElement, HTMLElement][] = [];
  for (const { id, title, detail } of rows) {
    const draft = workspace.publicationOf(id);
    const shown = `${title}\u0000${detail}\u0000${draft ?? ""}`;
    const before = drawn.byId.get(id);
    if (before?.shown === shown) {
      next.set(id, before);
      continue;
    }
    const node = itemRow(workspace, kind, id, title, detail);
    if (before) replaced.push([before.node, node]);
    next.set(id, { node, shown });
  }
  const order = rows.map((row) => row.id);
  const sameOrder = order.length === drawn.order.length && order.every((id, index) => id === drawn.order[index]);
  if (sameOrder) for (const [old, node] of replaced) old.replaceWith(node);
  else list.replaceChildren(...order.map((id) => next.get(id)!.node));
  drawn.byId = next;
  drawn.order = order;
}

function itemRow(workspace: Workspace, kind: "event" | "service", id: string, title: string, detail: string): HTMLElement {
  const li = element("li");
  const a = element("a", undefined, { href: `/edit/${encodeURIComponent(workspace.city)}/${kind}s/${encodeURIComponent(id)}` });
  a.textContent = title || "—";
  a.dir = "auto";
  const p = element("p", undefined, { class: "muted", dir: "auto" });
  p.textContent = detail;
  const badge = draftBadge(workspace, id);
  li.append(a, ...(badge ? [" ", badge] : []), p);
  return li;
}

/**
 * Whether the account may make items of `kind`: the server says so per document
 * (an editor writes the kind's index, and publishes its items); a volunteer neither.
 */
function mayCreate(workspace: Workspace, kind: "article" | "service"): boolean {
  const index = `${kind}_index` as DocKind;
  return workspace.entries.some((e) => (e.kind === index && e.write) || (e.kind === kind && e.write && e.publish));
}

function mayEditSettings(workspace: Workspace): boolean {
  return workspace.entries.some((e) => e.kind === "city" && e.write);
}

/**
 * The articles' tree: nested lists, each article with "move up" and "move down"
 * among its siblings. With a filter, the articles that match and the way to them.
 */
function drawArticles(list: HTMLElement, workspace: Workspace, needle: string): void {
  const tree = articleTree(workspace);
  const shown = (node: ArticleNode): boolean =>
    !needle || node.title.toLocaleLowerCase().includes(needle) || node.children.some(shown);
  // Keep keyboard focus on a move button across the redraw that its own move causes.
  const focused = document.activeElement instanceof HTMLElement && list.contains(document.activeElement) ? document.activeElement.dataset.focusKey : undefined;
  const level = (nodes: ArticleNode[], into: HTMLElement) => {
    for (const node of nodes) {
      if (!shown(node)) continue;
      into.append(articleRow(workspace, tree, node, shown, level));
    }
  };
  const fresh = element("ul");
  level(tree.roots, fresh);
  list.replaceChildren(...fresh.childNodes);
  if (focused) {
    const again = list.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focused)}"]`);
    const id = focused.slice(0, focused.lastIndexOf(":"));
    const other = [...list.querySelectorAll<HTMLButtonElement>("button[data-focus-key]")].find((b) => b.dataset.focusKey?.startsWith(`${id}:`) && !b.disabled);
    (again instanceof HTMLButtonElement && !again.disabled ? again : other)?.focus();
  }
}

function articleRow(
  workspace: Workspace,
  tree: ArticleTree,
  node: ArticleNode,
  shown: (node: ArticleNode) => boolean,
  level: (nodes: ArticleNode[], into: HTMLElement) => void,
): HTMLElement {
  const li = element("li");
  const row = element("div", undefined, { class: "article-row" });
  const a = element("a", undefined, { href: `/edit/${encodeURIComponent(workspace.city)}/articles/${encodeURIComponent(node.id)}`, dir: "auto" });
  a.textContent = node.title || "—";
  row.append(a);
  const badge = draftBadge(workspace, node.id);
  if (badge) row.append(badge);
  if (node.write) {
    const siblings = siblingsOf(tree, node);
    const moves = moveButtons(
      node.title || "—",
      node.id,
      (step) => {
        // The tree as it is now (someone else's move may have arrived since the drawing).
        const now = articleTree(workspace);
        const current = now.byId.get(node.id);
        if (current) void writeOrders(workspace, reorder(siblingsOf(now, current), node.id, step));
      },
      element("span", undefined, { class: "article-moves" }),
    );
    moves.place(siblings.indexOf(node), siblings.length);
    row.append(moves.node);
  }
  li.append(row);
  const children = node.children.filter(shown);
  if (children.length > 0) {
    const sub = element("ul");
    level(children, sub);
    li.append(sub);
  }
  return li;
}
