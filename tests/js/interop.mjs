// The JavaScript half of the interop test (tests/tests/interop.rs).
//
// An @automerge/automerge-repo client creates a document through the hospes
// server and prints its automerge: URL; the Rust half (a samod client) finds
// it through the server and edits it; this client must then see that edit.
//
// Usage: HOSPES_COOKIE=hospes_session=... HOSPES_PEER_ID=session-...
//        node --import ./with-session.mjs interop.mjs ws://127.0.0.1:PORT/sync
import { Repo } from "@automerge/automerge-repo";
import { WebSocketClientAdapter } from "@automerge/automerge-repo-network-websocket";

const [syncUrl] = process.argv.slice(2);
if (!syncUrl) {
  console.error("usage: node interop.mjs ws://host:port/sync");
  process.exit(2);
}

const giveUp = setTimeout(() => {
  console.error("timed out waiting for the samod client's edit");
  process.exit(1);
}, 45_000);

// The server binds the connection to the session's peer id.
const repo = new Repo({
  peerId: process.env.HOSPES_PEER_ID,
  network: [new WebSocketClientAdapter(syncUrl)],
});
const handle = repo.create({ title: "created by automerge-repo (JS)" });

handle.on("change", ({ doc }) => {
  if (doc.editedBy) {
    console.log(`saw-edit: ${doc.editedBy}`);
    clearTimeout(giveUp);
    repo.shutdown().finally(() => process.exit(0));
  }
});

console.log(`url: ${handle.url}`);
