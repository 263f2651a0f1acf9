/**
 * `/status`: the state of the sync connection.
 *
 * Only signed-in editors sync: the page asks who is signed in, and only then loads the
 * Automerge repo (a dynamic import) with the session's peer id. A reader never
 * downloads Automerge or its WebAssembly, here or anywhere. Offline, an editor's last
 * known session (kept on the device) is used, so local editing still works. Under the
 * connection: how many changes made on this device wait for the server (the editing
 * screens' record, `WaitingChanges`, read without loading Automerge).
 */
import { localize } from "../i18n";
import { signInPath } from "../navigate";
import { element, linkParagraph, setMessage, type Page } from "../page";
import { currentSession, onSessionChange, refreshSession, type SessionState } from "../session";
import type { PeerState, Sync } from "../sync/repo";
import { waitingForAccount } from "../editor/waiting-changes";

type ConnectionState = PeerState | "offline" | "signed-out";

/** While not connected, ask this often whether the session is still valid (it may be revoked). */
const SESSION_CHECK_MS = 10_000;

export const statusPage: Page = {
  titleId: "status-title",
  render(main) {
    const output = element("output", undefined, { id: "connection-state" });
    const label = element("label", "status-connection-label", { for: output.id });
    const hint = element("p", "status-offline-hint", { class: "hint" });
    const signedOut = element("div");
    signedOut.append(element("p", "status-signed-out-hint", { class: "hint" }), linkParagraph("status-sign-in", signInPath("/status")));
    const row = element("p", undefined, { class: "connection" });
    row.append(label, " ", output);
    const waiting = element("p", undefined, { id: "waiting-changes", role: "status" });
    main.append(element("h1", "status-title"), row, waiting, hint, signedOut);

    // "checking": asking the server who is signed in; "unavailable": the sync module could
    // not be loaded (offline, and not cached yet).
    let sync: PeerState | "checking" | "loading" | "unavailable" | "signed-out" = "checking";
    let stopWatching: (() => void) | undefined;
    let peerId: string | undefined;
    let left = false;
    // The last session check could not reach the server: offline, even while a socket
    // still tries (a Wi-Fi without internet leaves it hanging, which looked like "Connecting…").
    let unreachable = false;

    const show = () => {
      const state: ConnectionState =
        sync === "signed-out"
          ? "signed-out"
          : !navigator.onLine || sync === "unavailable" || (unreachable && sync !== "connected")
            ? "offline"
            : sync === "loading" || sync === "checking"
              ? "connecting"
              : sync;
      output.dataset.state = state;
      output.dataset.l10nId = `status-${state}`;
      localize(output);
      hint.hidden = state !== "offline";
      signedOut.hidden = state !== "signed-out";
      const account = currentSession().session?.account.id;
      waiting.hidden = account === undefined;
      if (account !== undefined) setMessage(waiting, "status-waiting", { count: waitingForAccount(account) });
    };

    const stop = () => {
      stopWatching?.();
      stopWatching = undefined;
      peerId = undefined;
    };

    const load = async (state: SessionState) => {
      const session = state.session;
      if (!session) {
        stop();
        // Offline with no known session: we can't tell; say offline, not "signed out".
        sync = state.confirmed ? "signed-out" : "unavailable";
        show();
        return;
      }
      if (peerId === session.peerId && sync !== "unavailable") return;
      stop();
      peerId = session.peerId;
      sync = "loading";
      show();
      try {
        const { openSync } = await import("../sync/repo");
        const connection: Sync = await openSync(session);
        if (left || peerId !== session.peerId) return;
        stopWatching = connection.watch((next) => {
          // A connection that drops may be a session that ended (signed out elsewhere,
          // revoked): ask at once rather than at the next periodic check.
          const dropped = sync === "connected" && next !== "connected";
          sync = next;
          show();
          if (dropped && navigator.onLine) check();
        });
      } catch (error) {
        if (left) return;
        console.warn("sync unavailable:", error);
        sync = "unavailable";
        show();
      }
    };

    const check = () => {
      refreshSession()
        .then((state) => {
          if (left) return;
          unreachable = !state.confirmed;
          show();
          void load(state);
        })
        .catch((error: unknown) => console.warn("session check failed:", error));
    };

    const online = () => (sync === "unavailable" ? check() : show());
    window.addEventListener("online", online);
    window.addEventListener("offline", show);
    // An editing tab sends or records changes meanwhile.
    window.addEventListener("storage", show);
    const stopSession = onSessionChange((state) => void load(state));
    // A revoked or expired session shows as a connection that never comes back (its
    // upgrade is refused, so it looks like a server out of reach). And the "online" event
    // is not to be relied on (a Wi-Fi without internet, Chromium's network emulation):
    // while out of reach, keep asking.
    const timer = setInterval(() => {
      const unsettled = sync === "connecting" || sync === "offline" || sync === "unavailable";
      if (unsettled && navigator.onLine) check();
    }, SESSION_CHECK_MS);

    show();
    // The device's copy first (works offline), then what the server says.
    if (currentSession().session) void load(currentSession());
    check();

    return () => {
      left = true;
      stop();
      stopSession();
      clearInterval(timer);
      window.removeEventListener("online", online);
      window.removeEventListener("offline", show);
      window.removeEventListener("storage", show);
    };
  },
};
