/**
 * Marks an item readers do not see as it is on this device: "Unpublished draft" on
 * the dashboard's rows, and on the item's screen a line saying what readers see
 * instead (the last published version, or nothing), until it is published. Saved and
 * synced is not published: the sync line says the first, this the second.
 */
import { api } from "../../api";
import { element, setMessage } from "../../page";
import type { Workspace } from "../workspace";

/** The dashboard's mark for item `id`; undefined when readers see it as it is (or it is no item). */
export function draftBadge(workspace: Workspace, id: string): HTMLElement | undefined {
  const state = workspace.publicationOf(id);
  if (state !== "draft" && state !== "unpublished") return undefined;
  const badge = element("span", undefined, { class: "draft-badge" });
  setMessage(badge, "editor-draft-badge");
  return badge;
}

/**
 * The item screen's line, kept up to date with the document and the server's list.
 * A draft asks the server once whether that is still so: someone else may have
 * published it since the list was fetched, or the server (a trusted volunteer's
 * event publishes itself).
 */
export function publicationLine(workspace: Workspace, id: string): { node: HTMLElement; stop: () => void } {
  const node = element("p", undefined, { class: "publication-state", role: "status" });
  const draw = () => {
    const state = workspace.publicationOf(id);
    node.hidden = !state;
    if (!state || node.dataset.state === state) return;
    node.dataset.state = state;
    setMessage(node, `editor-publication-${state}`);
  };
  const stop = workspace.watch(draw);
  draw();
  if (workspace.publicationOf(id) !== "published") {
    api
      .publication(id)
      .then((publication) => workspace.published(id, publication.published ? publication.heads : null))
      .catch(() => undefined); // offline: the list's word stands
  }
  return { node, stop };
}
