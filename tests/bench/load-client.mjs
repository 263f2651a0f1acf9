// One client of the sync benchmark (tests/bench/sync-benchmark.sh).
//
// Creates --docs documents (for hospes each is registered right after
// `repo.create()`, as the editing app does), waits until the server has
// them, then changes every document --changes times, one round at a time,
// waiting after each round until the server has every change. "The server
// has it" means the server's last sync message for the document names the
// client's current heads (hospes sends that only once the change is on
// disk). Writes the documents' URLs to --manifest, one per line.
//
// Usage (hospes: with `--import ../js/with-session.mjs`, which puts the
// session cookie on the WebSocket upgrade):
//   node [--import ../js/with-session.mjs] load-client.mjs --kind hospes|reference
//     --sync ws://... --http http://... --client N --docs N --changes N
//     --manifest FILE [--user NAME --passphrase-file FILE] [--timeout SECONDS]
import { writeFileSync } from "node:fs";
import { encodeHeads, splice } from "@automerge/automerge-repo";
import { clientRepo, eachLimited, parseArgs, signIn } from "./client-common.mjs";

const args = parseArgs(process.argv.slice(2));
const hospes = args.kind === "hospes";
const docCount = Number(args.docs);
const changes = Number(args.changes);
const client = args.client;

let waitingFor = "the connection";
setTimeout(() => {
  console.error(`client ${client}: timed out waiting for ${waitingFor}`);
  process.exit(1);
}, Number(args.timeout ?? 150) * 1000).unref();

const session = hospes ? await signIn(args.http, args.user, args["passphrase-file"]) : undefined;
const repo = clientRepo(args.sync, session?.peerId);

// The heads the server last said it has, per document.
const serverHeads = new Map();
repo.synchronizer.on("sync-state", ({ documentId, syncState }) => {
  if (syncState.theirHeads) {
    serverHeads.set(documentId, [...encodeHeads(syncState.theirHeads)].sort().join(","));
  }
});

await new Promise(resolve => repo.networkSubsystem.once("peer", resolve));

function acknowledged(handle) {
  return serverHeads.get(handle.documentId) === [...handle.heads()].sort().join(",");
}

async function untilServerHasAll(handles, what) {
  for (;;) {
    const missing = handles.filter(handle => !acknowledged(handle)).length;
    waitingFor = `${what}: ${missing} of ${handles.length} documents`;
    if (missing === 0) return;
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}

async function register(handle) {
  const response = await fetch(`${args.http}/api/v1/documents`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${session.token}` },
    body: JSON.stringify({ documentId: handle.url, kind: "service", city: args.city ?? "bench" }),
  });
  if (response.status !== 201) {
    throw new Error(`registering ${handle.url}: HTTP ${response.status} ${await response.text()}`);
  }
}

const timings = [];
let started = performance.now();
const handles = [];
await eachLimited([...Array(docCount).keys()], 8, async index => {
  const handle = repo.create({ title: `service ${client}-${index}`, round: 0, notes: "Opening hours:" });
  handles.push(handle);
  if (hospes) await register(handle);
});
await untilServerHasAll(handles, "creation");
timings.push(performance.now() - started);

for (let round = 1; round <= changes; round += 1) {
  started = performance.now();
  handles.forEach((handle, index) => {
    handle.change(doc => {
      doc.round = round;
      doc.title = `service ${client}-${index} v${round}`;
      splice(doc, ["notes"], doc.notes.length, 0, ` edit ${round}.`);
    });
  });
  await untilServerHasAll(handles, `round ${round}`);
  timings.push(performance.now() - started);
}

writeFileSync(args.manifest, handles.map(handle => handle.url).join("\n") + "\n");
console.log(`client ${client}: ${handles.length} documents, rounds (ms): ${timings.map(t => t.toFixed(0)).join(" ")}`);
await repo.shutdown();
process.exit(0);
