// Many live editors (docs/PERFORMANCE.md, "Many live editors: 1,000
// clients"): CLIENTS signed-in automerge-repo clients, spread over PROCS
// worker processes (many-clients-worker.mjs), hold DOCS shared documents
// open (HOLD each); then, EDITS times at RATE per second, one client edits
// one document and every other client holding it notes when the edit
// reached it. The time an edit takes to reach another client is the
// arrival time minus the writer's time just before `handle.change`, on
// this machine's one clock (`performance.timeOrigin + performance.now()`
// in every process).
//
// Usage (tests/bench/many-clients.sh makes the data directory, the accounts
// and the server, and runs this once per run):
//   node many-clients.mjs --http URL --sync URL --city SLUG --name-prefix P
//     --passphrase-file F --clients N --procs N --docs N --hold N --rate N
//     --edits N --server-pid PID --run N [--setup-timeout S] [--drain S] [--editing-file F]
//   node many-clients.mjs summarize RESULTS.jsonl
//
// Sign-in goes through POST /api/v1/login, each client from its own
// loopback address (127.1.x.y; Linux routes all of 127.0.0.0/8 to `lo`),
// as each editor signs in from their own phone; hospes' sign-in limits
// count per client address, so no limit is changed or bypassed.
//
// Prints progress on stderr and, last on stdout, one JSON line with the
// run's numbers. Fails only when it cannot measure.
import { fork } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import { fileURLToPath } from "node:url";
import { parseArgs } from "./client-common.mjs";

const BENCH = fileURLToPath(new URL(".", import.meta.url));
const WITH_SESSION = fileURLToPath(new URL("../js/with-session.mjs", import.meta.url));
const log = message => console.error(`[many-clients] ${message}`);

if (process.argv[2] === "summarize") {
  summarize(process.argv[3]);
  process.exit(0);
}

const args = parseArgs(process.argv.slice(2));
const CLIENTS = Number(args.clients);
const PROCS = Math.min(Number(args.procs), CLIENTS);
const DOCS = Number(args.docs);
const HOLD = Math.min(Number(args.hold), DOCS);
const RATE = Number(args.rate);
const EDITS = Number(args.edits);
const SERVER = Number(args["server-pid"]);
const passphrase = readFileSync(args["passphrase-file"], "utf8");
const CLK_TCK = 100; // Linux's USER_HZ; the shell checks `getconf CLK_TCK`

// ---- the server process, from /proc ----------------------------------------
function serverCpu() {
  const stat = readFileSync(`/proc/${SERVER}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
}
function serverPeakMb() {
  const match = readFileSync(`/proc/${SERVER}/status`, "utf8").match(/^VmHWM:\s+(\d+) kB/m);
  return Number(match[1]) / 1024;
}
const loadAverage = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");

// ---- signing in ------------------------------------------------------------
/// 127.1.x.y for client `index`: a distinct loopback address per client.
const addressOf = index => `127.1.${1 + Math.floor(index / 250)}.${1 + (index % 250)}`;

function request(method, path, { body, token, localAddress } = {}) {
  const url = new URL(path, args.http);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method,
        localAddress,
        agent: false,
        headers: {
          ...(payload ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      res => {
        const chunks = [];
        res.on("data", chunk => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString() }));
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

/// Signs client `index` in; waits and tries again when the server says
/// "not now" (503: the passphrase-hashing queue is full; 429), as the app
/// does after Retry-After.
async function signIn(index) {
  const name = `${args["name-prefix"]}${index}`;
  for (let attempt = 1; ; attempt++) {
    const res = await request("POST", "/api/v1/login", { body: { name, passphrase }, localAddress: addressOf(index) });
    if (res.status === 200) {
      const token = (res.headers["set-cookie"] ?? [""])[0].split(";")[0].replace(/^hospes_session=/, "");
      return { index, token, peerId: JSON.parse(res.text).peerId, attempts: attempt };
    }
    if ((res.status === 503 || res.status === 429) && attempt < 50) {
      const wait = Number(res.headers["retry-after"] ?? 1);
      await new Promise(resolve => setTimeout(resolve, Math.min(wait, 5) * 1000 * (0.5 + Math.random())));
      continue;
    }
    throw new Error(`sign-in of ${name}: HTTP ${res.status} ${res.text}`);
  }
}

async function eachLimited(items, limit, task) {
  let next = 0;
  const results = new Array(items.length);
  async function worker() {
    while (next < items.length) {
      const at = next++;
      results[at] = await task(items[at]);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// ---- a deterministic random choice of writers --------------------------------
let seed = 0x2f6b_1e35 + Number(args.run ?? 1);
function random() {
  // xorshift32
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
}

// ---- the run ---------------------------------------------------------------
const result = { bench: "many-clients", run: Number(args.run ?? 1), clients: CLIENTS, procs: PROCS, docs: DOCS, hold: HOLD, rate: RATE, edits: EDITS };
result.loadBefore = loadAverage();
const cpuStart = serverCpu();

let started = performance.now();
const sessions = await eachLimited([...Array(CLIENTS).keys()], 8, signIn);
result.signInSeconds = (performance.now() - started) / 1000;
result.signInRetries = sessions.reduce((sum, s) => sum + s.attempts - 1, 0);
log(`signed in ${CLIENTS} clients in ${result.signInSeconds.toFixed(1)} s (${result.signInRetries} retries after 503/429)`);

const listed = await request("GET", `/api/v1/cities/${args.city}/documents`, { token: sessions[0].token });
if (listed.status !== 200) throw new Error(`listing documents: HTTP ${listed.status} ${listed.text}`);
const docs = JSON.parse(listed.text)
  .filter(entry => entry.kind === "event" && entry.write)
  .map(entry => `automerge:${entry.documentId}`)
  .sort()
  .slice(0, DOCS);
if (docs.length < DOCS) throw new Error(`the city has ${docs.length} writable events, not ${DOCS}`);

// Client i holds HOLD consecutive documents starting at i * HOLD, so every
// document has about CLIENTS * HOLD / DOCS holders.
const holds = index => Array.from({ length: HOLD }, (_, j) => docs[(index * HOLD + j) % DOCS]);
const holders = new Map(docs.map(doc => [doc, []]));
for (let i = 0; i < CLIENTS; i++) for (const doc of holds(i)) holders.get(doc).push(i);

// Contiguous blocks of clients per process.
const procOf = index => Math.floor((index * PROCS) / CLIENTS);
const workers = [];
const sent = new Map(); // edit -> {at, writer, doc}
let failure;
for (let p = 0; p < PROCS; p++) {
  const worker = fork(`${BENCH}many-clients-worker.mjs`, [], {
    cwd: BENCH,
    execArgv: ["--import", WITH_SESSION],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  worker.pending = new Map();
  worker.on("message", message => {
    if (message.type === "sent") sent.get(message.edit).at = message.at;
    else if (message.type === "failed") failure = new Error(`worker ${p}: ${message.error}`);
    else worker.pending.get(message.type)?.(message);
  });
  worker.on("exit", code => {
    if (code !== 0 && !worker.done) failure ??= new Error(`worker ${p} exited with ${code}`);
  });
  workers.push(worker);
}
process.on("exit", () => workers.forEach(worker => worker.exitCode === null && worker.kill()));

function ask(worker, message, answer) {
  return new Promise((resolve, reject) => {
    const check = setInterval(() => {
      if (failure) {
        clearInterval(check);
        reject(failure);
      }
    }, 200);
    worker.pending.set(answer, reply => {
      clearInterval(check);
      worker.pending.delete(answer);
      resolve(reply);
    });
    worker.send(message);
  });
}

function withTimeout(promise, seconds, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${seconds} s: ${what}`)), seconds * 1000);
    }),
  ]).finally(() => clearTimeout(timer));
}

started = performance.now();
const cpuBeforeSetup = serverCpu();
const ready = await withTimeout(
  Promise.all(
    workers.map((worker, p) => {
      const clients = sessions.filter(s => procOf(s.index) === p).map(s => ({ ...s, docs: holds(s.index) }));
      return ask(worker, { type: "start", sync: args.sync, clients, concurrency: 4 }, "ready");
    }),
  ),
  Number(args["setup-timeout"] ?? 600),
  "clients connecting and opening their documents",
);
result.setupSeconds = (performance.now() - started) / 1000;
result.serverCpuSetup = serverCpu() - cpuBeforeSetup;
log(
  `${ready.reduce((s, r) => s + r.clients, 0)} clients connected holding ${ready.reduce((s, r) => s + r.handles, 0)} document handles ` +
    `in ${result.setupSeconds.toFixed(1)} s`,
);

// The set-up's last sync exchanges go on after every handle is ready:
// start editing once the server has been quiet (under a tenth of a core)
// for two seconds in a row, or after two minutes.
started = performance.now();
for (let quiet = 0, last = serverCpu(); quiet < 2 && performance.now() - started < 120_000; ) {
  await new Promise(resolve => setTimeout(resolve, 1000));
  const cpu = serverCpu();
  quiet = cpu - last < 0.1 ? quiet + 1 : 0;
  last = cpu;
}
result.settleSeconds = (performance.now() - started) / 1000;
log(`server quiet after ${result.settleSeconds.toFixed(0)} s more`);

result.loadAtEdits = loadAverage();
// Tells many-clients.sh the edits start (PROFILE=DIR samples from here).
if (args["editing-file"]) writeFileSync(args["editing-file"], "");
const cpuBeforeEdits = serverCpu();
started = performance.now();
let expected = 0;
for (let edit = 0; edit < EDITS; edit++) {
  const due = started + (edit * 1000) / RATE;
  const wait = due - performance.now();
  if (wait > 0) await new Promise(resolve => setTimeout(resolve, wait));
  if (failure) throw failure;
  const doc = docs[edit % DOCS];
  const candidates = holders.get(doc);
  const writer = candidates[Math.floor(random() * candidates.length)];
  sent.set(edit, { writer, doc, at: undefined });
  expected += candidates.length - 1;
  workers[procOf(writer)].send({ type: "edit", edit, client: writer, doc });
}
const editWindow = (performance.now() - started) / 1000;

// Wait until every edit has reached every other holder (or DRAIN seconds).
const drainUntil = performance.now() + Number(args.drain ?? 20) * 1000;
for (;;) {
  const counts = await Promise.all(workers.map(worker => ask(worker, { type: "count" }, "count")));
  // Each arrival includes the writer's own "change" event, which is not counted.
  const arrived = counts.reduce((s, c) => s + c.arrivals, 0) - EDITS;
  if (arrived >= expected || performance.now() > drainUntil) break;
  await new Promise(resolve => setTimeout(resolve, 250));
}
result.serverCpuEdits = serverCpu() - cpuBeforeEdits;
result.editSeconds = (performance.now() - started) / 1000;
result.serverCpuTotal = serverCpu();
result.serverCpuSinceStart = result.serverCpuTotal - cpuStart;
result.serverPeakMb = serverPeakMb();
result.loadAfter = loadAverage();

const reports = await Promise.all(
  workers.map(worker => {
    worker.done = true;
    return ask(worker, { type: "report" }, "report");
  }),
);

// ---- the numbers ------------------------------------------------------------
const latencies = [];
const perEdit = new Map(); // edit -> its latencies
const seen = new Set();
const frameLeft = new Map(); // edit -> when the writer's frame left
for (const report of reports) for (const [edit, at] of report.sentFrames) frameLeft.set(edit, at);
const parts = { writer: [], server: [], receiver: [] };
for (const report of reports) {
  for (const [edit, client, at, frameAt] of report.arrivals) {
    const s = sent.get(edit);
    if (!s || client === s.writer || s.at === undefined) continue;
    const key = `${edit} ${client}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const latency = at - s.at;
    latencies.push(latency);
    if (!perEdit.has(edit)) perEdit.set(edit, []);
    perEdit.get(edit).push(latency);
    const left = frameLeft.get(edit);
    if (left !== undefined && frameAt !== undefined) {
      parts.writer.push(left - s.at);
      parts.server.push(frameAt - left);
      parts.receiver.push(at - frameAt);
    }
  }
}
latencies.sort((a, b) => a - b);
// A delivery that never came (within DRAIN seconds of the last edit) counts
// as slower than any that did: percentiles past the delivered share are
// unknown (null in the JSON, "> drain" in the table), not flattered.
const delivered = latencies.length;
while (latencies.length < expected) latencies.push(Infinity);
// When the last holder had each edit (Infinity when one never did).
const lastArrivals = [...sent.entries()]
  .map(([edit, { doc }]) => {
    const values = perEdit.get(edit) ?? [];
    return values.length < holders.get(doc).length - 1 ? Infinity : Math.max(...values);
  })
  .sort((a, b) => a - b);
const pct = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
Object.assign(result, {
  editWindowSeconds: editWindow,
  deliveries: delivered,
  expectedDeliveries: expected,
  missing: expected - delivered,
  drainSeconds: Number(args.drain ?? 20),
  p50: pct(latencies, 50),
  p95: pct(latencies, 95),
  p99: pct(latencies, 99),
  max: latencies[delivered - 1],
  lastP50: pct(lastArrivals, 50),
  lastP99: pct(lastArrivals, 99),
  // Where an edit's time went (p50 and p99 of each part, ms): the writer
  // (change to its frame leaving), the server and loopback (to the
  // receiver's frame arriving), the receiver (to its "change" event).
  parts: Object.fromEntries(
    Object.entries(parts).map(([part, values]) => {
      values.sort((a, b) => a - b);
      return [part, { p50: pct(values, 50), p99: pct(values, 99) }];
    }),
  ),
  // Median and worst latency of the edits in each tenth of the run, in
  // order: a backlog shows as growth.
  byTenth: Array.from({ length: 10 }, (_, tenth) => {
    const values = [...perEdit.entries()]
      .filter(([edit]) => Math.floor((edit * 10) / EDITS) === tenth)
      .flatMap(([, v]) => v)
      .sort((a, b) => a - b);
    return [Math.round(pct(values, 50)), Math.round(values.at(-1) ?? NaN)];
  }),
  clientCpuSeconds: reports.map(r => r.cpu.seconds),
  clientWallSeconds: reports[0].cpu.wallSeconds,
  clientLoopDelayP99: reports.map(r => r.loop.p99),
  clientLoopDelayMax: reports.map(r => r.loop.max),
  clientRssMb: reports.map(r => r.rssMb),
});
log(
  `edits: ${latencies.length} of ${expected} deliveries; p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)}, ` +
    `p99 ${result.p99.toFixed(1)}, max ${result.max.toFixed(1)}; server CPU ${result.serverCpuEdits.toFixed(2)} s in ${result.editSeconds.toFixed(1)} s`,
);
log(`parts (ms): ${JSON.stringify(result.parts)}; by tenth of the run (p50, max): ${JSON.stringify(result.byTenth)}`);
console.log(JSON.stringify(result));
process.exit(0);

// ---- summarize: the table of every run ------------------------------------------
function summarize(file) {
  const runs = readFileSync(file, "utf8").trim().split("\n").filter(Boolean).map(line => JSON.parse(line));
  const f = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "n/a");
  // A percentile no delivery reached within the drain (null in the JSON).
  const ms = (value, r) => (value === null ? `> ${r.drainSeconds} s` : f(value));
  const sum = values => values.reduce((a, b) => a + b, 0);
  console.log(
    "| run | clients x docs held | edits at /s | deliveries | p50 ms | p95 ms | p99 ms | max ms | all holders reached p99 ms | server CPU s (edits) | server CPU % of a core (edits) | server peak RSS MB | clients CPU % of a core (sum; worst process) | client event-loop delay p99 ms (worst) | sign-in s | set-up s | load average (before; at edits; after) |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of runs) {
    const clientPct = sum(r.clientCpuSeconds) / r.clientWallSeconds * 100;
    const worstPct = Math.max(...r.clientCpuSeconds) / r.clientWallSeconds * 100;
    console.log(
      `| ${r.run} | ${r.clients} x ${r.hold} of ${r.docs} (${r.procs} processes) | ${r.edits} at ${r.rate} | ${r.deliveries} of ${r.expectedDeliveries} | ` +
        `${ms(r.p50, r)} | ${ms(r.p95, r)} | ${ms(r.p99, r)} | ${f(r.max)} | ${ms(r.lastP99, r)} | ${f(r.serverCpuEdits, 2)} | ${f((r.serverCpuEdits / r.editSeconds) * 100, 0)} | ${f(r.serverPeakMb)} | ` +
        `${f(clientPct, 0)}; ${f(worstPct, 0)} | ${f(Math.max(...r.clientLoopDelayP99))} | ${f(r.signInSeconds)} | ${f(r.setupSeconds)} | ${r.loadBefore}; ${r.loadAtEdits}; ${r.loadAfter} |`,
    );
  }
  const worst = Math.max(...runs.map(r => r.p99 ?? Infinity));
  console.log(
    Number.isFinite(worst)
      ? `\nedit p99, worst run: ${f(worst)} ms = ${f(worst / 100, 2)} x the 100 ms budget (${worst <= 100 ? "met" : "not met"})`
      : "\nedit p99, worst run: not reached within the drain: over the 100 ms budget (not met)",
  );
  console.log(JSON.stringify({ bench: "many-clients", runs }));
}
