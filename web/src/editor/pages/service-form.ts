/**
 * `/edit/<city>/services/<id>`: every field of a service, each saved on the device
 * as it changes (no save button): texts (merged character by character with other
 * people's edits; "small correction" keeps translations up to date), organization,
 * categories, who it is for, cost, languages, contacts, the places and the opening
 * hours (lists: each place and each schedule is its own element, so two people
 * adding one offline both keep theirs), status, "checked today", and publishing
 * where the role allows. A value that fails its check is shown with a message and
 * not written. The widgets are in ../widgets/; this screen puts them together.
 */
import type { DocHandle } from "@automerge/automerge-repo/slim";
import { ImmutableString } from "@automerge/automerge/slim";
import type { City, Service, TargetGroup } from "../../content/model";
import { currentLocale } from "../../i18n";
import { element, setMessage, uid } from "../../page";
import { changeDoc, listIn, readModel } from "../documents";
import { editorPage } from "../editor-page";
import { languageName } from "../language-names";
import { checkEmail, checkLanguageTag, checkWebsite } from "../service-checks";
import { checkList } from "../widgets/check-list";
import { accepted, addLine, checkedField, fieldset, textField, valueField, type Bound } from "../widgets/fields";
import { itemScreen } from "../widgets/item-screen";
import { phoneList } from "../widgets/phone-list";
import { placeList } from "../widgets/place-editor";
import { scheduleList } from "../widgets/schedule-editor";
import type { Workspace } from "../workspace";

const TARGET_GROUPS: TargetGroup[] = [
  "everyone",
  "asylum-seekers-and-refugees",
  "temporary-protection",
  "undocumented-residents",
  "women",
  "unaccompanied-minors",
  "children",
  "students",
];

const text = (value: string) => new ImmutableString(value);

export const serviceFormPage = editorPage(async (content, workspace, [, id = ""]) => {
  // The city's categories and languages are the boxes to tick: open its configuration
  // first (a reload straight into this screen may not have it yet), and follow it.
  const city = await workspace.cityDocument();
  const screen = await itemScreen(content, workspace, id, "service");
  if (!screen) return;
  const { handle, form, onEdit } = screen;
  const service = () => readModel<Service>(handle.doc());
  const bound: Bound[] = [
    textField(form, handle, ["name"], "editor-service-name", { onEdit }),
    textField(form, handle, ["description"], "editor-service-description", { multiline: true, hint: "editor-hint-plain", onEdit }),
    textField(form, handle, ["eligibility"], "editor-service-eligibility", { multiline: true, onEdit }),
    textField(form, handle, ["documents_needed"], "editor-service-documents", { multiline: true, onEdit }),
  ];
  form.append(screen.sourceRow);
  bound.push(valueField(form, handle, ["organization"], "editor-service-organization", element("input", undefined, { type: "text", dir: "auto" })));

  bound.push(
    checkList(form, handle, ["categories"], "editor-service-categories", () => {
      const config = workspace.cityConfig();
      const options = (config?.categories ?? []).map((category) => ({ value: category.id, label: categoryName(category.names, config) }));
      // A category the city no longer has stays tickable (off), under its id.
      for (const id of service().categories) if (!options.some((o) => o.value === id)) options.push({ value: id, label: id });
      return options;
    }),
  );
  bound.push(valueField(form, handle, ["open_to_all"], "editor-service-open-to-all", element("input", undefined, { type: "checkbox" })));
  bound.push(
    checkList(form, handle, ["target_groups"], "editor-service-target-groups", () =>
      TARGET_GROUPS.map((group) => ({ value: group, l10nId: `reader-target-${group}` })),
    ),
  );

  const cost = fieldset(form, "editor-field-fee");
  bound.push(valueField(cost, handle, ["cost", "free"], "editor-event-free", element("input", undefined, { type: "checkbox" })));
  bound.push(textField(cost, handle, ["cost", "fee"], "editor-service-fee", { onEdit }));

  bound.push(languagesSpoken(form, handle, workspace));
  bound.push(valueField(form, handle, ["interpretation"], "reader-interpretation", element("input", undefined, { type: "checkbox" })));

  const contacts = fieldset(form, "editor-service-contacts");
  bound.push(phoneList(contacts, handle, ["contacts", "phones"]));
  bound.push(checkedField(contacts, handle, ["contacts", "email"], "editor-service-email", checkEmail, { type: "email", autocomplete: "off" }));
  bound.push(checkedField(contacts, handle, ["contacts", "website"], "editor-service-website", checkWebsite, { type: "url" }));

  bound.push(placeList(form, handle, onEdit));
  bound.push(scheduleList(form, handle, onEdit));

  const status = element("select");
  for (const value of ["active", "temporarily-closed", "closed"]) status.append(element("option", `editor-service-status-${value}`, { value }));
  bound.push(valueField(form, handle, ["status"], "editor-service-status", status));
  bound.push(lastVerified(form, handle, workspace));

  const refreshAll = () => {
    for (const field of bound) field.refresh();
  };
  city?.handle.on("change", refreshAll);
  return screen.follow(bound, { stop: () => city?.handle.off("change", refreshAll) });
});

/** A category's name in the UI language where it has one, else in the city's source language, else its first. */
function categoryName(names: Record<string, string>, city: City | undefined): string {
  const locale = currentLocale().code.toLowerCase();
  const find = (tag: string) => Object.entries(names).find(([key]) => key.toLowerCase() === tag)?.[1];
  return find(locale) ?? find(locale.split("-")[0]!) ?? find(city?.source_language.toLowerCase() ?? "") ?? Object.values(names)[0] ?? "";
}

/** Languages the staff speak: the city's languages to tick, and any other BCP 47 tag to add. */
function languagesSpoken(form: HTMLElement, handle: DocHandle<unknown>, workspace: Workspace): Bound {
  const holder = element("div");
  form.append(holder);
  const list = checkList(holder, handle, ["languages_spoken"], "editor-service-languages", () => {
    const tags = (workspace.cityConfig()?.languages ?? []).map((language) => language.tag);
    for (const tag of readModel<Service>(handle.doc()).languages_spoken) if (!tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
    return tags.map((tag) => ({ value: tag, label: languageName(tag) }));
  });
  const set = holder.querySelector("fieldset")!;
  const input = element("input", undefined, { type: "text", dir: "ltr", id: uid("language"), autocomplete: "off", spellcheck: "false" });
  const { row, add, error } = addLine("editor-service-language-other", input, "editor-service-language-add", { hint: "editor-service-language-hint" });
  set.append(row);
  const submit = () => {
    if (!input.value.trim()) return;
    const result = checkLanguageTag(input.value);
    if (!accepted(result, error)) return;
    input.value = "";
    const tag = result.value;
    if (readModel<Service>(handle.doc()).languages_spoken.some((t) => t.toLowerCase() === tag.toLowerCase())) return;
    changeDoc(handle, (doc) => listIn(doc, ["languages_spoken"]).push(text(tag)));
  };
  add.addEventListener("click", submit);
  input.addEventListener("keydown", (key) => {
    if (key.key === "Enter") {
      key.preventDefault();
      submit();
    }
  });
  return list;
}

/** "Checked today": today's date and who checked, and when it was last done. */
function lastVerified(form: HTMLElement, handle: DocHandle<unknown>, workspace: Workspace): Bound {
  const set = fieldset(form, "editor-service-verified");
  const shown = element("p", undefined, { class: "verified" });
  const button = element("button", "editor-service-verify", { type: "button" });
  set.append(shown, button);
  button.addEventListener("click", () => {
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
    const by = workspace.session.account.name;
    const current = readModel<Service>(handle.doc()).last_verified;
    if (current?.date === today && current.by === by) return;
    changeDoc(handle, (doc) => {
      doc.last_verified = { date: text(today), by: text(by) };
    });
  });
  return {
    refresh() {
      const value = readModel<Service>(handle.doc()).last_verified;
      if (value) setMessage(shown, "editor-service-verified-value", { date: value.date, name: value.by });
      else setMessage(shown, "editor-service-verified-never");
    },
  };
}
