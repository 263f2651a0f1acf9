/**
 * Publishing from the editing screens, where the role allows: readers then see
 * exactly this version (its heads are pinned) until it is published again; later
 * edits stay drafts. Publishing needs the server to have the version, so it waits
 * for the sync line to say the changes arrived. The preview above the buttons shows
 * the draft against what readers see now. A version the server refuses for a value
 * readers could not use (a web address without a host, a link to another site, ...)
 * is said with the field to correct.
 */
import { getHeads, type Doc } from "@automerge/automerge/slim";
import { element, fill, setMessage } from "../page";
import { publishPreview } from "./publish-preview";
import type { Workspace } from "./workspace";

export function publishControls(workspace: Workspace, id: string): { node: HTMLElement; stop: () => void } {
  const node = element("section", undefined, { class: "publishing" });
  const entry = workspace.entry(id);
  if (!entry?.publish) return { node, stop: () => undefined };
  const status = element("p", undefined, { role: "status", class: "publish-status" });
  const publish = element("button", "editor-publish", { type: "button", class: "primary" });
  const unpublish = element("button", "editor-unpublish", { type: "button", class: "danger" });
  const actions = element("div", undefined, { class: "actions" });
  actions.append(publish, unpublish);
  const preview = publishPreview(workspace, id);
  node.append(element("h2", "editor-publishing"), element("p", "editor-publish-hint", { class: "hint" }), preview.node, actions, status);

  const call = async (action: "publish" | "unpublish") => {
    const handle = workspace.handle<unknown>(id);
    if (!handle) return;
    publish.disabled = unpublish.disabled = true;
    try {
      const response = await fetch(`/api/v1/documents/${encodeURIComponent(id)}/${action}`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        credentials: "same-origin",
        // The server names changes by their hex hashes (automerge-repo's handle heads are encoded).
        body: action === "publish" ? JSON.stringify({ heads: getHeads(handle.doc() as Doc<unknown>) }) : "{}",
      });
      if (response.ok) {
        setMessage(status, action === "publish" ? "editor-published" : "editor-unpublished");
        void preview.refresh();
      }
      else if (response.status === 422) showRefusal(status, await response.json().catch(() => null));
      else if (response.status === 400 || response.status === 404) setMessage(status, "editor-publish-not-synced");
      else if (response.status === 403) setMessage(status, "error-forbidden");
      else setMessage(status, "error-server");
    } catch {
      setMessage(status, "editor-publish-offline");
    } finally {
      publish.disabled = unpublish.disabled = false;
    }
  };
  publish.addEventListener("click", () => void call("publish"));
  unpublish.addEventListener("click", () => void call("unpublish"));
  return { node, stop: preview.stop };
}

/** How to correct each kind of value publishing refuses (the server's `rule`). */
const RULE_MESSAGES: Record<string, string> = {
  "web-address": "editor-service-website-invalid",
  email: "editor-service-email-invalid",
  phone: "editor-service-phone-invalid",
  link: "editor-publish-link-invalid",
  rrule: "editor-schedule-rule-invalid",
};

/** The server's 422: `invalid_content` names the first field at fault and why. */
function showRefusal(status: HTMLElement, body: unknown): void {
  const refusal = (body ?? {}) as { error?: unknown; field?: unknown; problems?: { field?: unknown; rule?: unknown }[] };
  if (refusal.error !== "invalid_content" || typeof refusal.field !== "string") {
    setMessage(status, "error-server");
    return;
  }
  const field = refusal.field;
  const what = element("span", "editor-publish-invalid-content");
  what.dataset.l10nArgs = JSON.stringify({ field });
  const rule = refusal.problems?.find((problem) => problem.field === field)?.rule;
  const how = typeof rule === "string" ? RULE_MESSAGES[rule] : undefined;
  // The status shows these two messages now, not one of its own.
  delete status.dataset.l10nId;
  delete status.dataset.l10nArgs;
  if (how) fill(status, what, " ", element("span", how));
  else fill(status, what);
}
