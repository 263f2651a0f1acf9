/**
 * `/edit/<city>/settings`: the city's categories (icon, name in each language, order,
 * new ones, removal) and languages (direction, fallback, new ones by BCP 47 tag,
 * removal). The server reads the city document live for readers, not a published
 * version: every change shows to readers at once, and a value the server's model
 * does not accept would break the whole city, so only such values are written
 * (ids as slugs, icons from the app's set, canonical tags, `ltr`/`rtl`, fallbacks
 * naming a language of the city without a loop). Lists change element by element
 * (two people adding a category offline both keep theirs).
 *
 * Volunteers and translators read the settings only (the server refuses their
 * writes too).
 */
import type { DocHandle } from "@automerge/automerge-repo/slim";
import { ImmutableString } from "@automerge/automerge/slim";
import type { City } from "../../content/model";
import { element, uid } from "../../page";
import { icon, ICON_NAMES } from "../../reader/icons";
import { canonicalTag, categoryId, directionOf, loops } from "../city-rules";
import { changeDoc, readModel, removeById } from "../documents";
import { editorPage } from "../editor-page";
import { endonym } from "../language-names";
import { errorLine, valueField, type Bound } from "../widgets/fields";
import { keyedList, rowPaths } from "../widgets/keyed-list";
import { moveButtons, removeButton } from "../widgets/row-actions";
import type { Workspace } from "../workspace";

const NEW_CATEGORY_ICON = "star";

type List = unknown[] & { splice(start: number, deleteCount: number, ...items: unknown[]): unknown[] };

export const citySettingsPage = editorPage(async (content, workspace) => {
  const found = await workspace.cityDocument();
  if (!found) {
    content.append(element("h1", "not-found-title"), element("p", "not-found-body"));
    return;
  }
  const { handle } = found;
  const canWrite = found.entry.write;
  const back = element("p");
  back.append(element("a", "editor-back", { href: `/edit/${encodeURIComponent(workspace.city)}` }));
  content.append(back, element("h1", "editor-settings-title"), element("p", "editor-settings-live", { class: "note" }));
  if (!canWrite) content.append(element("p", "editor-settings-read-only", { class: "note", id: "settings-read-only" }));

  const categories = categoriesSection(content, handle, workspace, canWrite);
  const languages = languagesSection(content, handle, canWrite);
  const refresh = () => {
    categories.refresh();
    languages.refresh();
  };
  handle.on("change", refresh);
  refresh();
  return () => handle.off("change", refresh);
});

function city(handle: DocHandle<unknown>): City {
  return readModel<City>(handle.doc());
}


function categoriesSection(content: HTMLElement, handle: DocHandle<unknown>, workspace: Workspace, canWrite: boolean): Bound {
  const section = element("section", undefined, { class: "settings-categories", "aria-labelledby": "settings-categories-title" });
  const list = element("ol", undefined, { class: "settings-list", id: "settings-categories" });
  section.append(element("h2", "editor-categories", { id: "settings-categories-title" }), element("p", "editor-categories-hint", { class: "hint" }), list);
  content.append(section);
  if (canWrite) section.append(addCategory(handle));

  const move = (id: string, step: -1 | 1) =>
    changeDoc(handle, (doc) => {
      const categories = doc.categories as List;
      const from = categories.findIndex((c) => String((c as { id: unknown }).id) === id);
      const to = from + step;
      if (from < 0 || to < 0 || to >= categories.length) return;
      // A list has no "move": the category is taken out and put back, as a fresh copy.
      const plain = city(handle).categories[from]!;
      categories.splice(from, 1);
      categories.splice(to, 0, {
        id: new ImmutableString(plain.id),
        icon: new ImmutableString(plain.icon),
        names: Object.fromEntries(Object.entries(plain.names).map(([tag, name]) => [tag, new ImmutableString(name)])),
      });
    });
  const servicesUsing = (id: string) =>
    workspace.ofKind("service").filter((e) => workspace.card(e.documentId)?.categories?.includes(id)).length;

  return keyedList(
    list,
    () => {
      // A category's row has a name field per language, and its name in the source language says which it is.
      const model = city(handle);
      const languages = model.languages.map((l) => [l.tag, l.direction]);
      return model.categories.map((c) => JSON.stringify([c.id, c.names[model.source_language], languages]));
    },
    (initial) => {
      const model = city(handle);
      const category = model.categories[initial]!;
      let index = initial;
      const paths = rowPaths("categories", initial);
      const bound: Bound[] = [];
      const li = element("li");
      const fieldset = element("fieldset");
      const label = category.names[model.source_language] || category.id;
      const legend = element("legend", undefined, { dir: "auto" });
      legend.textContent = label;
      const id = element("span", undefined, { class: "muted", dir: "ltr" });
      id.textContent = ` (${category.id})`;
      legend.append(id);
      fieldset.append(legend);

      const iconRow = element("div", undefined, { class: "category-icon" });
      const preview = element("span", undefined, { class: "icon-preview" });
      const select = element("select", undefined, { "data-focus-key": `category:${category.id}:icon` });
      const names = ICON_NAMES.includes(category.icon) ? ICON_NAMES : [...ICON_NAMES, category.icon];
      for (const name of names) {
        const option = element("option", ICON_NAMES.includes(name) ? `editor-icon-${name}` : undefined, { value: name });
        if (!ICON_NAMES.includes(name)) option.textContent = name || "—";
        select.append(option);
      }
      select.disabled = !canWrite;
      // Only the app's own icons (the reader draws nothing else); an unknown one stays as it is until changed.
      const iconField = valueField(iconRow, handle, paths.path("icon"), "editor-category-icon", select);
      bound.push({
        refresh() {
          iconField.refresh();
          preview.replaceChildren(icon(city(handle).categories[index]?.icon ?? ""));
        },
      });
      iconRow.prepend(preview);
      fieldset.append(iconRow);

      for (const language of model.languages) {
        const input = element("input", undefined, { type: "text", lang: language.tag, dir: language.direction, "data-focus-key": `category:${category.id}:${language.tag}` });
        input.disabled = !canWrite;
        bound.push(
          valueField(fieldset, handle, paths.path("names", language.tag), "editor-category-name", input, {
            labelArgs: { language: endonym(language.tag), tag: language.tag },
            // An empty name is no name: readers then see the category in a fallback language.
            parse: (raw) => (String(raw).trim() === "" ? undefined : String(raw).trim()),
          }),
        );
      }
      const moves = canWrite ? moveButtons(label, `category:${category.id}`, (step) => move(category.id, step)) : undefined;
      if (moves) {
        const actions = element("div", undefined, { class: "actions" });
        actions.append(moves.node);
        removeButton(
          actions,
          label,
          `category:${category.id}`,
          () => ["editor-category-remove-question", { name: label, count: servicesUsing(category.id) }],
          () => removeById(handle, ["categories"], category.id),
        );
        fieldset.append(actions);
      }
      li.append(fieldset);
      return {
        node: li,
        moveTo(at, count) {
          index = at;
          paths.moveTo(at);
          moves?.place(at, count);
        },
        refresh() {
          for (const field of bound) field.refresh();
        },
      };
    },
  );
}

/** A small form that adds one thing: its legend, the field's row, the submit button. */
function addForm(legendId: string, row: HTMLElement, buttonId: string): HTMLFormElement {
  const form = element("form", undefined, { class: "editor-form add-form", novalidate: "" });
  const fieldset = element("fieldset");
  fieldset.append(element("legend", legendId), row, element("button", buttonId, { type: "submit" }));
  form.append(fieldset);
  return form;
}

function addCategory(handle: DocHandle<unknown>): HTMLElement {
  const input = element("input", undefined, { type: "text", dir: "auto", id: uid("category"), name: "new-category" });
  const error = errorLine(input);
  const label = element("label", "editor-category-add-name", { for: input.id });
  const row = element("div", undefined, { class: "field" });
  row.append(label, input, error.node);
  const form = addForm("editor-category-add-title", row, "editor-category-add");
  const source = city(handle).source_language;
  label.dataset.l10nArgs = JSON.stringify({ language: endonym(source) });
  input.lang = source;
  form.addEventListener("submit", (submitted) => {
    submitted.preventDefault();
    const name = input.value.trim();
    if (!name) {
      error.show("editor-category-name-missing");
      input.focus();
      return;
    }
    error.show(null);
    const model = city(handle);
    const id = categoryId(name, model.categories.map((c) => c.id));
    changeDoc(handle, (doc) => {
      (doc.categories as List).push({
        id: new ImmutableString(id),
        icon: new ImmutableString(NEW_CATEGORY_ICON),
        names: { [model.source_language]: new ImmutableString(name) },
      });
    });
    input.value = "";
  });
  return form;
}

function languagesSection(content: HTMLElement, handle: DocHandle<unknown>, canWrite: boolean): Bound {
  const section = element("section", undefined, { class: "settings-languages", "aria-labelledby": "settings-languages-title" });
  const list = element("ol", undefined, { class: "settings-list", id: "settings-languages" });
  section.append(element("h2", "editor-languages", { id: "settings-languages-title" }), element("p", "editor-languages-hint", { class: "hint" }), list);
  content.append(section);
  if (canWrite) section.append(addLanguage(handle));

  const remove = (tag: string) =>
    changeDoc(handle, (doc) => {
      const model = city(handle);
      const removed = model.languages.find((l) => l.tag === tag);
      const languages = doc.languages as List;
      const index = languages.findIndex((l) => String((l as { tag: unknown }).tag) === tag);
      if (!removed || index < 0 || tag === model.source_language) return;
      // Whoever fell back to it falls back to where it did.
      model.languages.forEach((language, at) => {
        if (language.fallback !== tag) return;
        const next = removed.fallback && removed.fallback !== language.tag ? removed.fallback : model.source_language;
        (languages[at] as Record<string, unknown>).fallback = next === language.tag ? null : new ImmutableString(next);
      });
      languages.splice(index, 1);
    });

  return keyedList(
    list,
    () => {
      // A language's row offers the others as its fallback, and says whether it is the source.
      const model = city(handle);
      const layout = [model.source_language, model.languages.map((l) => l.tag)];
      return model.languages.map((l) => JSON.stringify([l.tag, layout]));
    },
    (initial) => {
      const model = city(handle);
      const language = model.languages[initial]!;
      const paths = rowPaths("languages", initial);
      const bound: Bound[] = [];
      const li = element("li");
      const fieldset = element("fieldset");
      const name = endonym(language.tag);
      const legend = element("legend");
      const endonymSpan = element("span", undefined, { lang: language.tag, dir: language.direction });
      endonymSpan.textContent = name;
      const tagSpan = element("span", undefined, { dir: "ltr", class: "muted" });
      tagSpan.textContent = ` (${language.tag})`;
      legend.append(endonymSpan, tagSpan);
      fieldset.append(legend);

      const direction = element("select", undefined, { "data-focus-key": `language:${language.tag}:direction` });
      for (const value of ["ltr", "rtl"]) direction.append(element("option", `editor-direction-${value}`, { value }));
      direction.disabled = !canWrite;
      bound.push(valueField(fieldset, handle, paths.path("direction"), "editor-language-direction", direction));

      if (language.tag === model.source_language) {
        fieldset.append(element("p", "editor-language-source", { class: "hint" }));
      } else {
        const fallback = element("select", undefined, { "data-focus-key": `language:${language.tag}:fallback` });
        fallback.append(element("option", "editor-language-no-fallback", { value: "" }));
        for (const other of model.languages) {
          if (other.tag === language.tag) continue;
          const option = element("option", undefined, { value: other.tag });
          option.textContent = `${endonym(other.tag)} (${other.tag})`;
          fallback.append(option);
        }
        fallback.disabled = !canWrite;
        bound.push(
          valueField(fieldset, handle, paths.path("fallback"), "editor-language-fallback", fallback, {
            hint: "editor-language-fallback-hint",
            parse: (raw) => (raw === "" ? null : raw),
            describe: (value) => (value ? `${endonym(String(value))} (${String(value)})` : "—"),
            check: (value) => (loops(city(handle), language.tag, value as string | null) ? "editor-language-fallback-cycle" : undefined),
          }),
        );
        if (canWrite) {
          const actions = element("div", undefined, { class: "actions" });
          removeButton(actions, name, `language:${language.tag}`, () => ["editor-language-remove-question", { language: name }], () => remove(language.tag));
          fieldset.append(actions);
        }
      }
      li.append(fieldset);
      return {
        node: li,
        moveTo: (at) => paths.moveTo(at),
        refresh() {
          for (const field of bound) field.refresh();
        },
      };
    },
  );
}

function addLanguage(handle: DocHandle<unknown>): HTMLElement {
  const input = element("input", undefined, { type: "text", dir: "ltr", id: uid("language"), name: "new-language", autocomplete: "off", spellcheck: "false" });
  const hint = element("p", "editor-language-add-hint", { class: "hint", id: uid("hint") });
  const error = errorLine(input);
  input.setAttribute("aria-describedby", hint.id);
  const row = element("div", undefined, { class: "field" });
  row.append(element("label", "editor-language-add-tag", { for: input.id }), hint, input, error.node);
  const form = addForm("editor-language-add-title", row, "editor-language-add");
  const refuse = (l10nId: string, args?: Record<string, string>) => {
    error.show(l10nId, args);
    input.focus();
  };
  input.addEventListener("input", () => error.show(null));
  form.addEventListener("submit", (submitted) => {
    submitted.preventDefault();
    const raw = input.value.trim();
    const tag = canonicalTag(raw);
    if (!tag) {
      refuse("editor-language-invalid", { tag: raw });
      return;
    }
    const model = city(handle);
    const present = model.languages.find((l) => l.tag.toLowerCase() === tag.toLowerCase());
    if (present) {
      refuse("editor-language-present", { language: `${endonym(present.tag)} (${present.tag})` });
      return;
    }
    const added = tag;
    changeDoc(handle, (doc) => {
      (doc.languages as List).push({
        tag: new ImmutableString(added),
        fallback: new ImmutableString(model.source_language),
        direction: new ImmutableString(directionOf(added)),
      });
    });
    input.value = "";
    error.show(null);
  });
  return form;
}
