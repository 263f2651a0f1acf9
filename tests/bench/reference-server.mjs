// The reference sync server for tests/bench/sync-benchmark.sh: a plain
// automerge-repo Repo in Node, as automerge-repo's own sync server is built
// (a WebSocket server adapter on `ws`, the Node filesystem storage adapter),
// with a share policy that announces nothing, like a sync server.
//
// Usage: node reference-server.mjs DATA_DIR PORT
// Prints "listening on ws://127.0.0.1:PORT" once it accepts connections.
// SIGTERM or SIGINT: shuts the repo down (pending saves are written), exits 0.
import { WebSocketServer } from "ws";
import { Repo } from "@automerge/automerge-repo";
import { NodeWSServerAdapter } from "@automerge/automerge-repo-network-websocket";
import { NodeFSStorageAdapter } from "@automerge/automerge-repo-storage-nodefs";

const [dataDir, port] = process.argv.slice(2);
if (!dataDir || !port) {
  console.error("usage: node reference-server.mjs DATA_DIR PORT");
  process.exit(2);
}

const socket = new WebSocketServer({ host: "127.0.0.1", port: Number(port) });
const repo = new Repo({
  peerId: "reference-sync-server",
  network: [new NodeWSServerAdapter(socket)],
  storage: new NodeFSStorageAdapter(dataDir),
  sharePolicy: async () => false,
});

socket.on("listening", () => console.log(`listening on ws://127.0.0.1:${port}`));

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await repo.shutdown();
  socket.close();
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
