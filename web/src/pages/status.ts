/**
 * `/status`: the state of the sync connection.
 *
 * This page is the only one that loads the Automerge repo, through a dynamic import: the
 * shell and the reader never download Automerge or its WebAssembly.
 */
import { localize } from "../i18n";
import { element, type Page } from "../page";
import type { PeerState } from "../sync/repo";

type ConnectionState = PeerState | "offline";

export const statusPage: Page = {
  titleId: "status-title",
  render(main) {
    const output = element("output", undefined, { id: "connection-state" });
    const label = element("label", "status-connection-label", { for: output.id });
    const hint = element("p", "status-offline-hint", { class: "hint" });
    const row = element("p", undefined, { class: "connection" });
    row.append(label, " ", output);
    main.append(element("h1", "status-title"), row, hint);

    // "unavailable": the sync module could not be loaded (offline, and not cached yet).
    let sync: PeerState | "loading" | "unavailable" = "loading";
    let stopWatching: (() => void) | undefined;
    let left = false;

    const show = () => {
      const state: ConnectionState =
        !navigator.onLine || sync === "unavailable" ? "offline" : sync === "loading" ? "connecting" : sync;
      output.dataset.state = state;
      output.dataset.l10nId = `status-${state}`;
      localize(output);
      hint.hidden = state !== "offline";
    };

    const load = async () => {
      sync = "loading";
      show();
      try {
        const { openSync } = await import("../sync/repo");
        const connection = await openSync();
        if (left) return;
        stopWatching = connection.watch((state) => {
          sync = state;
          show();
        });
      } catch (error) {
        console.warn("sync unavailable:", error);
        sync = "unavailable";
        show();
      }
    };

    const online = () => (sync === "unavailable" ? void load() : show());
    window.addEventListener("online", online);
    window.addEventListener("offline", show);
    void load();

    return () => {
      left = true;
      stopWatching?.();
      window.removeEventListener("online", online);
      window.removeEventListener("offline", show);
    };
  },
};
