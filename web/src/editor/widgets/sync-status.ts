/**
 * The line every editing screen shows and none waits for: "Saved on this device,
 * 3 changes waiting to be sent" / "3 changes sent. Synced just now" / "Your session
 * has ended: sign in again, nothing you changed is lost". A change here is one
 * document (an event, a service) edited on this device and not yet confirmed by the
 * server, however many keystrokes it took.
 */
import { currentLocale } from "../../i18n";
import { signInPath } from "../../navigate";
import { element, setMessage } from "../../page";
import { currentSession, onSessionChange } from "../../session";
import type { Workspace } from "../workspace";

export function syncStatus(workspace: Workspace): { node: HTMLElement; stop: () => void } {
  const node = element("div", undefined, { class: "sync-status" });
  const line = element("p", undefined, { role: "status" });
  const signIn = element("a", "editor-sync-sign-in", { href: signInPath() });
  const signInLine = element("p");
  signInLine.append(signIn);
  node.append(line, signInLine);

  const draw = () => {
    const summary = workspace.summary();
    // A document made here and not registered yet is among those waiting.
    const waiting = summary.waiting;
    const signedOut = currentSession().confirmed && !currentSession().session;
    node.dataset.state = signedOut ? "signed-out" : summary.connection === "connected" && waiting === 0 ? "synced" : "waiting";
    signInLine.hidden = !signedOut;
    if (signedOut) setMessage(line, "editor-sync-signed-out", { count: waiting });
    else if (summary.connection !== "connected") setMessage(line, "editor-sync-offline", { count: waiting });
    else if (waiting > 0) setMessage(line, "editor-sync-sending", { count: waiting });
    else if (summary.sent > 0) setMessage(line, "editor-sync-sent", { count: summary.sent, ago: ago(summary.syncedAt) });
    else setMessage(line, "editor-sync-synced", { ago: ago(summary.syncedAt) });
  };
  const stopWorkspace = workspace.watch(draw);
  const stopSession = onSessionChange(draw);
  // "just now" becomes "a minute ago" without any change.
  const timer = window.setInterval(draw, 30_000);
  draw();
  return {
    node,
    stop: () => {
      stopWorkspace();
      stopSession();
      window.clearInterval(timer);
    },
  };
}

function ago(time: number | null): string {
  const format = new Intl.RelativeTimeFormat(currentLocale().code, { numeric: "auto" });
  const seconds = time ? Math.round((time - Date.now()) / 1000) : 0;
  if (Math.abs(seconds) < 60) return format.format(0, "second");
  if (Math.abs(seconds) < 3600) return format.format(Math.round(seconds / 60), "minute");
  return format.format(Math.round(seconds / 3600), "hour");
}
