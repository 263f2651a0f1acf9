/**
 * `/guide/<city>/<lang>/suggest?item=<id>`: "this service has closed", "the hours are
 * wrong". Anonymous: it asks for nothing about the person and says so. Made offline,
 * it waits on the phone and is sent when the phone is online (see `../outbox`).
 */
import { element, fill, setMessage, uid } from "../../page";
import { textIn } from "../blocks";
import type { GuideView } from "../guide";
import { guidePage } from "../guide-page";
import { newClientId, submit } from "../outbox";

const TOPICS = ["closed", "hours", "address", "contact", "translation", "other"] as const;
const MESSAGE_MAX = 2000;

export const suggestPage = guidePage("reader-suggest-title", (content, view) => {
  const itemId = new URLSearchParams(location.search).get("item") ?? undefined;
  const item = itemId ? view.index.byId.get(itemId) : undefined;
  content.append(element("h1", "reader-suggest-title"));
  if (item) {
    const about = element("p", undefined, { class: "muted" });
    about.append(element("span", "reader-suggest-about"), " ", textIn("a", item.kind === "service" ? item.item.name : item.item.title, view));
    const link = about.querySelector("a")!;
    link.href = view.path(item.kind === "service" ? "services" : item.kind === "article" ? "articles" : "events", item.id);
    content.append(about);
  }
  content.append(element("p", "reader-suggest-privacy", { class: "note" }), suggestionForm(view, item?.id));
  return { section: "other" };
});

function suggestionForm(view: GuideView, itemId: string | undefined): HTMLFormElement {
  const form = element("form", undefined, { class: "suggest-form", novalidate: "" });
  const topics = element("fieldset");
  topics.append(element("legend", "reader-suggest-topic"));
  for (const topic of TOPICS) {
    const id = uid("topic");
    const input = element("input", undefined, { type: "radio", name: "topic", value: topic, id, required: "" });
    const label = element("label", `suggestion-topic-${topic}`, { for: id });
    const row = element("div", undefined, { class: "choice" });
    row.append(input, label);
    topics.append(row);
  }
  const messageId = uid("message");
  const hintId = uid("hint");
  const textarea = element("textarea", undefined, { id: messageId, name: "message", rows: "5", maxlength: String(MESSAGE_MAX), "aria-describedby": hintId });
  const status = element("p", undefined, { role: "status", class: "form-status" });
  const button = element("button", "reader-suggest-send", { type: "submit" });
  form.append(
    topics,
    element("label", "reader-suggest-message", { for: messageId }),
    element("p", "reader-suggest-message-hint", { id: hintId, class: "hint" }),
    textarea,
    button,
    status,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const topic = new FormData(form).get("topic");
    const message = textarea.value.trim();
    if (typeof topic !== "string") {
      setMessage(status, "reader-suggest-need-topic");
      status.setAttribute("role", "alert");
      topics.querySelector("input")?.focus();
      return;
    }
    if (topic === "other" && message === "") {
      setMessage(status, "reader-suggest-need-message");
      status.setAttribute("role", "alert");
      textarea.focus();
      return;
    }
    button.disabled = true;
    const result = await submit({
      city: view.key.city,
      client_id: newClientId(),
      ...(itemId ? { item: itemId } : {}),
      language: view.lang,
      topic,
      message,
    });
    status.setAttribute("role", "status");
    const done = element("p", `reader-suggest-${result}`, { role: "status", class: `form-status ${result}` });
    const back = element("p");
    back.append(element("a", "reader-back-to-guide", { href: view.path() }));
    fill(form, done, back);
  });
  return form;
}
