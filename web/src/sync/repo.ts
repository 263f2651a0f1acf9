/**
 * The Automerge repo: documents in IndexedDB, synced over a WebSocket to the server's
 * /sync. Only editing pages import this module (dynamically): it pulls in Automerge and
 * its WebAssembly, which readers must never download.
 *
 * The repo uses the session's peer id: the server binds each /sync connection to the
 * peer id of the session whose cookie came with the upgrade, and drops a client that
 * claims another. Each account keeps its documents in its own IndexedDB database, so
 * people sharing a phone don't share local copies. When the session ends or changes,
 * the repo is shut down.
 */
import { initializeWasm, Repo, type PeerId } from "@automerge/automerge-repo/slim";
import { BrowserWebSocketClientAdapter } from "@automerge/automerge-repo-network-websocket";
import wasmUrl from "@automerge/automerge/automerge.wasm?url";
import type { SessionInfo } from "../api";
import { onSessionChange } from "../session";
import { DocumentStorage } from "./document-storage";

/**
 * "connected" once the server has answered our join; "offline" when the last attempt to
 * open the socket failed (the server could not be reached); "connecting" otherwise,
 * while a socket is being opened or has opened but not joined yet.
 *
 * "offline" comes from the socket, not from `navigator.onLine`: a phone on a Wi-Fi
 * without internet, or a browser whose network emulation does not update `onLine`
 * (Chromium 148-150 after a reload), says online while nothing gets through.
 */
export type PeerState = "connected" | "connecting" | "offline";

export interface Sync {
  repo: Repo;
  /** The repo's storage, for writing a city's first download in one go. */
  storage: DocumentStorage;
  peerId: string;
  /** Calls `listener` now and on every change of the connection; returns the unsubscribe. */
  watch(listener: (state: PeerState) => void): () => void;
  /**
   * Drops the connection and dials again, so every open document is offered to the
   * server anew (after registering documents the server refused until then).
   */
  restart(): void;
}

let opening: { peerId: string; sync: Promise<Sync> } | undefined;
const RESTART_DELAY_MS = 300;

/** The repo of this page for `session`, created on first use (and again for another session). */
export function openSync(session: SessionInfo): Promise<Sync> {
  if (opening && opening.peerId !== session.peerId) closeSync();
  if (!opening) {
    const attempt = {
      peerId: session.peerId,
      sync: create(session).catch((error: unknown) => {
        if (opening === attempt) opening = undefined; // let a later call try again
        throw error;
      }),
    };
    opening = attempt;
  }
  return opening.sync;
}

/** Shuts the repo down (signed out, or another account signed in). */
export function closeSync(): void {
  const closing = opening;
  opening = undefined;
  closing?.sync.then((sync) => sync.repo.shutdown()).catch(() => undefined);
}

onSessionChange(({ session }) => {
  if (opening && opening.peerId !== session?.peerId) closeSync();
});

/**
 * The stock adapter retries from timers it does not clear when disconnected, so a repo
 * that was shut down (say, after its session was revoked) would keep dialling /sync.
 * Once disconnected, this one stays so.
 *
 * It also tells whether the server can be reached: a socket that closes without ever
 * opening failed to reach it; one that opens did.
 */
class SessionWebSocketAdapter extends BrowserWebSocketClientAdapter {
  #closed = false;
  #opened = false;
  /** Whether the latest socket closed before it opened. */
  unreachable = false;

  constructor(
    url: string,
    private readonly onReachabilityChange: () => void,
  ) {
    super(url);
    // The stock handlers are instance fields, bound when `connect` adds them.
    const open = this.onOpen;
    const close = this.onClose;
    this.onOpen = () => {
      this.#opened = true;
      this.#setUnreachable(false);
      open();
    };
    this.onClose = () => {
      if (!this.#opened) this.#setUnreachable(true);
      close();
    };
  }

  override connect(...args: Parameters<BrowserWebSocketClientAdapter["connect"]>): void {
    if (this.#closed) return;
    this.#opened = false;
    super.connect(...args);
  }

  #setUnreachable(unreachable: boolean): void {
    if (this.unreachable === unreachable) return;
    this.unreachable = unreachable;
    this.onReachabilityChange();
  }

  override disconnect(): void {
    this.#closed = true;
    try {
      super.disconnect();
    } catch {
      // never connected: nothing to close
    }
  }
}

async function create(session: SessionInfo): Promise<Sync> {
  await initializeWasm(wasmUrl);
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  const url = `${scheme}//${location.host}/sync`;
  // This adapter talks to one server; track its peer ourselves (the repo's own list is
  // updated asynchronously, after these events).
  const peers = new Set<string>();
  let state: PeerState = "connecting";
  const listeners = new Set<(state: PeerState) => void>();
  const update = () => {
    const next: PeerState = peers.size > 0 ? "connected" : adapter.unreachable ? "offline" : "connecting";
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener(state);
  };
  let adapter = new SessionWebSocketAdapter(url, update);
  const storage = new DocumentStorage(`hospes-${String(session.account.id)}`);
  const repo = new Repo({ peerId: session.peerId as PeerId, network: [adapter], storage });

  repo.networkSubsystem.on("peer", ({ peerId }) => {
    peers.add(peerId);
    update();
  });
  repo.networkSubsystem.on("peer-disconnected", ({ peerId }) => {
    peers.delete(peerId);
    update();
  });

  return {
    repo,
    storage,
    peerId: session.peerId,
    watch(listener) {
      listeners.add(listener);
      listener(state);
      return () => listeners.delete(listener);
    },
    restart() {
      repo.networkSubsystem.removeNetworkAdapter(adapter);
      // Give the server a moment to see the old connection go: both carry this
      // session's peer id (the server keeps only the newest anyway).
      adapter = new SessionWebSocketAdapter(url, update);
      update();
      const next = adapter;
      setTimeout(() => {
        if (adapter === next) repo.networkSubsystem.addNetworkAdapter(next);
      }, RESTART_DELAY_MS);
    },
  };
}
