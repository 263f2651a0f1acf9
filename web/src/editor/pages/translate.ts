/**
 * The translation workspace.
 *
 * - `/edit/<city>/translate?lang=ar&status=outdated`: every item with where its
 *   translation into one language stands (missing, outdated, machine, up to date), a
 *   filter by status, and the language's progress.
 * - `/edit/<city>/translate/<lang>/<item>`: source and translation side by side, field
 *   by field. Typing in a translation makes it current: it records the source revision
 *   it was made from and is no longer "machine".
 *
 * Statuses are worked out on the device from the documents, so all of it works
 * offline. Translators see their own languages; editors every language but the source.
 */
import type { DocHandle } from "@automerge/automerge-repo/slim";
import { updateText, type Doc } from "@automerge/automerge/slim";
import type { City, Translation } from "../../content/model";
import { coalesce, element, setMessage, uid } from "../../page";
import { automergeShape, changeDoc, readModel } from "../documents";
import { editorPage } from "../editor-page";
import { endonym, languageName } from "../language-names";
import { items, statusOf, textFields, titleOf, translationsInto, type Item, type TranslationStatus } from "../translation";
import type { Workspace } from "../workspace";

const STATUSES: TranslationStatus[] = ["missing", "outdated", "machine", "up-to-date"];

/** The city's configuration, opened now if the workspace has not got to it yet. */
async function city(workspace: Workspace): Promise<City | undefined> {
  const found = await workspace.cityDocument();
  return found ? readModel<City>(found.handle.doc()) : undefined;
}

/** The languages this person translates into here. */
async function targetLanguages(workspace: Workspace): Promise<{ tag: string; direction: "ltr" | "rtl" }[]> {
  const config = await city(workspace);
  if (!config) return [];
  const roles = workspace.session.roles.filter((r) => r.city === workspace.city);
  const everything = roles.some((r) => r.role === "editor" || r.role === "city_admin");
  const own = new Set(roles.filter((r) => r.role === "translator").flatMap((r) => r.languages ?? []).map((l) => l.toLowerCase()));
  return config.languages
    .filter((l) => l.tag !== config.source_language && (everything || own.has(l.tag.toLowerCase())))
    .map((l) => ({ tag: l.tag, direction: l.direction }));
}


export const translateListPage = editorPage(async (content, workspace) => {
  const params = new URLSearchParams(location.search);
  const languages = await targetLanguages(workspace);
  const heading = element("h1", "editor-translate-title");
  content.append(heading);
  if (languages.length === 0) {
    content.append(element("p", "editor-translate-no-languages"));
    return;
  }
  const languageSelect = element("select", undefined, { id: uid("lang"), name: "lang" });
  for (const { tag } of languages) {
    // Each language by its own name (as translators know it), in its own script.
    const option = new Option(endonym(tag), tag);
    option.lang = tag;
    languageSelect.append(option);
  }
  languageSelect.value = languages.some((l) => l.tag === params.get("lang")) ? params.get("lang")! : languages[0]!.tag;
  const statusSelect = element("select", undefined, { id: uid("status"), name: "status" });
  statusSelect.append(element("option", "editor-translate-all", { value: "" }));
  for (const status of STATUSES) statusSelect.append(element("option", `editor-status-${status}`, { value: status }));
  statusSelect.value = params.get("status") ?? "";
  const controls = element("div", undefined, { class: "filters" });
  for (const [l10nId, control] of [
    ["editor-translate-language", languageSelect],
    ["editor-translate-status", statusSelect],
  ] as const) {
    const row = element("div", undefined, { class: "field" });
    row.append(element("label", l10nId, { for: control.id }), control);
    controls.append(row);
  }
  const progress = element("p", undefined, { role: "status", class: "translation-progress" });
  const list = element("ul", undefined, { class: "item-list", id: "translation-items" });
  content.append(controls, progress, list);

  const draw = () => {
    const language = languageSelect.value;
    const translations = translationsInto(workspace, language);
    const all = items(workspace).map(({ entry, item }) => ({
      entry,
      item,
      status: statusOf(item, language, translations.get(entry.documentId)?.value),
    }));
    setMessage(progress, "editor-translate-progress", {
      done: all.filter((x) => x.status === "up-to-date").length,
      total: all.length,
      language: languageName(language, document.documentElement.lang),
    });
    const shown = all
      .filter((x) => !statusSelect.value || x.status === statusSelect.value)
      .sort((a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) || titleOf(a.item).localeCompare(titleOf(b.item)));
    list.replaceChildren(
      ...shown.map(({ entry, item, status }) => {
        const li = element("li");
        const a = element("a", undefined, {
          href: `/edit/${encodeURIComponent(workspace.city)}/translate/${encodeURIComponent(language)}/${encodeURIComponent(entry.documentId)}`,
          dir: "auto",
        });
        a.textContent = titleOf(item) || "—";
        const badge = element("span", undefined, { class: `badge status-${status}` });
        setMessage(badge, `editor-status-${status}`);
        li.append(badge, " ", a);
        return li;
      }),
    );
    const url = `?lang=${encodeURIComponent(language)}${statusSelect.value ? `&status=${statusSelect.value}` : ""}`;
    history.replaceState(null, "", url);
  };
  languageSelect.addEventListener("change", draw);
  statusSelect.addEventListener("change", draw);
  setMessage(heading, "editor-translate-title");
  const redraw = coalesce(draw, 200);
  const stop = workspace.watch(redraw.soon);
  draw();
  return () => {
    stop();
    redraw.cancel();
  };
});

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
  content.replaceChildren();
  let translation = translationsInto(workspace, language).get(id);
  let translationHandle = translation ? workspace.handle<unknown>(translation.id) : undefined;

  const back = element("p");
  back.append(element("a", "editor-translate-back", { href: `/edit/${encodeURIComponent(workspace.city)}/translate?lang=${encodeURIComponent(language)}` }));
  const heading = element("h1", undefined, { dir: "auto" });
  const status = element("p", undefined, { role: "status", class: "translation-status" });
  const form = element("form", undefined, { class: "editor-form translation-form" });
  form.addEventListener("submit", (submitted) => submitted.preventDefault());
  content.append(back, heading, status, form);

  /** The translation document, made on first use. */
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

  const rows = new Map<string, { source: HTMLElement; input: HTMLTextAreaElement }>();
  const sourceLanguage = item().value.source_language;
  for (const field of textFields(item())) {
    const row = element("div", undefined, { class: "translation-row" });
    const source = element("div", undefined, { class: "source", lang: sourceLanguage, dir: "auto" });
    const input = element("textarea", undefined, { id: uid("tr"), lang: language, dir: target.direction, rows: field.source.length > 120 ? "6" : "2" });
    const label = element("label", undefined, { for: input.id });
    setMessage(label, `editor-field-${field.key.split(".").pop()}`);
    row.append(label, source, input);
    form.append(row);
    rows.set(field.key, { source, input });
    input.addEventListener("input", () => {
      const doc = translationDoc();
      const revision = item().value.source_revision;
      changeDoc(doc, (d) => {
        const t = d as Record<string, unknown> & { fields: Record<string, unknown> };
        if (typeof t.fields[field.key] === "string") updateText(d as Doc<unknown>, ["fields", field.key], input.value);
        else t.fields[field.key] = input.value;
        // Translating makes the translation current and a person's.
        if (t.translated_from_revision !== revision) t.translated_from_revision = revision;
        if (t.machine) t.machine = false;
      });
      translation = translationsInto(workspace, language).get(id);
      refresh();
    });
  }

  const refresh = () => {
    const current = item();
    heading.textContent = titleOf(current);
    translation = translationsInto(workspace, language).get(id) ?? translation;
    const value = translation?.value;
    const state = statusOf(current, language, value);
    status.dataset.status = state;
    setMessage(status, `editor-status-${state}`);
    for (const field of textFields(current)) {
      const row = rows.get(field.key);
      if (!row) continue;
      row.source.textContent = field.source;
      if (document.activeElement !== row.input) row.input.value = value?.fields[field.key] ?? "";
    }
  };
  handle.on("change", refresh);
  const stop = workspace.watch(refresh);
  refresh();
  return () => {
    handle.off("change", refresh);
    stop();
  };
});
