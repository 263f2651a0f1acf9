/**
 * `/edit/<city>/services/<id>`: a service's texts and status. (First screens of the
 * service editor: the name, description, who can come, what to bring, and whether
 * it is open; the locations, hours and contacts are edited elsewhere for now.)
 */
import type { Service } from "../../content/model";
import { element, setMessage } from "../../page";
import { readModel } from "../documents";
import { editorPage } from "../editor-page";
import { itemForm, sourceRevision, textField, valueField, type Bound } from "../fields";
import { publishControls } from "../publish";

export const serviceFormPage = editorPage(async (content, workspace, [, id = ""]) => {
  const handle = await workspace.document<unknown>(id);
  if (!handle || workspace.entry(id)?.kind !== "service") {
    content.append(element("h1", "not-found-title"), element("p", "not-found-body"));
    return;
  }
  const { heading, form } = itemForm(content, workspace.city);
  const { onEdit: onSourceEdit, row } = sourceRevision();
  const bound: Bound[] = [
    textField(form, handle, ["name"], "editor-service-name", { onEdit: onSourceEdit }),
    textField(form, handle, ["description"], "editor-service-description", { multiline: true, hint: "editor-hint-plain", onEdit: onSourceEdit }),
    textField(form, handle, ["eligibility"], "editor-service-eligibility", { multiline: true, onEdit: onSourceEdit }),
    textField(form, handle, ["documents_needed"], "editor-service-documents", { multiline: true, onEdit: onSourceEdit }),
  ];
  form.append(row);
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
