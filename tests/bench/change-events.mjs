// Another editor changes COUNT events of the bench city on the server, for the
// "later opening" part of tests/bench/editor-first-sync.mjs: signs in, renames
// the first COUNT events of the city's list (appending a marker to each title),
// waits until the server's sync messages name the new heads of every one (hospes
// sends those only once the change is on disk), and prints the new titles as
// one JSON line: {"titles": [...]}.
//
// Usage (with the session cookie on the WebSocket upgrade):
//   node --import ../js/with-session.mjs change-events.mjs --http URL --sync WS_URL
//     --city bench --user NAME --passphrase-file FILE --count 10 --marker TEXT
import { encodeHeads, updateText } from "@automerge/automerge-repo";
import { clientRepo, parseArgs, signIn } from "./client-common.mjs";

const args = parseArgs(process.argv.slice(2));
const count = Number(args.count ?? 10);
setTimeout(() => {
  console.error("change-events: timed out");
  process.exit(1);
}, 120_000).unref();

const session = await signIn(args.http, args.user, args["passphrase-file"]);
const list = await (await fetch(`${args.http}/api/v1/cities/${args.city}/documents`, { headers: { authorization: `Bearer ${session.token}` } })).json();
const events = list.filter((entry) => entry.kind === "event").slice(0, count);
if (events.length < count) throw new Error(`the city has ${events.length} events, fewer than ${count}`);

const repo = clientRepo(args.sync, session.peerId);
const serverHeads = new Map();
repo.synchronizer.on("sync-state", ({ documentId, syncState }) => {
  if (syncState.theirHeads) serverHeads.set(documentId, [...encodeHeads(syncState.theirHeads)].sort().join(","));
});
await new Promise((resolve) => repo.networkSubsystem.once("peer", resolve));

const titles = [];
const handles = [];
for (const entry of events) {
  const handle = await repo.find(`automerge:${entry.documentId}`);
  const title = `${String(handle.doc().title)} ${args.marker}`;
  handle.change((doc) => updateText(doc, ["title"], title));
  titles.push(title);
  handles.push(handle);
}
const stored = (handle) => serverHeads.get(handle.documentId) === [...handle.heads()].sort().join(",");
while (!handles.every(stored)) await new Promise((resolve) => setTimeout(resolve, 20));
console.log(JSON.stringify({ titles }));
await repo.shutdown();
process.exit(0);
