/**
 * `/edit/<city>/services/<id>`: a service's texts and status. (First screens of the
 * service editor: the name, description, who can come, what to bring, and whether
 * it is open; the locations, hours and contacts are edited elsewhere for now.)
 */
import type { Service } from "../../content/model";
import { element, setMessage, uid } from "../../page";
import { readModel } from "../documents";
import { editorPage } from "../editor-page";
import { textField, valueField, type Bound } from "../fields";
import { publishControls } from "../publish";

export const serviceFormPage = editorPage(async (content, workspace, [, id = ""]) => {
  const handle = await workspace.document<unknown>(id);
  if (!handle || workspace.entry(id)?.kind !== "service") {
    content.append(element("h1", "not-found-title"), element("p", "not-found-body"));
    return;
  }
  const heading = element("h1", undefined, { dir: "auto" });
  const back = element("p");
  back.append(element("a", "editor-back", { href: `/edit/${encodeURIComponent(workspace.city)}` }));
  const form = element("form", undefined, { class: "editor-form" });
  form.addEventListener("submit", (submitted) => submitted.preventDefault());
  content.append(back, heading, form);

  const minor = element("input", undefined, { type: "checkbox", id: uid("minor") });
  let bumped = false;
  const onSourceEdit = (doc: Record<string, unknown>) => {
    if (bumped || minor.checked) return;
    bumped = true;
    doc.source_revision = (Number(doc.source_revision) || 0) + 1;
  };
  const bound: Bound[] = [
    textField(form, handle, ["name"], "editor-service-name", { onEdit: onSourceEdit }),
    textField(form, handle, ["description"], "editor-service-description", { multiline: true, hint: "editor-hint-plain", onEdit: onSourceEdit }),
    textField(form, handle, ["eligibility"], "editor-service-eligibility", { multiline: true, onEdit: onSourceEdit }),
    textField(form, handle, ["documents_needed"], "editor-service-documents", { multiline: true, onEdit: onSourceEdit }),
  ];
  const minorRow = element("div", undefined, { class: "check" });
  minorRow.append(minor, element("label", "editor-minor-edit", { for: minor.id }));
  form.append(minorRow);
  const status = element("select");
  for (const value of ["active", "temporarily-closed", "closed"]) status.append(element("option", `editor-service-status-${value}`, { value }));
  bound.push(valueField(form, handle, ["status"], "editor-service-status", status));
  const publishing = publishControls(workspace, id);
  content.append(publishing.node);

  const refresh = () => {
    const name = readModel<Service>(handle.doc()).name;
    heading.textContent = name;
    if (!name) setMessage(heading, "editor-untitled");
    for (const field of bound) field.refresh();
  };
  handle.on("change", refresh);
  refresh();
  return () => {
    handle.off("change", refresh);
    publishing.stop();
  };
});
