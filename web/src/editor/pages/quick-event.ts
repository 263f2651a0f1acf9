/**
 * `/edit/<city>/events/new`: field mode. A volunteer at a festival with no signal adds
 * tomorrow's language café in a few taps: what, when, where. The event is made on
 * the phone at once and reaches the server (and, where the city trusts volunteers,
 * readers) by itself once there is a connection.
 */
import { navigate } from "../../navigate";
import { element, setMessage, uid } from "../../page";
import { automergeShape, newEvent } from "../documents";
import { editorPage } from "../editor-page";

export const quickEventPage = editorPage((content, workspace) => {
  const form = element("form", undefined, { class: "editor-form quick-event", novalidate: "" });
  const field = (l10nId: string, control: HTMLInputElement, hint?: string) => {
    control.id = uid("quick");
    const row = element("div", undefined, { class: "field" });
    row.append(element("label", l10nId, { for: control.id }));
    if (hint) row.append(element("p", hint, { class: "hint" }));
    row.append(control);
    form.append(row);
    return control;
  };
  const title = field("editor-event-title", element("input", undefined, { type: "text", required: "", dir: "auto", name: "title" }), "editor-hint-title");
  const date = field("editor-quick-date", element("input", undefined, { type: "date", required: "", name: "date" }));
  const start = field("editor-quick-start", element("input", undefined, { type: "time", required: "", name: "start" }));
  const end = field("editor-quick-end", element("input", undefined, { type: "time", required: "", name: "end" }));
  const place = field("editor-place-name", element("input", undefined, { type: "text", dir: "auto", name: "place" }));
  const status = element("p", undefined, { role: "alert", class: "form-alert" });
  form.append(element("button", "editor-quick-save", { type: "submit", class: "primary" }), status);
  content.append(element("h1", "editor-new-event"), element("p", "editor-quick-hint", { class: "hint" }), form);

  form.addEventListener("submit", (submitted) => {
    submitted.preventDefault();
    const missing = [title, date, start, end].find((control) => !control.value.trim());
    if (missing) {
      setMessage(status, "editor-quick-missing");
      missing.setAttribute("aria-invalid", "true");
      missing.focus();
      return;
    }
    // An end before the start is taken as past midnight (a party until 02:00).
    let endDate = date.value;
    if (end.value <= start.value) endDate = new Date(Date.parse(`${date.value}T00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const event = newEvent({
      title: title.value.trim(),
      start: `${date.value}T${start.value}`,
      end: `${endDate}T${end.value}`,
      source_language: workspace.sourceLanguage(),
      place: place.value.trim()
        ? {
            id: "place",
            name: place.value.trim(),
            address: { street: "", postal_code: "", locality: "", region: "", country: "" },
            latitude: null,
            longitude: null,
            accessibility: "",
            outreach: false,
          }
        : null,
    });
    const handle = workspace.create("event", automergeShape("event", event));
    navigate(`/edit/${encodeURIComponent(workspace.city)}?created=${encodeURIComponent(handle.documentId)}`);
  });
});
