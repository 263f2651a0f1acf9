// Where the reader's long main-thread tasks go (docs/PERFORMANCE.md, "The main
// thread on a cheap phone"): one first visit of a guide, as reader-budget.mjs makes
// it (400 kbit/s, 400 ms per request, CPU slowdown), under a Chromium trace; then,
// for each task of the page's main thread over 50 ms, what was in it.
//
// Usage (tests/bench/reader-budget.sh starts the server and runs this with TRACE=1):
//   HOSPES_URL=http://127.0.0.1:PORT node tests/bench/reader-trace.mjs
// Environment (all optional):
//   LANGS=en,ar  CPU=4  RUNS=1  HOSPES_CITY=sample-city  LINK_KBIT=400  LINK_RTT_MS=400
//   TRACE_OUT=dir   also write each run's raw trace there (open it in DevTools' Performance panel)
//
// A task's time is split by the trace event that was innermost at each moment
// ("self time"), named as DevTools names them: script (compile, evaluate, a function
// call with its name and file), the parser, style, layout, paint, garbage collection.
// With CPU throttling, durations are the throttled wall-clock times, as the Long
// Tasks API sees them.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "../js/chromium.mjs";

const BASE = (process.env.HOSPES_URL ?? "").replace(/\/$/, "");
if (!BASE) {
  console.error("HOSPES_URL is not set (tests/bench/reader-budget.sh sets it with TRACE=1)");
  process.exit(2);
}
const LANGS = (process.env.LANGS ?? "en,ar").split(",").map((s) => s.trim()).filter(Boolean);
const CPUS = (process.env.CPU ?? "4").split(",").map(Number).filter((n) => n >= 1);
const RUNS = Number(process.env.RUNS ?? 1);
const CITY = process.env.HOSPES_CITY ?? "sample-city";
const LINK_KBIT = Number(process.env.LINK_KBIT ?? 400);
const LINK_RTT_MS = Number(process.env.LINK_RTT_MS ?? 400);
const TRACE_OUT = process.env.TRACE_OUT;
const LONG_MS = 50;

const CATEGORIES = [
  "toplevel",
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8.execute",
  "v8",
  "blink.user_timing",
  "loading",
  // JavaScript samples, for DevTools' bottom-up view of a kept trace (TRACE_OUT).
  ...(process.env.TRACE_OUT ? ["disabled-by-default-v8.cpu_profiler"] : []),
].join(",");

/** DevTools' names for the trace events a task is made of. */
function label(event) {
  const data = event.args?.data ?? event.args?.beginData ?? {};
  const file = (url) => (url ? new URL(url, BASE).pathname.replace(/-[A-Za-z0-9_-]{8}\.js$/, "-*.js") : "");
  switch (event.name) {
    case "FunctionCall":
      return `script: ${data.functionName || "(anonymous)"} ${file(data.url)}`.trim();
    case "EvaluateScript":
    case "v8.evaluateModule":
      return `script: evaluate ${file(data.url ?? event.args?.url)}`.trim();
    case "v8.compile":
    case "v8.compileModule":
    case "V8.CompileCode":
    case "v8.produceModuleCache":
      return "script: compile";
    case "ParseHTML":
      return "parse HTML";
    case "ParseAuthorStyleSheet":
      return "parse CSS";
    case "UpdateLayoutTree":
    case "RecalculateStyles":
      return "style";
    case "Layout":
      return "layout";
    case "PrePaint":
    case "Paint":
    case "PaintImage":
    case "Layerize":
    case "UpdateLayer":
    case "Commit":
      return "paint";
    case "MinorGC":
    case "MajorGC":
    case "V8.GCScavenger":
    case "V8.GCFinalizeMC":
    case "BlinkGC.AtomicPhase":
      return "garbage collection";
    case "TimerFire":
    case "FireAnimationFrame":
    case "EventDispatch":
    case "RunMicrotasks":
    case "FunctionCall (microtask)":
      return null; // a frame around script: its own time counts as the task's
    default:
      return null;
  }
}

/** The page's renderer main thread: the one with the navigation's ParseHTML on it. */
function mainThread(events, url) {
  const parse = events.find((e) => e.name === "ParseHTML" && (e.args?.beginData?.url ?? "").startsWith(url));
  if (!parse) throw new Error(`no ParseHTML of ${url} in the trace`);
  return { pid: parse.pid, tid: parse.tid };
}

/** Complete events ("X", or "B"/"E" pairs) of one thread, as {name, ts, end, event}, by start. */
function spans(events, { pid, tid }) {
  const out = [];
  const open = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === "X" && typeof e.dur === "number") out.push({ ts: e.ts, end: e.ts + e.dur, event: e });
    else if (e.ph === "B") open.push(e);
    else if (e.ph === "E") {
      const begin = open.findLast((b) => b.name === e.name);
      if (!begin) continue;
      open.splice(open.lastIndexOf(begin), 1);
      out.push({ ts: begin.ts, end: e.ts, event: { ...begin, args: { ...begin.args, endData: e.args?.endData } } });
    }
  }
  return out.sort((a, b) => a.ts - b.ts || b.end - a.end);
}

/** For one task, its time (ms) by label of the innermost labelled event at each moment. */
function breakdown(task, inside) {
  const totals = new Map();
  // Walk the nested spans; each span's self time goes to its own label or, if it has
  // none, to the nearest labelled ancestor's ("other" at the top).
  const stack = [{ span: task, label: "other (task)", childTime: 0 }];
  const close = (frame) => {
    const self = frame.span.end - frame.span.ts - frame.childTime;
    totals.set(frame.label, (totals.get(frame.label) ?? 0) + Math.max(0, self) / 1000);
  };
  for (const span of inside) {
    while (stack.length > 1 && span.ts >= stack.at(-1).span.end) {
      const frame = stack.pop();
      close(frame);
      stack.at(-1).childTime += frame.span.end - frame.span.ts;
    }
    stack.push({ span, label: label(span.event) ?? stack.at(-1).label, childTime: 0 });
  }
  while (stack.length > 1) {
    const frame = stack.pop();
    close(frame);
    stack.at(-1).childTime += frame.span.end - frame.span.ts;
  }
  close(stack[0]);
  return [...totals].sort((a, b) => b[1] - a[1]);
}

async function oneTrace(browser, lang, cpu, run) {
  const context = await browser.newContext({ locale: "en-US", serviceWorkers: "allow", viewport: { width: 390, height: 844 } });
  try {
    // What the Long Tasks API reports (as reader-budget.mjs records it), beside the trace.
    await context.addInitScript(() => {
      const seen = [];
      Object.defineProperty(window, "__readerTraceLongTasks", { value: seen });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) seen.push({ t: Math.round(e.startTime), ms: Math.round(e.duration) });
      }).observe({ type: "longtask", buffered: true });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: LINK_RTT_MS,
      downloadThroughput: (LINK_KBIT * 1000) / 8,
      uploadThroughput: (LINK_KBIT * 1000) / 8,
    });
    if (cpu > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
    const events = [];
    cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
    const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
    await cdp.send("Tracing.start", { categories: CATEGORIES, transferMode: "ReportEvents" });

    const url = `${BASE}/guide/${encodeURIComponent(CITY)}/${encodeURIComponent(lang)}`;
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(() => document.documentElement.dataset.guide === "ready", null, { polling: 20, timeout: 90_000 });
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.waitForLoadState("networkidle").catch(() => undefined);
    const reported = await page.evaluate(() => window.__readerTraceLongTasks.slice());
    await cdp.send("Tracing.end");
    await complete;
    if (TRACE_OUT) {
      mkdirSync(TRACE_OUT, { recursive: true });
      writeFileSync(join(TRACE_OUT, `reader-${lang}-x${cpu}-${run}.json`), JSON.stringify({ traceEvents: events }));
    }

    const thread = mainThread(events, url);
    const all = spans(events, thread);
    const navigation = events.find((e) => e.name === "navigationStart" && e.pid === thread.pid) ?? all[0].event;
    const drawn = events.find((e) => e.name === "hospes-guide-drawn" && e.pid === thread.pid);
    const tasks = all.filter((s) => s.event.name === "RunTask" || s.event.name === "ThreadControllerImpl::RunTask");
    // Tasks nest (a nested run loop); keep the outermost.
    const outer = tasks.filter((t, i) => !tasks.slice(0, i).some((o) => o.ts <= t.ts && t.end <= o.end));
    const long = outer.filter((t) => (t.end - t.ts) / 1000 > LONG_MS);
    const at = (ts) => Math.round((ts - navigation.ts) / 1000);
    const lines = [
      `${lang} x${cpu} run ${run}: guide drawn at ${drawn ? at(drawn.ts) : "?"} ms; ${long.length} tasks over ${LONG_MS} ms in the trace; ` +
        `the Long Tasks API reported ${reported.map((r) => `${r.ms} ms at ${r.t} ms`).join(", ") || "none"}`,
    ];
    for (const task of long) {
      const inside = all.filter((s) => s !== task && s.ts >= task.ts && s.end <= task.end && !tasks.includes(s));
      const parts = breakdown(task, inside).filter(([, ms]) => ms >= 1);
      lines.push(`  task at ${at(task.ts)} ms, ${Math.round((task.end - task.ts) / 1000)} ms:`);
      for (const [what, ms] of parts) lines.push(`    ${ms.toFixed(0).padStart(5)} ms  ${what}`);
    }
    return lines.join("\n");
  } finally {
    await context.close().catch(() => undefined);
  }
}

const browser = await launchChromium();
try {
  for (let run = 1; run <= RUNS; run++) {
    for (const cpu of CPUS) for (const lang of LANGS) console.log(await oneTrace(browser, lang, cpu, run));
  }
} finally {
  await browser.close();
}
