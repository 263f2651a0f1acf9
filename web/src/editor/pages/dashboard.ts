/**
 * `/edit/<city>`: the editor's city on this device: how much of it has arrived
 * ("127 of 480"), the events and services to edit (with a filter), and the quick
 * "new event" form for the field.
 */
import { element, setMessage } from "../../page";
import type { Event, Service } from "../../content/model";
import { readModel } from "../documents";
import { editorPage } from "../editor-page";
import type { Workspace } from "../workspace";

export const dashboardPage = editorPage((content, workspace) => {
  const heading = element("h1", "editor-title");
  const progressLabel = element("label", undefined, { for: "editor-progress" });
  const progress = element("progress", undefined, { id: "editor-progress" });
  const progressRow = element("p", undefined, { class: "progress" });
  progressRow.append(progressLabel, progress);
  const quick = element("p", undefined, { class: "actions" });
  quick.append(
    element("a", "editor-new-event", { href: `/edit/${encodeURIComponent(workspace.city)}/events/new`, class: "button-link" }),
    element("a", "editor-translate-link", { href: `/edit/${encodeURIComponent(workspace.city)}/translate` }),
  );
  const filterId = "editor-filter";
  const filterRow = element("p", undefined, { class: "field" });
  const filter = element("input", undefined, { id: filterId, type: "search" });
  filterRow.append(element("label", "editor-filter", { for: filterId }), filter);
  const events = element("ul", undefined, { class: "item-list", id: "editor-events" });
  const services = element("ul", undefined, { class: "item-list", id: "editor-services" });
  content.append(
    heading,
    progressRow,
    quick,
    filterRow,
    element("h2", "editor-events"),
    events,
    element("h2", "editor-services"),
    services,
  );
  setMessage(heading, "editor-title", { city: workspace.city });

  const draw = () => {
    const { loaded, total } = workspace.progress;
    progress.max = Math.max(total, 1);
    progress.value = loaded;
    setMessage(progressLabel, "editor-progress", { loaded, total });
    progressRow.hidden = total > 0 && loaded >= total;
    const needle = filter.value.trim().toLocaleLowerCase();
    drawList(events, workspace, "event", needle, (event: Event) => [event.title, event.start.replace("T", " ")]);
    drawList(services, workspace, "service", needle, (service: Service) => [service.name, service.organization]);
  };
  // Documents arrive by the hundred on a first sync: redraw at most a few times a second.
  let scheduled: number | undefined;
  const soon = () => {
    scheduled ??= window.setTimeout(() => {
      scheduled = undefined;
      draw();
    }, 200);
  };
  filter.addEventListener("input", draw);
  const stop = workspace.watch(soon);
  draw();
  return () => {
    stop();
    window.clearTimeout(scheduled);
  };
});

function drawList<T>(
  list: HTMLElement,
  workspace: Workspace,
  kind: "event" | "service",
  needle: string,
  describe: (item: T) => [string, string],
): void {
  const rows: [string, string, string][] = [];
  for (const entry of workspace.ofKind(kind)) {
    const doc = workspace.handle<unknown>(entry.documentId)?.doc();
    if (!doc) continue;
    let title = "";
    let detail = "";
    try {
      [title, detail] = describe(readModel<T>(doc));
    } catch {
      continue; // a document still arriving
    }
    if (needle && !`${title} ${detail}`.toLocaleLowerCase().includes(needle)) continue;
    rows.push([entry.documentId, title, detail]);
  }
  rows.sort((a, b) => (kind === "event" ? b[2].localeCompare(a[2]) : a[1].localeCompare(b[1])));
  const items = rows.map(([id, title, detail]) => {
    const li = element("li");
    const a = element("a", undefined, { href: `/edit/${encodeURIComponent(workspace.city)}/${kind}s/${encodeURIComponent(id)}` });
    a.textContent = title || "—";
    a.dir = "auto";
    const p = element("p", undefined, { class: "muted", dir: "auto" });
    p.textContent = detail;
    li.append(a, p);
    return li;
  });
  list.replaceChildren(...items);
}
