/**
 * Publishing from the editing screens, where the role allows: readers then see
 * exactly this version (its heads are pinned) until it is published again; later
 * edits stay drafts. Publishing needs the server to have the version, so it waits
 * for the sync line to say the changes arrived. The preview above the buttons shows
 * the draft against what readers see now. A version the server refuses for a value
 * readers could not use (a web address without a host, a link to another site, ...)
 * is said with the field to correct; every call goes through `api.ts`, so a 401
 * ends the session here as anywhere else.
 */
import { getHeads, type Doc } from "@automerge/automerge/slim";
import { api, ApiError, NetworkError } from "../../api";
import { localize } from "../../i18n";
import { element, fill, setMessage } from "../../page";
import { publishPreview } from "./publish-preview";
import type { Workspace } from "../workspace";

/**
 * The publishing section of an item's screen: empty while the role does not allow
 * publishing the item, filled in when it does (an item made on this device, once
 * the server has registered it and its list says so), emptied if that changes.
 */
export function publishControls(workspace: Workspace, id: string): { node: HTMLElement; stop: () => void } {
  const node = element("section", undefined, { class: "publishing" });
  let shown: (() => void) | undefined;
  const update = () => {
    const allowed = workspace.entry(id)?.publish === true;
    if (allowed === (shown !== undefined)) return;
    shown?.();
    shown = undefined;
    node.replaceChildren();
    if (allowed) {
      shown = drawControls(node, workspace, id);
      localize(node);
    }
  };
  update();
  const stopWatching = workspace.watch(update);
  return {
    node,
    stop: () => {
      stopWatching();
      shown?.();
    },
  };
}

/** The preview, the buttons and the answer line; returns what stops the preview. */
function drawControls(node: HTMLElement, workspace: Workspace, id: string): () => void {
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
      // The server names changes by their hex hashes (automerge-repo's handle heads are encoded).
      if (action === "publish") workspace.published(id, (await api.publish(id, getHeads(handle.doc() as Doc<unknown>))).heads);
      else {
        await api.unpublish(id);
        workspace.published(id, null);
      }
      setMessage(status, action === "publish" ? "editor-published" : "editor-unpublished");
      void preview.refresh();
    } catch (error) {
      showFailure(status, error);
    } finally {
      publish.disabled = unpublish.disabled = false;
    }
  };
  publish.addEventListener("click", () => void call("publish"));
  unpublish.addEventListener("click", () => void call("unpublish"));
  return preview.stop;
}

/** How to correct each kind of value publishing refuses (the server's `rule`). */
const RULE_MESSAGES: Partial<Record<string, string>> = {
  "web-address": "editor-service-website-invalid",
  email: "editor-service-email-invalid",
  phone: "editor-service-phone-invalid",
  link: "editor-publish-link-invalid",
  rrule: "editor-schedule-rule-invalid",
};

/** What to say when publishing did not happen: a message, or the field to correct (and how). */
export type Failure = { l10nId: string } | { field: string; how: string | undefined };

/**
 * Why publishing (or unpublishing) did not happen, as the server said: a value to
 * correct (`invalid_content` names the field, and its rule says how), a version that
 * is not a whole item yet (`not_publishable`), one the server does not have yet.
 */
export function failureOf(error: unknown): Failure {
  if (!(error instanceof ApiError)) return { l10nId: error instanceof NetworkError ? "editor-publish-offline" : "error-unexpected" };
  const field = error.field;
  if (error.code === "invalid_content" && field) {
    const problems = error.details.problems;
    const rule = Array.isArray(problems) ? (problems as { field?: unknown; rule?: unknown }[]).find((p) => p?.field === field)?.rule : undefined;
    return { field, how: typeof rule === "string" ? RULE_MESSAGES[rule] : undefined };
  }
  if (error.code === "not_publishable") return { l10nId: "editor-publish-not-publishable" };
  // The session is gone: api.ts has said so (the sync line asks to sign in again).
  if (error.status === 401) return { l10nId: "error-unauthenticated" };
  if (error.status === 403) return { l10nId: "error-forbidden" };
  if (error.status === 400 || error.status === 404) return { l10nId: "editor-publish-not-synced" };
  if (error.status === 422) return { l10nId: "error-bad-request" };
  return { l10nId: "error-server" };
}

function showFailure(status: HTMLElement, error: unknown): void {
  const failure = failureOf(error);
  if ("l10nId" in failure) {
    setMessage(status, failure.l10nId);
    return;
  }
  const what = element("span", "editor-publish-invalid-content");
  what.dataset.l10nArgs = JSON.stringify({ field: failure.field });
  // The status shows these two messages now, not one of its own.
  delete status.dataset.l10nId;
  delete status.dataset.l10nArgs;
  if (failure.how) fill(status, what, " ", element("span", failure.how));
  else fill(status, what);
}
