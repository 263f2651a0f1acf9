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
import { navigate } from "../../navigate";
import { element, setMessage, uid } from "../../page";
import { articleTree, orderAfterLast, parentChoices, withDescendants, type ArticleTree } from "../article-tree";
import { automergeShape, changeDoc, newArticle, readModel } from "../documents";
import { editorPage } from "../editor-page";
import { errorLine, textField, valueField, type Bound } from "../widgets/fields";
import { itemScreen } from "../widgets/item-screen";
import type { Workspace } from "../workspace";

export const articleFormPage = editorPage(async (content, workspace, [, id = ""]) => {
  const screen = await itemScreen(content, workspace, id, "article");
  if (!screen) return;
  const { handle, form, onEdit } = screen;
  const bound: Bound[] = [];
  bound.push(textField(form, handle, ["title"], "editor-article-title", { onEdit }));
  bound.push(textField(form, handle, ["body"], "editor-article-body", { multiline: true, hint: "editor-hint-plain", onEdit }));
  // What the readers' Markdown subset does (see reader/markdown.ts), under the plain-language hint.
  const body = form.querySelector<HTMLTextAreaElement>('textarea[name="body"]');
  if (body) {
    const markdown = element("p", "editor-article-markdown-hint", { class: "hint", id: uid("hint") });
    body.before(markdown);
    body.setAttribute("aria-describedby", [body.getAttribute("aria-describedby"), markdown.id].filter(Boolean).join(" "));
    body.rows = 14;
  }
  form.append(screen.sourceRow);

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

  /** "Top level" and every article but this one and those under it, in tree order. */
  let drawnOptions = "";
  const drawParentOptions = () => {
    tree = articleTree(workspace);
    const options = parentChoices(tree, withDescendants(tree, id));
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

  const stop = workspace.watch(drawParentOptions);
  return screen.follow(bound, { refresh: drawParentOptions, stop });
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
  const error = errorLine(title);
  title.setAttribute("aria-describedby", hint.id);
  const titleRow = element("div", undefined, { class: "field" });
  titleRow.append(element("label", "editor-article-title", { for: title.id }), hint, title, error.node);
  const parent = element("select", undefined, { name: "parent", id: uid("parent") });
  const parentRow = element("div", undefined, { class: "field" });
  parentRow.append(element("label", "editor-article-parent", { for: parent.id }), parent);
  form.append(titleRow, parentRow, element("button", "editor-article-create", { type: "submit", class: "primary" }));
  content.append(form);

  let drawn = "";
  const drawParents = () => {
    const options = parentChoices(articleTree(workspace));
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
      error.show("editor-article-title-missing");
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
