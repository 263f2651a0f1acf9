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
import type { City, Service } from "../../content/model";
import { element, setMessage, uid } from "../../page";
import { icon, ICON_NAMES } from "../../reader/icons";
import { changeDoc, readModel } from "../documents";
import { editorPage } from "../editor-page";
import { endonym } from "../language-names";
import { valueField, type Bound } from "../widgets/fields";
import type { Workspace } from "../workspace";

/** Primary language subtags written right to left. */
const RTL_LANGUAGES = new Set(["ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku-arab", "nqo", "ps", "sd", "syr", "ug", "ur", "yi"]);
const RTL_SCRIPTS = new Set(["arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg"]);
const NEW_CATEGORY_ICON = "star";

type List = unknown[] & { splice(start: number, deleteCount: number, ...items: unknown[]): unknown[] };

export const citySettingsPage = editorPage(async (content, workspace) => {
  let entry = workspace.entries.find((e) => e.kind === "city");
  if (!entry) {
    await workspace.loaded;
    entry = workspace.entries.find((e) => e.kind === "city");
  }
  const handle = entry ? await workspace.document<unknown>(entry.documentId) : undefined;
  if (!entry || !handle) {
    content.append(element("h1", "not-found-title"), element("p", "not-found-body"));
    return;
  }
  const canWrite = entry.write;
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


/** Whether `tag` is written right to left (its script's direction, where the browser knows it). */
export function directionOf(tag: string): "ltr" | "rtl" {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction === "rtl" || info?.direction === "ltr") return info.direction;
    if (locale.script && RTL_SCRIPTS.has(locale.script.toLowerCase())) return "rtl";
    if (locale.script) return "ltr";
    return RTL_LANGUAGES.has(locale.language.toLowerCase()) ? "rtl" : "ltr";
  } catch {
    return "ltr";
  }
}

/** A category id from its name: a slug (`legal-and-residence`), unique in the city. */
export function categoryId(name: string, taken: readonly string[]): string {
  const slug =
    name
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 48)
      .replace(/-+$/g, "") || "category";
  if (!taken.includes(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.includes(`${slug}-${n}`)) return `${slug}-${n}`;
}

/**
 * Redraws a list only when its shape changes (added, removed, moved); otherwise its
 * fields show the document's values in place, so nobody's typing is interrupted.
 */
function keyedList(list: HTMLElement, draw: () => Bound[], shape: () => string): Bound {
  let drawn = "";
  let bound: Bound[] = [];
  return {
    refresh() {
      const now = shape();
      if (now !== drawn) {
        drawn = now;
        const focused = document.activeElement instanceof HTMLElement && list.contains(document.activeElement) ? document.activeElement.dataset.focusKey : undefined;
        bound = draw();
        if (focused) list.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focused)}"]:not(:disabled)`)?.focus();
      }
      for (const field of bound) field.refresh();
    },
  };
}

function moveButtons(label: string, index: number, count: number, key: string, move: (step: -1 | 1) => void): HTMLElement {
  const moves = element("div", undefined, { class: "actions" });
  for (const [step, l10nId] of [[-1, "editor-move-up"], [1, "editor-move-down"]] as const) {
    const button = element("button", undefined, { type: "button", class: "secondary", "data-focus-key": `${key}:${step}` });
    setMessage(button, l10nId, { title: label });
    button.disabled = index + step < 0 || index + step >= count;
    button.addEventListener("click", () => move(step));
    moves.append(button);
  }
  return moves;
}

/** "Remove": asks first, saying what removing means, then removes. */
function removeButton(parent: HTMLElement, label: string, key: string, confirmText: () => [string, Record<string, string | number>], remove: () => void): void {
  const button = element("button", undefined, { type: "button", class: "danger", "data-focus-key": `${key}:remove` });
  setMessage(button, "editor-remove", { name: label });
  const confirm = element("div", undefined, { class: "confirm", role: "alert" });
  confirm.hidden = true;
  parent.append(button, confirm);
  button.addEventListener("click", () => {
    const [id, args] = confirmText();
    const question = element("p");
    setMessage(question, id, args);
    const yes = element("button", undefined, { type: "button", class: "danger" });
    setMessage(yes, "editor-remove-confirm", { name: label });
    const no = element("button", "editor-remove-cancel", { type: "button", class: "secondary" });
    const actions = element("div", undefined, { class: "actions" });
    actions.append(yes, no);
    confirm.replaceChildren(question, actions);
    setMessage(no, "editor-remove-cancel");
    confirm.hidden = false;
    button.hidden = true;
    no.addEventListener("click", () => {
      confirm.hidden = true;
      confirm.replaceChildren();
      button.hidden = false;
      button.focus();
    });
    yes.addEventListener("click", remove);
    no.focus();
  });
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
  const remove = (id: string) =>
    changeDoc(handle, (doc) => {
      const categories = doc.categories as List;
      const index = categories.findIndex((c) => String((c as { id: unknown }).id) === id);
      if (index >= 0) categories.splice(index, 1);
    });
  const servicesUsing = (id: string) =>
    workspace.ofKind("service").filter((e) => {
      const doc = workspace.handle<unknown>(e.documentId)?.doc();
      try {
        return doc ? readModel<Service>(doc).categories.includes(id) : false;
      } catch {
        return false;
      }
    }).length;

  return keyedList(
    list,
    () => {
      const model = city(handle);
      const bound: Bound[] = [];
      const items = model.categories.map((category, index) => {
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
        const iconField = valueField(iconRow, handle, ["categories", index, "icon"], "editor-category-icon", select);
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
            valueField(fieldset, handle, ["categories", index, "names", language.tag], "editor-category-name", input, {
              labelArgs: { language: endonym(language.tag), tag: language.tag },
              // An empty name is no name: readers then see the category in a fallback language.
              parse: (raw) => (String(raw).trim() === "" ? undefined : String(raw).trim()),
            }),
          );
        }
        if (canWrite) {
          const actions = element("div", undefined, { class: "actions" });
          actions.append(moveButtons(label, index, model.categories.length, `category:${category.id}`, (step) => move(category.id, step)));
          removeButton(
            actions,
            label,
            `category:${category.id}`,
            () => ["editor-category-remove-question", { name: label, count: servicesUsing(category.id) }],
            () => remove(category.id),
          );
          fieldset.append(actions);
        }
        li.append(fieldset);
        return li;
      });
      list.replaceChildren(...items);
      return bound;
    },
    () => {
      const model = city(handle);
      return JSON.stringify([model.categories.map((c) => [c.id, c.names[model.source_language]]), model.languages.map((l) => [l.tag, l.direction])]);
    },
  );
}

function addCategory(handle: DocHandle<unknown>): HTMLElement {
  const form = element("form", undefined, { class: "editor-form add-form", novalidate: "" });
  const fieldset = element("fieldset");
  fieldset.append(element("legend", "editor-category-add-title"));
  const input = element("input", undefined, { type: "text", dir: "auto", id: uid("category"), name: "new-category" });
  const error = element("p", undefined, { class: "field-error", role: "alert", id: uid("error") });
  error.hidden = true;
  input.setAttribute("aria-describedby", error.id);
  const label = element("label", "editor-category-add-name", { for: input.id });
  const row = element("div", undefined, { class: "field" });
  row.append(label, input, error);
  fieldset.append(row, element("button", "editor-category-add", { type: "submit" }));
  form.append(fieldset);
  const source = city(handle).source_language;
  label.dataset.l10nArgs = JSON.stringify({ language: endonym(source) });
  input.lang = source;
  form.addEventListener("submit", (submitted) => {
    submitted.preventDefault();
    const name = input.value.trim();
    if (!name) {
      error.hidden = false;
      setMessage(error, "editor-category-name-missing");
      input.setAttribute("aria-invalid", "true");
      input.focus();
      return;
    }
    error.hidden = true;
    input.removeAttribute("aria-invalid");
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
      const model = city(handle);
      const bound: Bound[] = [];
      const items = model.languages.map((language, index) => {
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
        bound.push(valueField(fieldset, handle, ["languages", index, "direction"], "editor-language-direction", direction));

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
            valueField(fieldset, handle, ["languages", index, "fallback"], "editor-language-fallback", fallback, {
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
        return li;
      });
      list.replaceChildren(...items);
      return bound;
    },
    () => {
      const model = city(handle);
      return JSON.stringify([model.source_language, model.languages.map((l) => l.tag)]);
    },
  );
}

/** Whether `tag` falling back to `fallback` makes a loop (a language reached again). */
export function loops(model: City, tag: string, fallback: string | null): boolean {
  const next = (at: string) => (at === tag ? fallback : (model.languages.find((l) => l.tag === at)?.fallback ?? null));
  const seen = new Set<string>([tag]);
  for (let at = fallback; at; at = next(at)) {
    if (seen.has(at)) return true;
    seen.add(at);
  }
  return false;
}

function addLanguage(handle: DocHandle<unknown>): HTMLElement {
  const form = element("form", undefined, { class: "editor-form add-form", novalidate: "" });
  const fieldset = element("fieldset");
  fieldset.append(element("legend", "editor-language-add-title"));
  const input = element("input", undefined, { type: "text", dir: "ltr", id: uid("language"), name: "new-language", autocomplete: "off", spellcheck: "false" });
  const hint = element("p", "editor-language-add-hint", { class: "hint", id: uid("hint") });
  const error = element("p", undefined, { class: "field-error", role: "alert", id: uid("error") });
  error.hidden = true;
  input.setAttribute("aria-describedby", `${hint.id} ${error.id}`);
  const row = element("div", undefined, { class: "field" });
  row.append(element("label", "editor-language-add-tag", { for: input.id }), hint, input, error);
  fieldset.append(row, element("button", "editor-language-add", { type: "submit" }));
  form.append(fieldset);
  const refuse = (l10nId: string, args?: Record<string, string>) => {
    error.hidden = false;
    setMessage(error, l10nId, args);
    input.setAttribute("aria-invalid", "true");
    input.focus();
  };
  input.addEventListener("input", () => {
    error.hidden = true;
    input.removeAttribute("aria-invalid");
  });
  form.addEventListener("submit", (submitted) => {
    submitted.preventDefault();
    const raw = input.value.trim();
    let tag: string | undefined;
    try {
      // Only a single tag, in its canonical spelling (`zh-Hans`, `pt-BR`).
      tag = raw && !/[\s,_]/.test(raw) ? Intl.getCanonicalLocales(raw)[0] : undefined;
    } catch {
      tag = undefined;
    }
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
    error.hidden = true;
    input.removeAttribute("aria-invalid");
  });
  return form;
}
