/**
 * The translation workspace.
 *
 * - `/edit/<city>/translate?lang=ar&status=outdated`: every item with where its
 *   translation into one language stands (missing, outdated, machine, up to date), a
 *   filter by status, and the language's progress.
 * - `/edit/<city>/translate/<lang>/<item>`: source and translation side by side, field
 *   by field (pages/translate-item.ts).
 *
 * Statuses are worked out on the device from the documents, so all of it works
 * offline. Translators see their own languages; editors every language but the source.
 */
import type { City } from "../../content/model";
import { coalesce, element, setMessage, uid } from "../../page";
import { readModel } from "../documents";
import { editorPage } from "../editor-page";
import { endonym, languageName } from "../language-names";
import { itemCards, statusFrom, translationsInto, type TranslationStatus } from "../translation";
import { statusBadge } from "../widgets/translation-badge";
import type { Workspace } from "../workspace";

const STATUSES: TranslationStatus[] = ["missing", "outdated", "incomplete", "machine", "up-to-date"];

/** The city's configuration, opened now if the workspace has not got to it yet. */
async function city(workspace: Workspace): Promise<City | undefined> {
  const found = await workspace.cityDocument();
  return found ? readModel<City>(found.handle.doc()) : undefined;
}

/** The languages this person translates into here. */
export async function targetLanguages(workspace: Workspace): Promise<{ tag: string; direction: "ltr" | "rtl" }[]> {
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
    const all = itemCards(workspace).map(({ entry, title, source }) => ({
      entry,
      title,
      status: statusFrom(source, language, translations.get(entry.documentId)?.texts),
    }));
    setMessage(progress, "editor-translate-progress", {
      done: all.filter((x) => x.status === "up-to-date").length,
      total: all.length,
      language: languageName(language, document.documentElement.lang),
    });
    const shown = all
      .filter((x) => !statusSelect.value || x.status === statusSelect.value)
      .sort((a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) || a.title.localeCompare(b.title));
    list.replaceChildren(
      ...shown.map(({ entry, title, status }) => {
        const li = element("li");
        const a = element("a", undefined, {
          href: `/edit/${encodeURIComponent(workspace.city)}/translate/${encodeURIComponent(language)}/${encodeURIComponent(entry.documentId)}`,
          dir: "auto",
        });
        a.textContent = title || "—";
        li.append(statusBadge(status), " ", a);
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
