/**
 * The frame of the editing screens (`/edit/<city>/...`): the signed-in session (the
 * device's copy when offline), the city's workspace, the sync status line, and the
 * page drawn inside once the workspace is open. Only this side loads Automerge.
 */
import { localize } from "../i18n";
import { signInPath } from "../navigate";
import { element, fill, linkParagraph, type Page } from "../page";
import { currentSession, refreshSession } from "../session";
import { syncStatus } from "./widgets/sync-status";
import { workspaceFor, type Workspace } from "./workspace";

type Leave = (() => void) | void;
type Draw = (content: HTMLElement, workspace: Workspace, rest: readonly string[]) => Leave | Promise<Leave>;

/**
 * The editing screens' code, fetched once an editor is here: the service worker keeps
 * what was fetched, so a volunteer can open the "new event" form offline later.
 */
function prefetchEditorPages(): void {
  void Promise.all([
    import("./pages/dashboard"),
    import("./pages/event-form"),
    import("./pages/new-service"),
    import("./pages/quick-event"),
    import("./pages/service-form"),
    import("./pages/translate"),
    import("./pages/article-form"),
    import("./pages/city-settings"),
    import("./pages/archive"),
    import("./pages/archive-entry"),
  ]).catch(() => undefined);
}

export function editorPage(draw: Draw): Page {
  return {
    render(main, [city = "", ...rest]) {
      let left = false;
      const stops: (() => void)[] = [];
      fill(main, element("p", "reader-loading", { class: "loading" }));
      void (async () => {
        // Offline, the device's copy of the session lets the editor work on.
        let session = currentSession().session;
        if (!session) session = (await refreshSession().catch(() => currentSession())).session;
        if (left) return;
        if (!session) {
          fill(main, element("h1", "editor-title"), element("p", "editor-signed-out"), linkParagraph("nav-sign-in", signInPath()));
          return;
        }
        const workspace = await workspaceFor(session, city);
        if (left) return;
        prefetchEditorPages();
        const status = syncStatus(workspace);
        stops.push(status.stop);
        const content = element("div", undefined, { class: "editor-content" });
        fill(main, status.node, content);
        const leave = await draw(content, workspace, rest);
        localize(content);
        if (!leave) return;
        if (left) leave();
        else stops.push(leave);
      })().catch((error: unknown) => {
        console.warn("editor unavailable:", error);
        if (!left) fill(main, element("p", "error-page-not-loaded", { role: "alert" }));
      });
      return () => {
        left = true;
        for (const stop of stops) stop();
      };
    },
  };
}
