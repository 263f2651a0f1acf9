#!/usr/bin/env bash
# Many live editors: CLIENTS signed-in automerge-repo clients on WebSockets
# to one hospes server, co-editing DOCS events; how long an edit by one
# client takes to reach the others. See docs/PERFORMANCE.md ("Many live
# editors: 1,000 clients").
#
# Each run: a fresh data directory with one city, DOCS events (imported from
# a generated iCalendar file) and CLIENTS editor accounts (`hospes user
# add`); the server; then tests/bench/many-clients.mjs signs every client in
# (POST /api/v1/login, each from its own loopback address), connects them
# from PROCS Node processes (tests/bench/many-clients-worker.mjs), each
# client opening HOLD of the events, and makes EDITS edits at RATE per
# second, each by a random client holding the document.
#
# Usage (from the repository root):
#   tests/bench/many-clients.sh
# Environment (all optional):
#   CLIENTS=1000   signed-in clients (accounts, sessions, WebSockets)
#   PROCS=8        Node processes the clients are spread over
#   DOCS=50        events the clients co-edit
#   HOLD=5         events each client holds open (every event then has
#                  CLIENTS * HOLD / DOCS holders, each edit as many arrivals)
#   RATE=5         edits per second, across the city
#   EDITS=150      edits per run (30 s at RATE=5)
#   RUNS=2         runs, each on a fresh data directory and server
#   NO_BUILD=1     use the existing target/release/hospes as it is
#   HOSPES_BIN=P   run the hospes binary at P instead (implies NO_BUILD=1),
#                  e.g. target/hospes-samod-patched (tests/bench/samod-hub-patch.sh)
#   PROFILE=DIR    sample hospes' CPU with `perf` during the edits of each run
#                  (DWARF call graphs; build with debug line tables, see
#                  docs/PERFORMANCE.md) and write DIR/many-clients-RUN.perf.data
#   KEEP=1         keep the work directory (data directories, logs)
#
# Limits: the server serves at most HOSPES_MAX_CONNECTIONS (default 4096)
# connections; every client holds one WebSocket, and the server and the
# client processes one file descriptor per socket, so the script raises the
# soft open-file limit (`ulimit -n`) to at least CLIENTS + 1024, within the
# hard limit, and says so. Nothing in the server is configured differently
# from its defaults.
#
# Loopback only, no root. Every run is bounded by `timeout`; the server and
# the client processes are stopped on exit, also on failure. Prints a
# Markdown table of every run and, last, one JSON line starting with
# {"bench":"many-clients". Numbers, not a test: it fails only when it cannot
# measure.
set -euo pipefail

CLIENTS=${CLIENTS:-1000}
PROCS=${PROCS:-8}
DOCS=${DOCS:-50}
HOLD=${HOLD:-5}
RATE=${RATE:-5}
EDITS=${EDITS:-150}
RUNS=${RUNS:-2}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BENCH="$ROOT/tests/bench"
HOSPES=${HOSPES_BIN:-"$ROOT/target/release/hospes"}

log() { echo "[bench] $*" >&2; }

if [[ "${NO_BUILD:-}" != 1 && -z "${HOSPES_BIN:-}" ]]; then
  log "building target/release/hospes"
  (cd "$ROOT" && cargo build --release -p hospes >&2)
fi
if [[ ! -d "$ROOT/tests/node_modules/@automerge/automerge-repo" ]]; then
  log "installing the JavaScript dependencies (npm ci in tests/)"
  (cd "$ROOT/tests" && npm ci >&2)
fi
if [[ $(getconf CLK_TCK) != 100 ]]; then
  log "CLK_TCK is $(getconf CLK_TCK), many-clients.mjs assumes 100"; exit 1
fi

# One file descriptor per WebSocket, in the server and in the clients.
want_files=$(( CLIENTS + 1024 ))
if (( $(ulimit -n) < want_files )); then
  hard=$(ulimit -Hn)
  if [[ $hard != unlimited ]] && (( hard < want_files )); then
    log "the hard open-file limit is $hard, below the $want_files this needs"; exit 1
  fi
  log "raising the soft open-file limit from $(ulimit -n) to $want_files (ulimit -n)"
  ulimit -n "$want_files"
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/hospes-many-clients.XXXXXX")
SERVER_PID=
CLIENT_PID=
PROFILER_PID=
stop() { # pid
  if [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null; then
    kill -TERM "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
  fi
}
cleanup() {
  [[ -n "$PROFILER_PID" ]] && kill -INT "$PROFILER_PID" 2>/dev/null
  stop "$CLIENT_PID"; stop "$SERVER_PID"
  if [[ "${KEEP:-}" == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
# CPU seconds per thread name of a live process (where the time went).
thread_cpu() {
  local task
  for task in /proc/"$1"/task/*; do
    printf '%s\t' "$(cat "$task/comm")"; sed 's/^.*) //' "$task/stat" | awk '{ print ($12 + $13) / 100 }'
  done | awk -F'\t' '{ sub(/[-:][0-9]+$/, "", $1); sum[$1] += $2 } END { for (t in sum) if (sum[t] >= 0.05) printf "%s %.2f, ", t, sum[t]; print "" }'
}

printf '%s' "a bench editor's long passphrase" >"$WORK/passphrase"
python3 "$BENCH/generate-events.py" "$WORK" "$DOCS"
RESULTS="$WORK/results.jsonl"
: >"$RESULTS"

for (( run = 1; run <= RUNS; run++ )); do
  dir="$WORK/run-$run" data="$WORK/run-$run/data"
  mkdir -p "$dir"
  log "run $run: a city with $DOCS events and $CLIENTS editors"
  "$HOSPES" city add --data "$data" --slug bench --name "Bench" --time-zone Europe/Brussels \
    --source-language fr --language en >/dev/null
  for file in "$WORK"/events-*.ics; do
    "$HOSPES" import-ics "$file" --data "$data" --city bench --calendar bench --language fr >/dev/null
  done
  # `hospes user add` hashes each passphrase (argon2id); a few at once.
  seq 0 $(( CLIENTS - 1 )) | xargs -P 8 -I{} "$HOSPES" user add --data "$data" --city bench --role editor \
    --name "editor{}" --passphrase-file "$WORK/passphrase" >/dev/null

  port=$(free_port)
  "$HOSPES" serve --data "$data" --listen "127.0.0.1:$port" >"$dir/server.log" 2>&1 &
  SERVER_PID=$!
  deadline=$(( SECONDS + 60 ))
  until grep -q "listening on http://" "$dir/server.log" 2>/dev/null; do
    if (( SECONDS > deadline )) || ! kill -0 "$SERVER_PID" 2>/dev/null; then
      log "server did not start; its log:"; cat "$dir/server.log" >&2; exit 1
    fi
    sleep 0.05
  done
  log "run $run: server on port $port (pid $SERVER_PID, open-file limit $(awk '/^Max open files/ { print $4 }' "/proc/$SERVER_PID/limits"))"

  if [[ -n "${PROFILE:-}" ]]; then
    mkdir -p "$PROFILE"
    # Sampling starts once the set-up is done (many-clients.mjs writes the file).
    ( until [[ -e "$dir/editing" ]]; do sleep 0.2; done
      exec perf record -F 199 --call-graph dwarf,32768 -p "$SERVER_PID" -o "$PROFILE/many-clients-$run.perf.data" 2>"$dir/perf.log" ) &
    PROFILER_PID=$!
  fi

  (cd "$BENCH" && exec timeout 900 node many-clients.mjs --http "http://127.0.0.1:$port" --sync "ws://127.0.0.1:$port/sync" \
    --city bench --name-prefix editor --passphrase-file "$WORK/passphrase" --clients "$CLIENTS" --procs "$PROCS" \
    --docs "$DOCS" --hold "$HOLD" --rate "$RATE" --edits "$EDITS" --server-pid "$SERVER_PID" --run "$run" \
    --editing-file "$dir/editing") >"$dir/result.json" &
  CLIENT_PID=$!
  if ! wait "$CLIENT_PID"; then CLIENT_PID=; log "run $run: the clients failed; server log tail:"; tail -20 "$dir/server.log" >&2; exit 1; fi
  CLIENT_PID=
  if [[ -n "$PROFILER_PID" ]]; then kill -INT "$PROFILER_PID" 2>/dev/null || true; wait "$PROFILER_PID" || true; PROFILER_PID=; fi
  log "run $run: server CPU s by thread: $(thread_cpu "$SERVER_PID")"
  warnings=$(grep -c -i 'warn\|error' "$dir/server.log" || true)
  (( warnings == 0 )) || { log "run $run: $warnings warnings in the server log, the first:"; grep -i -m5 'warn\|error' "$dir/server.log" >&2; }
  tail -n 1 "$dir/result.json" >>"$RESULTS"
  stop "$SERVER_PID"; SERVER_PID=
done

echo
echo "$CLIENTS clients in $PROCS Node processes, $DOCS events, each client holding $HOLD; $EDITS edits at $RATE/s; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(free -g | awk '/^Mem:/ { print $2 }') GB, $(date -u +%Y-%m-%d); server $("$HOSPES" --version)"
echo
node "$BENCH/many-clients.mjs" summarize "$RESULTS"
