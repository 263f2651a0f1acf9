/**
 * `/edit/<city>/translate/<lang>/<item>`: one item's translation, field by field: the
 * source as readers see it (lines kept, an article's Markdown drawn), what changed in
 * it since the translation was made (a word diff, when the translation is outdated),
 * and a full-width box for each translation.
 *
 * Typing saves on the device and syncs like every edit; it does not make the
 * translation current. "Mark as done" does, once every text is translated: it records
 * the source revision the translation now matches and that a person checked it (no
 * longer "machine"). Readers get it when the item is published again: an editor does
 * that here ("Publish the translation" pins the translation with the version of the
 * item readers already see, so an unpublished draft of the source stays a draft); a
 * translator is told that an editor will.
 */
import type { DocHandle } from "@automerge/automerge-repo/slim";
import { updateText, type Doc } from "@automerge/automerge/slim";
import { api } from "../../api";
import type { Translation } from "../../content/model";
import { say } from "../../forms";
import { element, setMessage, uid } from "../../page";
import { renderMarkdown } from "../../reader/markdown";
import { automergeShape, changeDoc, readModel } from "../documents";
import { editorPage } from "../editor-page";
import { sourceAt, statusOf, textFields, titleOf, translationsInto, untranslated, type Item } from "../translation";
import { failureOf } from "../widgets/publish";
import { showDiff } from "../widgets/publish-preview";
import { statusBadge } from "../widgets/translation-badge";
import type { Workspace } from "../workspace";
import { targetLanguages } from "./translate";

/** Texts readers get as Markdown; every other text is plain, its line breaks kept. */
const MARKDOWN = new Set(["article:body"]);

export const translateItemPage = editorPage(async (content, workspace, [, language = "", id = ""]) => {
  const handle = await workspace.document<unknown>(id);
  const kind = workspace.entry(id)?.kind;
  const target = (await targetLanguages(workspace)).find((l) => l.tag === language);
  if (!handle || !target || (kind !== "service" && kind !== "article" && kind !== "event")) {
    content.append(element("h1", "not-found-title"), element("p", "not-found-body"));
    return;
  }
  const item = (): Item => ({ kind, value: readModel(handle.doc()) }) as Item;
  // The item's translation may be among the documents still arriving: translating
  // before it is here would start a second one.
  const loading = element("p", undefined, { class: "loading" });
  content.append(loading);
  setMessage(loading, "reader-loading");
  await workspace.loaded;
  const existing = translationsInto(workspace, language).get(id);
  let translationHandle = existing ? await workspace.document<unknown>(existing.id) : undefined;
  content.replaceChildren();
  /** The translation as it is, once there is one (made here, or arrived from another device). */
  const translation = (): { id: string; value: Translation } | undefined => {
    if (!translationHandle) {
      const found = translationsInto(workspace, language).get(id);
      if (found) {
        translationHandle = workspace.handle<unknown>(found.id);
        if (!translationHandle) void workspace.document<unknown>(found.id).then((opened) => {
          translationHandle ??= opened;
          refresh();
        });
      }
    }
    if (!translationHandle?.isReady()) return undefined;
    try {
      const value = readModel<Translation>(translationHandle.doc());
      // A document whose first change has not arrived yet is empty.
      return typeof value.fields === "object" ? { id: translationHandle.documentId as string, value } : undefined;
    } catch {
      return undefined; // still arriving
    }
  };
  translation();

  const back = element("p");
  back.append(element("a", "editor-translate-back", { href: `/edit/${encodeURIComponent(workspace.city)}/translate?lang=${encodeURIComponent(language)}` }));
  const heading = element("h1", undefined, { dir: "auto" });
  const status = element("p", undefined, { role: "status", class: "translation-status" });
  const changed = element("p", undefined, { class: "translation-changed" });
  const form = element("form", undefined, { class: "editor-form translation-form" });
  form.addEventListener("submit", (submitted) => submitted.preventDefault());
  const finish = finishSection(workspace, id, language, item, translation, () => translationHandle);
  content.append(back, heading, status, changed, form, finish.node);

  /** The translation document, made on first use, from the source as it is now. */
  const translationDoc = (): DocHandle<unknown> => {
    if (translationHandle) return translationHandle;
    const created: Translation = {
      schema: 1,
      item: id,
      language,
      translated_from_revision: item().value.source_revision,
      machine: false,
      fields: {},
    };
    translationHandle = workspace.create("translation", automergeShape("translation", created), { language, item: id });
    return translationHandle;
  };

  type Row = { node: HTMLElement; source: HTMLElement; change: HTMLElement; input: HTMLTextAreaElement };
  const rows = new Map<string, Row>();
  const sourceLanguage = item().value.source_language;
  /** A row per text: label, source, what changed, box. */
  const addRow = (field: { key: string; source: string }): Row => {
    const node = element("div", undefined, { class: "translation-row" });
    const input = element("textarea", undefined, { id: uid("tr"), lang: language, dir: target.direction, rows: String(boxRows(field.source)) });
    const label = element("label", undefined, { for: input.id });
    setMessage(label, `editor-field-${field.key.split(".").pop()}`);
    const sourceId = uid("source");
    const source = element("div", undefined, { class: "source", lang: sourceLanguage, dir: "auto", id: sourceId });
    const change = element("div", undefined, { class: "source-change", hidden: "" });
    input.setAttribute("aria-describedby", sourceId);
    node.append(label, source, change, input);
    form.append(node);
    input.addEventListener("input", () => {
      // Only the text: the translation matches the new source once it is marked done.
      changeDoc(translationDoc(), (d) => {
        const t = d as Record<string, unknown> & { fields: Record<string, unknown> };
        if (typeof t.fields[field.key] === "string") updateText(d as Doc<unknown>, ["fields", field.key], input.value);
        else t.fields[field.key] = input.value;
      });
      refresh();
    });
    const row = { node, source, change, input };
    rows.set(field.key, row);
    return row;
  };

  /** The source an outdated translation was made from, worked out once per revision pair. */
  let before: { key: string; item: Item | undefined } | undefined;
  const refresh = () => {
    const current = item();
    heading.textContent = titleOf(current);
    const value = translation()?.value;
    const state = statusOf(current, language, value);
    statusBadge(state, status);
    status.classList.add("translation-status");
    const outdated = state === "outdated" && value !== undefined;
    if (outdated) {
      const key = `${value.translated_from_revision}:${current.value.source_revision}:${handle.heads().join(",")}`;
      if (before?.key !== key) before = { key, item: sourceAt(handle.doc() as Doc<unknown>, kind, value.translated_from_revision) };
    }
    const old = outdated && before?.item ? new Map(textFields(before.item).map((f) => [f.key, f.source])) : undefined;
    changed.hidden = !outdated;
    if (outdated) setMessage(changed, old ? "editor-translate-source-changed" : "editor-translate-source-changed-unknown");
    // A text the source gains meanwhile (a new place, say) gets a row at the end; one it loses hides.
    const fields = textFields(current);
    for (const [key, row] of rows) row.node.hidden = !fields.some((f) => f.key === key);
    for (const field of fields) {
      const row = rows.get(field.key) ?? addRow(field);
      if (row.source.dataset.shown !== field.source) {
        row.source.dataset.shown = field.source;
        row.source.replaceChildren(MARKDOWN.has(`${kind}:${field.key}`) ? renderMarkdown(field.source, 2) : field.source);
      }
      const was = old?.get(field.key) ?? (old ? "" : undefined);
      row.change.hidden = was === undefined || was === field.source;
      if (!row.change.hidden && row.change.dataset.shown !== `${was}\u0000${field.source}`) {
        row.change.dataset.shown = `${was}\u0000${field.source}`;
        const words = element("p", undefined, { lang: sourceLanguage, dir: "auto" });
        showDiff(words, was, field.source);
        const title = element("p", "editor-translate-what-changed", { class: "hint" });
        row.change.replaceChildren(title, words);
        setMessage(title, "editor-translate-what-changed");
      }
      if (document.activeElement !== row.input) row.input.value = value?.fields[field.key] ?? "";
    }
    finish.refresh();
  };
  handle.on("change", refresh);
  const stop = workspace.watch(refresh);
  refresh();
  return () => {
    handle.off("change", refresh);
    stop();
  };
});

/** A box about as tall as the source: its lines, long ones wrapping on a phone. */
function boxRows(source: string): number {
  const lines = source.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 40)), 0);
  return Math.min(12, Math.max(2, lines));
}

/**
 * "Mark as done", and then publishing where the role allows it (or who does, where
 * it does not): the last step of a translation.
 */
function finishSection(
  workspace: Workspace,
  id: string,
  language: string,
  item: () => Item,
  translation: () => { id: string; value: Translation } | undefined,
  translationHandle: () => DocHandle<unknown> | undefined,
): { node: HTMLElement; refresh: () => void } {
  const node = element("section", undefined, { class: "translation-finish", "aria-labelledby": uid("finish") });
  const title = element("h2", "editor-translate-finish", { id: node.getAttribute("aria-labelledby")! });
  const left = element("p", undefined, { class: "hint" });
  const done = element("button", "editor-translate-done", { type: "button", class: "primary" });
  const publish = element("button", "editor-translate-publish", { type: "button" });
  const after = element("p", undefined, { class: "hint" });
  const line = element("p", undefined, { role: "status", class: "translation-finish-status" });
  const actions = element("div", undefined, { class: "actions" });
  actions.append(done, publish);
  node.append(title, left, actions, after, line);

  done.addEventListener("click", () => {
    const current = item();
    const found = translation();
    const missing = untranslated(current, found?.value);
    const handle = translationHandle();
    if (missing.length > 0 || !found || !handle) {
      say(line, "editor-translate-not-done", { count: missing.length });
      [...document.querySelectorAll<HTMLTextAreaElement>(".translation-row textarea")].find((box) => !box.value.trim() && !box.closest("[hidden]"))?.focus();
      return;
    }
    const revision = current.value.source_revision;
    changeDoc(handle, (d) => {
      const t = d as Record<string, unknown>;
      if (t.translated_from_revision !== revision) t.translated_from_revision = revision;
      if (t.machine) t.machine = false;
    });
    say(line, "editor-translate-marked-done");
  });

  publish.addEventListener("click", async () => {
    const found = translation();
    const entry = workspace.entry(id);
    if (!found || statusOf(item(), language, found.value) !== "up-to-date") return say(line, "editor-translate-publish-not-done");
    if (!entry?.publishedHeads) return say(line, "editor-translate-item-unpublished");
    if (workspace.waitingFor(found.id)) return say(line, "editor-publish-not-synced");
    publish.disabled = true;
    try {
      // The version of the item readers see already, with the translation as it is now.
      workspace.published(id, (await api.publish(id, entry.publishedHeads)).heads);
      say(line, "editor-translate-published");
    } catch (error) {
      const failure = failureOf(error);
      if ("l10nId" in failure) say(line, failure.l10nId);
      else say(line, "editor-publish-invalid-content", { field: failure.field });
    } finally {
      publish.disabled = false;
    }
  });

  return {
    node,
    refresh() {
      const missing = untranslated(item(), translation()?.value).length;
      if (missing > 0) setMessage(left, "editor-translate-left", { count: missing });
      else setMessage(left, "editor-translate-all-translated");
      const mayPublish = workspace.entry(id)?.publish === true;
      publish.hidden = !mayPublish;
      setMessage(after, mayPublish ? "editor-translate-publish-hint" : "editor-translate-editor-publishes");
    },
  };
}
