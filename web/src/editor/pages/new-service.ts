/**
 * `/edit/<city>/services/new`: a new service from its name (and, if known, who runs
 * it). It is made on the device at once, in the city's source language, works with
 * no connection, and opens in the full form for the rest.
 */
import { navigate } from "../../navigate";
import { element, setMessage, uid } from "../../page";
import { automergeShape, newService } from "../documents";
import { editorPage } from "../editor-page";

export const newServicePage = editorPage((content, workspace) => {
  const back = element("p");
  back.append(element("a", "editor-back", { href: `/edit/${encodeURIComponent(workspace.city)}` }));
  const form = element("form", undefined, { class: "editor-form new-service", novalidate: "" });
  const field = (l10nId: string, control: HTMLInputElement, hint?: string) => {
    control.id = uid("new-service");
    const row = element("div", undefined, { class: "field" });
    row.append(element("label", l10nId, { for: control.id }));
    if (hint) {
      const note = element("p", hint, { class: "hint", id: uid("hint") });
      control.setAttribute("aria-describedby", note.id);
      row.append(note);
    }
    row.append(control);
    form.append(row);
    return control;
  };
  const name = field("editor-service-name", element("input", undefined, { type: "text", required: "", dir: "auto", name: "name" }));
  const organization = field("editor-service-organization", element("input", undefined, { type: "text", dir: "auto", name: "organization" }));
  const alert = element("p", undefined, { role: "alert", class: "form-alert", id: uid("alert") });
  form.append(element("button", "editor-new-service-create", { type: "submit", class: "primary" }), alert);
  content.append(back, element("h1", "editor-new-service"), element("p", "editor-new-service-hint", { class: "hint" }), form);

  form.addEventListener("submit", (submitted) => {
    submitted.preventDefault();
    if (!name.value.trim()) {
      setMessage(alert, "editor-new-service-missing");
      name.setAttribute("aria-invalid", "true");
      name.setAttribute("aria-describedby", `${name.getAttribute("aria-describedby") ?? ""} ${alert.id}`.trim());
      name.focus();
      return;
    }
    const service = newService({
      name: name.value.trim(),
      organization: organization.value.trim(),
      source_language: workspace.sourceLanguage(),
    });
    const handle = workspace.create("service", automergeShape("service", service));
    navigate(`/edit/${encodeURIComponent(workspace.city)}/services/${encodeURIComponent(handle.documentId)}`);
  });
});
