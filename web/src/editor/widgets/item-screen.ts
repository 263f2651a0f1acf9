/**
 * The frame of an item's screen (a service, an article, an event): the item's
 * document (or "not found"), a way back to the list, the heading (the item's title,
 * or "(no title yet)"), whether readers see this version (an unpublished draft
 * says so), the form, which is never submitted (every field saves as
 * it changes), "small correction", and under the form the publishing section and
 * the history. `follow` starts the screen following the document.
 */
import type { DocHandle } from "@automerge/automerge-repo/slim";
import { element, setMessage, uid } from "../../page";
import { readModel } from "../documents";
import type { Workspace } from "../workspace";
import type { Bound } from "./fields";
import { historyPanel } from "./history-panel";
import { publicationLine } from "./publication-state";
import { publishControls } from "./publish";

type Model = Record<string, unknown>;
type Kind = "service" | "article" | "event";

export interface ItemScreen {
  handle: DocHandle<unknown>;
  form: HTMLFormElement;
  /** For the source text fields: the source revision goes up once per visit (see `sourceRevision`). */
  onEdit: (doc: Model) => void;
  /** The "small correction" switch, to place after the source text fields. */
  sourceRow: HTMLElement;
  /**
   * Adds publishing and the history, and keeps the title and `bound` showing the
   * document (`also` runs first at every change); returns what the page undoes when left.
   */
  follow(bound: Bound[], also?: { refresh?: () => void; stop?: () => void }): () => void;
}

/** The screen of item `id` of `kind`, or undefined (and "not found" shown) when the workspace has no such item. */
export async function itemScreen(content: HTMLElement, workspace: Workspace, id: string, kind: Kind): Promise<ItemScreen | undefined> {
  const handle = await workspace.document<unknown>(id);
  if (!handle || workspace.entry(id)?.kind !== kind) {
    content.append(element("h1", "not-found-title"), element("p", "not-found-body"));
    return undefined;
  }
  const { heading, form } = itemForm(content, workspace.city);
  const publication = publicationLine(workspace, id);
  form.before(publication.node);
  const { onEdit, row } = sourceRevision();
  return {
    handle,
    form,
    onEdit,
    sourceRow: row,
    follow(bound, also = {}) {
      const publishing = publishControls(workspace, id);
      const history = historyPanel(handle, kind);
      content.append(publishing.node, history.node);
      const refresh = () => {
        showTitle(heading, titleOf(handle, kind));
        also.refresh?.();
        for (const field of bound) field.refresh();
      };
      handle.on("change", refresh);
      refresh();
      return () => {
        handle.off("change", refresh);
        also.stop?.();
        publication.stop();
        publishing.stop();
        history.stop();
      };
    },
  };
}

/** A service's name, an article's or event's title; "" while the document is still arriving. */
function titleOf(handle: DocHandle<unknown>, kind: Kind): string {
  try {
    const model = readModel<{ name?: string; title?: string }>(handle.doc());
    return (kind === "service" ? model.name : model.title) ?? "";
  } catch {
    return ""; // a document still arriving
  }
}

/** The form's heading: the item's title, or "(no title yet)" while it has none. */
function showTitle(heading: HTMLElement, title: string): void {
  heading.textContent = title;
  if (!title) setMessage(heading, "editor-untitled");
  else delete heading.dataset.l10nId;
}

/**
 * The frame of an item's form: a way back to the list, the heading (the item's
 * title, filled in by the page) and the form, which is never submitted (every field
 * saves as it changes).
 */
function itemForm(content: HTMLElement, city: string): { heading: HTMLElement; form: HTMLFormElement } {
  const back = element("p");
  back.append(element("a", "editor-back", { href: `/edit/${encodeURIComponent(city)}` }));
  const heading = element("h1", undefined, { dir: "auto" });
  const form = element("form", undefined, { class: "editor-form" });
  form.addEventListener("submit", (submitted) => submitted.preventDefault());
  content.append(back, heading, form);
  return { heading, form };
}

/**
 * "Small correction": an edit of the source text outdates its translations (the
 * item's `source_revision` goes up once per visit of the form) unless the editor
 * ticks this. `onEdit` goes to the text fields; `row` is the switch, to place after them.
 */
function sourceRevision(): { onEdit: (doc: Model) => void; row: HTMLElement } {
  const minor = element("input", undefined, { type: "checkbox", id: uid("minor") });
  const row = element("div", undefined, { class: "check" });
  row.append(minor, element("label", "editor-minor-edit", { for: minor.id }));
  let bumped = false;
  const onEdit = (doc: Model) => {
    if (bumped || minor.checked) return;
    bumped = true;
    doc.source_revision = (Number(doc.source_revision) || 0) + 1;
  };
  return { onEdit, row };
}
