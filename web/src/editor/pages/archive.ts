/**
 * `/archive/<city>/<group>`: an archive group's entries, and a new entry (theme,
 * title, the cities it speaks about). The entry is made on the device at once and
 * registered when online, like every new document of the editing app.
 */
import { api } from "../../api";
import { currentLocale } from "../../i18n";
import { navigate } from "../../navigate";
import { coalesce, element, setMessage, uid } from "../../page";
import type { Theme } from "../../content/generated/model";
import { createEntry, groupsIn, THEMES } from "../archive/archive-docs";
import { entryList } from "../archive/entry-list";
import { editorPage } from "../editor-page";

export const archivePage = editorPage((content, workspace, [group = ""]) => {
  const heading = element("h1");
  setMessage(heading, "archive-title", { group });
  content.append(heading);
  if (!groupsIn(workspace.session, workspace.city).some((g) => g.group === group)) {
    content.append(element("p", "archive-not-member", { role: "alert" }));
    return;
  }
  const list = entryList(workspace, group);
  content.append(element("p", "archive-intro", { class: "hint" }), element("h2", "archive-entries"), list.node, newEntryForm(workspace.city, group, workspace));
  if (groupsIn(workspace.session, workspace.city).some((g) => g.group === group && g.moderator)) content.append(exportLink(workspace.city, group));
  const redraw = coalesce(list.refresh, 200);
  const stop = workspace.watch(redraw.soon);
  return () => {
    stop();
    redraw.cancel();
  };
});

/** For moderators: the group's archive as a zip, for the play, the videos and advocacy work. */
function exportLink(city: string, group: string): HTMLElement {
  const section = element("section", undefined, { class: "archive-export" });
  const hint = element("p", "archive-export-hint", { class: "hint", id: uid("export-hint") });
  const link = element("a", "archive-export", {
    href: `/api/v1/cities/${encodeURIComponent(city)}/groups/${encodeURIComponent(group)}/export.zip`,
    download: `${group}-archive.zip`,
    "aria-describedby": hint.id,
  });
  section.append(link, hint);
  return section;
}

function newEntryForm(city: string, group: string, workspace: Parameters<typeof createEntry>[0]): HTMLElement {
  const form = element("form", undefined, { class: "editor-form new-entry", novalidate: "" });
  const headingId = uid("new-entry");
  form.setAttribute("aria-labelledby", headingId);
  const theme = element("select", undefined, { id: uid("theme"), name: "theme" });
  for (const value of THEMES) theme.append(element("option", `archive-theme-${value}`, { value }));
  const themeRow = element("div", undefined, { class: "field" });
  themeRow.append(element("label", "archive-theme", { for: theme.id }), theme);
  const title = element("input", undefined, { type: "text", id: uid("title"), dir: "auto", name: "title" });
  const alert = element("p", undefined, { role: "alert", class: "form-alert", id: uid("alert") });
  const titleRow = element("div", undefined, { class: "field" });
  titleRow.append(element("label", "archive-entry-title", { for: title.id }), title);
  const cities = element("fieldset", undefined, { class: "archive-cities" });
  cities.append(element("legend", "archive-cities"), element("p", "archive-cities-hint", { class: "hint" }));
  const boxes = element("div");
  cities.append(boxes);
  const addCity = (slug: string, name: string) => {
    if (boxes.querySelector(`input[value="${CSS.escape(slug)}"]`)) return;
    const box = element("input", undefined, { type: "checkbox", id: uid("city"), value: slug });
    box.checked = slug === city;
    const label = element("label", undefined, { for: box.id });
    label.textContent = name;
    const row = element("div", undefined, { class: "check" });
    row.append(box, label);
    boxes.append(row);
  };
  addCity(city, city);
  // Offline, the home city is all the form offers; the others come with a connection.
  void api.cities().then(
    (all) => {
      for (const summary of all) {
        const own = boxes.querySelector<HTMLLabelElement>(`input[value="${CSS.escape(summary.slug)}"] + label`);
        if (own) own.textContent = summary.name;
        else addCity(summary.slug, summary.name);
      }
    },
    () => undefined,
  );
  form.append(element("h2", "archive-new-entry", { id: headingId }), themeRow, titleRow, cities, element("button", "archive-new-entry-create", { type: "submit", class: "primary" }), alert);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!title.value.trim()) {
      setMessage(alert, "archive-entry-title-missing");
      title.setAttribute("aria-invalid", "true");
      title.setAttribute("aria-describedby", alert.id);
      title.focus();
      return;
    }
    const chosen = [...boxes.querySelectorAll<HTMLInputElement>("input:checked")].map((box) => box.value);
    const id = createEntry(workspace, group, {
      theme: theme.value as Theme,
      title: title.value.trim(),
      language: currentLocale().code,
      cities: chosen.length > 0 ? chosen : [city],
    });
    navigate(`/archive/${encodeURIComponent(city)}/${encodeURIComponent(group)}/${encodeURIComponent(id)}`);
  });
  return form;
}
