#!/usr/bin/env bash
# The reader's budget: first visit of the demo city's guide on an emulated
# 400 kbit/s, 400 ms link, and the repeat visit offline, in Debian's Chromium.
# See docs/PERFORMANCE.md ("Reader: first visit and offline repeat visit") for
# what it measures and why.
#
# Usage (from the repository root):
#   tests/bench/reader-budget.sh
# Environment (all optional):
#   RUNS=5         first visits per guide language and CPU setting
#   LANGS=en,ar    guide languages
#   CPU=1,4        CPU throttling rates (1 = none, 4 = a cheap-phone proxy)
#   LINK_KBIT=400 LINK_RTT_MS=400   the emulated link
#   NO_BUILD=1     use the existing target/release/hospes as it is
#   HOSPES=path    the server binary to run (default target/release/hospes)
#   CHROMIUM=path  the browser (default /usr/bin/chromium)
#   KEEP=1         keep the work directory (data directory, server log, output)
#   TRACE=1        instead, trace one first visit per language and CPU setting and
#                  print what the main thread's long tasks were made of
#                  (tests/bench/reader-trace.mjs; TRACE_OUT=dir keeps the traces)
#
# Loopback only, no root. Prints Markdown tables and, last, one JSON line
# starting with {"bench":"reader-budget".
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BENCH="$ROOT/tests/bench"
HOSPES=${HOSPES:-$ROOT/target/release/hospes}
if [[ "${TRACE:-}" == 1 ]]; then export RUNS=${RUNS:-1}; else export RUNS=${RUNS:-5}; fi

log() { echo "[bench] $*" >&2; }

if [[ "${NO_BUILD:-}" != 1 ]]; then
  log "building target/release/hospes"
  (cd "$ROOT" && cargo build --release -p hospes >&2)
fi
if [[ ! -d "$ROOT/tests/node_modules/playwright-core" ]]; then
  log "installing the JavaScript dependencies (npm ci in tests/)"
  (cd "$ROOT/tests" && npm ci >&2)
fi
if [[ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]]; then
  log "no Chromium at ${CHROMIUM:-/usr/bin/chromium} (apt-get install chromium, or set CHROMIUM)"; exit 1
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/hospes-reader-bench.XXXXXX")
SERVER_PID=
cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [[ "${KEEP:-}" == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

PORT=$(free_port)
"$HOSPES" serve --demo --data "$WORK/data" --listen "127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
deadline=$(( SECONDS + 60 ))
until grep -q "listening on http://" "$WORK/server.log" 2>/dev/null; do
  if (( SECONDS > deadline )) || ! kill -0 "$SERVER_PID" 2>/dev/null; then
    log "server did not start; its log:"; cat "$WORK/server.log" >&2; exit 1
  fi
  sleep 0.05
done
URL=$(grep -o "listening on http://[^ ]*" "$WORK/server.log" | head -1 | sed 's/^listening on //')
log "server $HOSPES at $URL (pid $SERVER_PID); $RUNS runs per guide language and CPU setting"

SCRIPT=reader-budget.mjs
[[ "${TRACE:-}" == 1 ]] && SCRIPT=reader-trace.mjs
status=0
HOSPES_URL="$URL" timeout 3600 node "$BENCH/$SCRIPT" | tee "$WORK/output.md" || status=$?
if ! kill -0 "$SERVER_PID" 2>/dev/null; then
  log "the server is gone (it stopped during the benchmark); its log ends:"; tail -5 "$WORK/server.log" >&2
  status=1
fi
exit "$status"
