/**
 * `/edit/<city>/articles/<id>`: one guide article, every field saved on the device as
 * it is typed: title and body (merged character by character with other people's
 * edits; a "small correction" keeps translations up to date), where it sits in the
 * tree (its parent: any article but itself and those under it), until when the
 * guide's home shows it as a notice; and publishing where the role allows.
 *
 * `/edit/<city>/articles/new`: a title (and, optionally, the article it goes under);
 * the article is made on the device, last among its siblings, and its form opens.
 */
import type { Article } from "../../content/model";
import { localize } from "../../i18n";
import { navigate } from "../../navigate";
import { element, setMessage, uid } from "../../page";
import { articleTree, orderAfterLast, withDescendants, type ArticleTree } from "../article-tree";
import { automergeShape, changeDoc, newArticle, readModel } from "../documents";
import { editorPage } from "../editor-page";
import { itemForm, showTitle, sourceRevision, textField, valueField, type Bound } from "../widgets/fields";
import { historyPanel } from "../widgets/history-panel";
import { publishControls } from "../widgets/publish";
import type { Workspace } from "../workspace";

export const articleFormPage = editorPage(async (content, workspace, [, id = ""]) => {
  const handle = await workspace.document<unknown>(id);
  if (!handle || workspace.entry(id)?.kind !== "article") {
    content.append(element("h1", "not-found-title"), element("p", "not-found-body"));
    return;
  }
  const { heading, form } = itemForm(content, workspace.city);
  const source = sourceRevision();
  const bound: Bound[] = [];
  bound.push(textField(form, handle, ["title"], "editor-article-title", { onEdit: source.onEdit }));
  bound.push(textField(form, handle, ["body"], "editor-article-body", { multiline: true, hint: "editor-hint-plain", onEdit: source.onEdit }));
  // What the readers' Markdown subset does (see reader/markdown.ts), under the plain-language hint.
  const body = form.querySelector<HTMLTextAreaElement>('textarea[name="body"]');
  if (body) {
    const markdown = element("p", "editor-article-markdown-hint", { class: "hint", id: uid("hint") });
    body.before(markdown);
    body.setAttribute("aria-describedby", [body.getAttribute("aria-describedby"), markdown.id].filter(Boolean).join(" "));
    body.rows = 14;
  }
  form.append(source.row);

  const parent = element("select");
  let tree: ArticleTree = articleTree(workspace);
  const titleOf = (value: unknown) => {
    if (value === null || value === "" || value === undefined) return "—";
    return tree.byId.get(String(value))?.title || String(value);
  };
  bound.push(
    valueField(form, handle, ["parent"], "editor-article-parent", parent, {
      parse: (raw) => (raw === "" ? null : raw),
      describe: titleOf,
      // Placed last among its new siblings.
      beforeSet: (h) => {
        const chosen = parent.value || null;
        const order = orderAfterLast(articleTree(workspace), chosen, id);
        changeDoc(h, (doc) => {
          if (doc.order !== order) doc.order = order;
        });
      },
    }),
  );
  const notice = element("input", undefined, { type: "date" });
  bound.push(
    valueField(form, handle, ["notice_until"], "editor-article-notice", notice, {
      hint: "editor-article-notice-hint",
      parse: (raw) => (raw === "" ? null : raw),
    }),
  );

  let publishing = publishControls(workspace, id);
  const history = historyPanel(handle, "article");
  content.append(publishing.node, history.node);
  let left = false;
  // An article made on this device is publishable once the server's list says so.
  if (!workspace.entry(id)?.publish) {
    void workspace.loaded.then(() => {
      if (left || !workspace.entry(id)?.publish) return;
      const later = publishControls(workspace, id);
      publishing.node.replaceWith(later.node);
      publishing = later;
      localize(later.node);
    });
  }

  /** "Top level" and every article but this one and those under it, in tree order. */
  let drawnOptions = "";
  const drawParentOptions = () => {
    tree = articleTree(workspace);
    const excluded = withDescendants(tree, id);
    const options: [string, string, number][] = [];
    const walk = (nodes: typeof tree.roots, depth: number) => {
      for (const node of nodes) {
        if (excluded.has(node.id)) continue;
        options.push([node.id, node.title, depth]);
        walk(node.children, depth + 1);
      }
    };
    walk(tree.roots, 0);
    const current = readModel<Article>(handle.doc()).parent;
    const key = JSON.stringify([options, current]);
    if (key === drawnOptions || document.activeElement === parent) return;
    drawnOptions = key;
    const top = element("option", "editor-article-top-level", { value: "" });
    const items = options.map(([value, title, depth]) => {
      const option = element("option", undefined, { value });
      option.textContent = `${"\u2003".repeat(depth)}${title || "—"}`;
      return option;
    });
    // A parent not on this device still shows as what it is.
    if (current && !options.some(([value]) => value === current)) {
      const unknown = element("option", undefined, { value: current });
      unknown.textContent = current;
      items.push(unknown);
    }
    parent.replaceChildren(top, ...items);
    setMessage(top, "editor-article-top-level");
    parent.value = current ?? "";
  };

  const refresh = () => {
    let title = "";
    try {
      title = readModel<Article>(handle.doc()).title;
    } catch {
      // a document still arriving
    }
    showTitle(heading, title);
    drawParentOptions();
    for (const field of bound) field.refresh();
  };
  handle.on("change", refresh);
  const stop = workspace.watch(drawParentOptions);
  refresh();
  return () => {
    left = true;
    handle.off("change", refresh);
    stop();
    publishing.stop();
    history.stop();
  };
});

export const newArticlePage = editorPage(async (content, workspace) => {
  // On a first visit the list of documents (which says what the role allows) is still on its way.
  if (!mayCreateArticles(workspace)) await workspace.loaded;
  const back = element("p");
  back.append(element("a", "editor-back", { href: `/edit/${encodeURIComponent(workspace.city)}` }));
  content.append(back, element("h1", "editor-new-article"));
  if (!mayCreateArticles(workspace)) {
    content.append(element("p", "editor-article-cannot-create"));
    return;
  }
  const form = element("form", undefined, { class: "editor-form", novalidate: "" });
  const title = element("input", undefined, { type: "text", required: "", dir: "auto", name: "title", id: uid("new-article") });
  const hint = element("p", "editor-hint-title-article", { class: "hint", id: uid("hint") });
  const error = element("p", undefined, { class: "field-error", role: "alert", id: uid("error") });
  error.hidden = true;
  title.setAttribute("aria-describedby", `${hint.id} ${error.id}`);
  const titleRow = element("div", undefined, { class: "field" });
  titleRow.append(element("label", "editor-article-title", { for: title.id }), hint, title, error);
  const parent = element("select", undefined, { name: "parent", id: uid("parent") });
  const parentRow = element("div", undefined, { class: "field" });
  parentRow.append(element("label", "editor-article-parent", { for: parent.id }), parent);
  form.append(titleRow, parentRow, element("button", "editor-article-create", { type: "submit", class: "primary" }));
  content.append(form);

  let drawn = "";
  const drawParents = () => {
    const tree = articleTree(workspace);
    const options: [string, string, number][] = [];
    const walk = (nodes: typeof tree.roots, depth: number) => {
      for (const node of nodes) {
        options.push([node.id, node.title, depth]);
        walk(node.children, depth + 1);
      }
    };
    walk(tree.roots, 0);
    const key = JSON.stringify(options);
    if (key === drawn || document.activeElement === parent) return;
    drawn = key;
    const chosen = parent.value || new URLSearchParams(location.search).get("parent") || "";
    const top = element("option", "editor-article-top-level", { value: "" });
    parent.replaceChildren(
      top,
      ...options.map(([value, text, depth]) => {
        const option = element("option", undefined, { value });
        option.textContent = `${"\u2003".repeat(depth)}${text || "—"}`;
        return option;
      }),
    );
    setMessage(top, "editor-article-top-level");
    parent.value = options.some(([value]) => value === chosen) ? chosen : "";
  };
  drawParents();
  const stop = workspace.watch(drawParents);

  form.addEventListener("submit", (submitted) => {
    submitted.preventDefault();
    const text = title.value.trim();
    if (!text) {
      error.hidden = false;
      setMessage(error, "editor-article-title-missing");
      title.setAttribute("aria-invalid", "true");
      title.focus();
      return;
    }
    const under = parent.value || null;
    const article = newArticle({
      title: text,
      source_language: workspace.sourceLanguage(),
      parent: under,
      order: orderAfterLast(articleTree(workspace), under),
    });
    const handle = workspace.create("article", automergeShape("article", article));
    navigate(`/edit/${encodeURIComponent(workspace.city)}/articles/${encodeURIComponent(handle.documentId)}`, { replace: true });
  });
  return stop;
});

function mayCreateArticles(workspace: Workspace): boolean {
  return workspace.entries.some((e) => (e.kind === "article_index" && e.write) || (e.kind === "article" && e.write && e.publish));
}
