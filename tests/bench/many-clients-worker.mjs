// One process of many editors for tests/bench/many-clients.mjs, which forks
// it (with `--import ../js/with-session.mjs`) and talks to it over IPC.
//
// Each client is its own automerge-repo `Repo` (no storage) with its own
// WebSocket to /sync, carrying its own session's cookie (per URL, see
// ../js/ws-with-cookie.mjs) and bound to that session's peer id, as a
// signed-in browser is. A client opens the documents it is given and
// listens for changes to them.
//
// Messages from the coordinator:
//   {type: "start", sync, clients: [{index, token, peerId, docs: [url]}], concurrency}
//       -> {type: "ready", clients, handles, ms} once every client is
//          connected and has every document; {type: "failed", error}
//   {type: "edit", edit, client, doc}
//       the client appends " [e<edit>]" to the document's description and
//       answers {type: "sent", edit, at} (at: this machine's clock, ms)
//   {type: "count"} -> {type: "count", arrivals}
//   {type: "report"} -> {type: "report", arrivals: [[edit, client, at, frameAt]],
//       sentFrames: [[edit, at]], cpu, loop}
//       then shuts the repos down and exits.
//
// An arrival is the moment a client's handle emits "change" with a patch
// whose inserted text carries an edit's marker: the change is in the
// client's document, as the editing app would show it.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { splice } from "@automerge/automerge-repo";
import { cookieFor } from "../js/ws-with-cookie.mjs";
import { clientRepo, eachLimited } from "./client-common.mjs";

const now = () => performance.timeOrigin + performance.now();
const MARKER = /\[e(\d+)\]/g;

const repos = [];
const handles = new Map(); // `${client} ${doc}` -> handle
const arrivals = [];
const loop = monitorEventLoopDelay({ resolution: 5 });
let cpuAtReady;
let readyAt;

function send(message) {
  process.send(message);
}

// When each client last received a frame from the server, and when a
// writer's frame carrying its edit left: they split an edit's time into the
// writer's, the server's (with the loopback) and the receiver's.
const lastFrame = new Map(); // client -> time
const editing = new Map(); // `${client} ${documentId}` -> edit
const sentFrames = []; // [edit, time]

function listen(client, handle) {
  handle.on("change", ({ patches }) => {
    const at = now();
    for (const patch of patches) {
      if (patch.action !== "splice" || typeof patch.value !== "string") continue;
      for (const match of patch.value.matchAll(MARKER)) arrivals.push([Number(match[1]), client, at, lastFrame.get(client)]);
    }
  });
}

function timeFrames(client, adapter) {
  const receive = adapter.receiveMessage.bind(adapter);
  adapter.receiveMessage = data => {
    lastFrame.set(client, now());
    receive(data);
  };
  const sendMessage = adapter.send.bind(adapter);
  adapter.send = message => {
    const key = `${client} ${message.documentId}`;
    if (message.type === "sync" && editing.has(key)) {
      sentFrames.push([editing.get(key), now()]);
      editing.delete(key);
    }
    sendMessage(message);
  };
}

async function connect(sync, client) {
  const url = `${sync}?client=${client.index}`;
  cookieFor.set(url, `hospes_session=${client.token}`);
  const repo = clientRepo(url, client.peerId);
  repos.push(repo);
  timeFrames(client.index, repo.networkSubsystem.adapters[0]);
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`client ${client.index}: no connection in 60 s`)), 60_000);
    repo.networkSubsystem.once("peer", () => {
      clearTimeout(timer);
      resolve();
    });
  });
  await Promise.all(
    client.docs.map(async doc => {
      const handle = await repo.find(doc);
      if (typeof handle.doc()?.description !== "string") throw new Error(`${doc} has no description text`);
      handles.set(`${client.index} ${doc}`, handle);
      listen(client.index, handle);
    }),
  );
}

async function start({ sync, clients, concurrency }) {
  const started = performance.now();
  await eachLimited(clients, concurrency, client => connect(sync, client));
  cpuAtReady = process.cpuUsage();
  readyAt = performance.now();
  loop.enable();
  send({ type: "ready", clients: clients.length, handles: handles.size, ms: performance.now() - started });
}

function edit({ edit, client, doc }) {
  const handle = handles.get(`${client} ${doc}`);
  editing.set(`${client} ${handle.documentId}`, edit);
  const at = now();
  handle.change(d => splice(d, ["description"], d.description.length, 0, ` [e${edit}]`));
  send({ type: "sent", edit, at });
}

async function report() {
  loop.disable();
  const cpu = process.cpuUsage(cpuAtReady);
  send({
    type: "report",
    arrivals,
    sentFrames,
    cpu: { seconds: (cpu.user + cpu.system) / 1e6, wallSeconds: (performance.now() - readyAt) / 1000 },
    loop: { p50: loop.percentile(50) / 1e6, p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 },
    rssMb: process.memoryUsage().rss / 1e6,
  });
  await Promise.all(repos.map(repo => repo.shutdown().catch(() => {})));
  process.exit(0);
}

process.on("message", message => {
  switch (message.type) {
    case "start":
      start(message).catch(error => {
        send({ type: "failed", error: String(error?.stack ?? error) });
      });
      break;
    case "edit":
      edit(message);
      break;
    case "count":
      send({ type: "count", arrivals: arrivals.length });
      break;
    case "report":
      report();
      break;
  }
});
process.on("disconnect", () => process.exit(1));
