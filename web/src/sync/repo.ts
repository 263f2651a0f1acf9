/**
 * The Automerge repo: documents in IndexedDB, synced over a WebSocket to the server's
 * /sync. Only editing pages import this module (dynamically): it pulls in Automerge and
 * its WebAssembly, which readers must never download.
 */
import { initializeWasm, Repo } from "@automerge/automerge-repo/slim";
import { BrowserWebSocketClientAdapter } from "@automerge/automerge-repo-network-websocket";
import { IndexedDBStorageAdapter } from "@automerge/automerge-repo-storage-indexeddb";
import wasmUrl from "@automerge/automerge/automerge.wasm?url";

/** "connected" once the server has answered our join; "connecting" while (re)trying. */
export type PeerState = "connected" | "connecting";

export interface Sync {
  repo: Repo;
  /** Calls `listener` now and on every change of the connection; returns the unsubscribe. */
  watch(listener: (state: PeerState) => void): () => void;
}

let opening: Promise<Sync> | undefined;

/** The one repo of this page, created on first use. */
export function openSync(): Promise<Sync> {
  opening ??= create().catch((error: unknown) => {
    opening = undefined; // let a later call try again
    throw error;
  });
  return opening;
}

async function create(): Promise<Sync> {
  await initializeWasm(wasmUrl);
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  const repo = new Repo({
    network: [new BrowserWebSocketClientAdapter(`${scheme}//${location.host}/sync`)],
    storage: new IndexedDBStorageAdapter("hospes"),
  });

  // This adapter talks to one server; track its peer ourselves (the repo's own list is
  // updated asynchronously, after these events).
  const peers = new Set<string>();
  let state: PeerState = "connecting";
  const listeners = new Set<(state: PeerState) => void>();
  const update = () => {
    const next: PeerState = peers.size > 0 ? "connected" : "connecting";
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener(state);
  };
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
    watch(listener) {
      listeners.add(listener);
      listener(state);
      return () => listeners.delete(listener);
    },
  };
}
