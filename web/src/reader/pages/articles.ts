/**
 * The guide's articles as a tree: `/articles` shows the whole tree, each
 * `/articles/<id>` one article with the way back up and the articles under it.
 */
import { element } from "../../page";
import { fallbackNote, publishedOn, textIn } from "../blocks";
import type { PublishedArticle } from "../bundle";
import type { GuideView } from "../guide";
import { guidePage } from "../guide-page";
import { listenButton } from "../listen";
import { renderMarkdown } from "../markdown";
import { jsonLd, shareButton, suggestLink } from "./item-actions";

export const articlesPage = guidePage("reader-articles-title", (content, view) => {
  content.append(element("h1", "reader-articles-title"), tree(view, "", 0));
  return { section: "articles" };
});

export const articlePage = guidePage("reader-articles-title", (content, view, [, id = ""]) => {
  const found = view.index.byId.get(id);
  if (!found || found.kind !== "article") {
    content.append(element("h1", "not-found-title"), element("p", "not-found-body"));
    return { section: "articles" };
  }
  const article = element("article", undefined, { class: "item article" });
  article.append(breadcrumbs(view, found));
  article.append(textIn("h1", found.item.title, view));
  // News from the city says when it was published.
  const date = found.item.notice_until ? publishedOn(found, view) : null;
  if (date) article.append(date);
  const note = fallbackNote([found.item.title, found.item.body], view);
  if (note) article.append(note);
  article.append(listenButton(article, view.lang));
  const body = element("div", undefined, { class: "article-body" });
  body.lang = found.item.body.lang;
  body.dir = view.direction(found.item.body.lang);
  body.append(renderMarkdown(found.item.body.text));
  article.append(body);
  if ((view.index.children.get(found.id) ?? []).length > 0) {
    article.append(element("h2", "reader-articles-below"), tree(view, found.id, 1));
  }
  const actions = element("div", undefined, { class: "item-actions" });
  actions.append(shareButton(found.item.title.text), suggestLink(view, found.id));
  article.append(actions, jsonLd(found.json_ld));
  content.append(article);
  return { section: "articles", title: found.item.title.text };
});

/** The articles under `parent`, nested; at most a few levels, so a loop cannot hang the page. */
function tree(view: GuideView, parent: string, depth: number): HTMLElement {
  const list = element("ul", undefined, { class: depth === 0 ? "tree" : "" });
  for (const article of view.index.children.get(parent) ?? []) {
    const li = element("li");
    const a = textIn("a", article.item.title, view);
    a.href = view.path("articles", article.id);
    li.append(a);
    if (depth < 6 && (view.index.children.get(article.id) ?? []).length > 0) li.append(tree(view, article.id, depth + 1));
    list.append(li);
  }
  return list;
}

/** The way up: the article's ancestors, top first. */
function breadcrumbs(view: GuideView, article: PublishedArticle): HTMLElement {
  const nav = element("nav", "reader-breadcrumbs", { class: "breadcrumbs" });
  const list = element("ol");
  const top = element("li");
  top.append(element("a", "reader-articles-title", { href: view.path("articles") }));
  list.append(top);
  const ancestors: PublishedArticle[] = [];
  let parent = article.item.parent;
  while (parent && ancestors.length < 8) {
    const found = view.index.byId.get(parent);
    if (!found || found.kind !== "article" || ancestors.includes(found)) break;
    ancestors.unshift(found);
    parent = found.item.parent;
  }
  for (const ancestor of ancestors) {
    const li = element("li");
    const a = textIn("a", ancestor.item.title, view);
    a.href = view.path("articles", ancestor.id);
    li.append(a);
    list.append(li);
  }
  nav.append(list);
  return nav;
}
