/**
 * A group's entries as a list: title, theme, how many voices, and whether readers
 * see it. Drawn on the archive's page and on the dashboard of a member's city.
 */
import { api } from "../../api";
import { localize } from "../../i18n";
import type { ArchiveEntry } from "../../content/generated/model";
import { element, setMessage } from "../../page";
import type { Workspace } from "../workspace";
import { entriesOf, read } from "./archive-docs";

/** Whether each entry is published, as the server last said (asked once per entry and page). */
const published = new Map<string, boolean>();

export function entryList(workspace: Workspace, group: string): { node: HTMLElement; refresh: () => void } {
  const node = element("ul", undefined, { class: "item-list archive-entries" });
  const empty = element("p", "archive-no-entries", { class: "muted" });
  const wrapper = element("div");
  wrapper.append(node, empty);
  const asked = new Set<string>();

  const refresh = () => {
    const rows: HTMLElement[] = [];
    for (const listed of entriesOf(workspace, group)) {
      const id = listed.documentId;
      const handle = workspace.handle<unknown>(id);
      if (!handle) {
        // The archive's documents are opened when shown: open it, and draw again then.
        if (!asked.has(id)) {
          asked.add(id);
          void workspace.document(id).then(refresh);
        }
        continue;
      }
      const entry = read<ArchiveEntry>(handle);
      if (!entry) continue;
      if (!published.has(id) && !asked.has(`published:${id}`)) {
        asked.add(`published:${id}`);
        void api.publication(id).then(
          (p) => {
            published.set(id, p.published);
            refresh();
          },
          () => asked.delete(`published:${id}`), // offline, or not registered yet
        );
      }
      const li = element("li");
      const a = element("a", undefined, { href: `/archive/${encodeURIComponent(workspace.city)}/${encodeURIComponent(group)}/${encodeURIComponent(id)}`, dir: "auto" });
      a.textContent = entry.title || "—";
      const detail = element("p", undefined, { class: "muted" });
      const theme = element("span", `archive-theme-${entry.theme}`);
      const voices = element("span");
      setMessage(voices, "archive-voice-count", { count: entry.voices.length });
      detail.append(theme, " · ", voices);
      if (published.has(id)) {
        const state = element("span", published.get(id) ? "archive-state-published" : "archive-state-unpublished");
        detail.append(" · ", state);
      }
      li.append(a, detail);
      rows.push(li);
    }
    node.replaceChildren(...rows);
    localize(node);
    node.hidden = rows.length === 0;
    empty.hidden = rows.length > 0;
  };
  refresh();
  return { node: wrapper, refresh };
}

/** Tells the lists that an entry was published or unpublished here. */
export function notePublished(id: string, isPublished: boolean): void {
  published.set(id, isPublished);
}
