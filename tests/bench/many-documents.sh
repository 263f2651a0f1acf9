#!/usr/bin/env bash
# A server holding many stored documents: how long it takes to start and how
# much memory it holds idle. See docs/PERFORMANCE.md ("Many stored documents").
#
# The city's documents are events, imported from generated iCalendar files
# (at most 5,000 per file, as an import takes at most that many at once) and
# published, each an Automerge document in the storage plus its registry and
# read-side rows.
#
# Usage (from the repository root):
#   tests/bench/many-documents.sh
# Environment (all optional):
#   DOCS=100000    documents (events) in the city
#   RUNS=3         starts of the server on the same data directory
#   IDLE=10        seconds the server is left idle before its memory is read
#   NO_BUILD=1     use the existing target/release/hospes as it is
#   HOSPES=path    the server binary to run (default target/release/hospes)
#   DATA=dir       reuse a data directory this script made before (skips the import)
#   KEEP=1         keep the work directory
#
# Prints a Markdown table.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HOSPES=${HOSPES:-$ROOT/target/release/hospes}
DOCS=${DOCS:-100000} RUNS=${RUNS:-3} IDLE=${IDLE:-10}
log() { echo "[bench] $*" >&2; }
if [[ "${NO_BUILD:-}" != 1 && -z "${DATA:-}" ]]; then
  log "building target/release/hospes"
  (cd "$ROOT" && cargo build --release -p hospes >&2)
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/hospes-many-docs.XXXXXX")
SERVER_PID=
cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then kill -TERM "$SERVER_PID" 2>/dev/null || true; fi
  if [[ "${KEEP:-}" == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
now() { date +%s.%N; }

if [[ -n "${DATA:-}" ]]; then
  data=$DATA
else
  data="$WORK/data"
  log "making a city with $DOCS events"
  "$HOSPES" city add --data "$data" --slug bench --name "Bench" --time-zone Europe/Brussels \
    --source-language fr --language en >&2
  python3 "$ROOT/tests/bench/generate-events.py" "$WORK" "$DOCS"
  started=$(now)
  for file in "$WORK"/events-*.ics; do
    "$HOSPES" import-ics "$file" --data "$data" --city bench --calendar "bench-$(basename "$file" .ics)" --language fr >/dev/null
  done
  log "imported $DOCS events in $(awk -v a="$started" -v b="$(now)" 'BEGIN { printf "%.0f", b - a }') s"
fi
database_mb=$(du -sb "$data" | awk '{ printf "%.1f", $1 / 1e6 }')

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
rss_mb() { awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }
hwm_mb() { awk '/^VmHWM:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }

rows=()
for (( run = 1; run <= RUNS; run++ )); do
  port=$(free_port)
  started=$(now)
  "$HOSPES" serve --data "$data" --listen "127.0.0.1:$port" >"$WORK/server-$run.log" 2>&1 &
  SERVER_PID=$!
  # Started = the first answer to a request (not merely the log line).
  until curl -sf -o /dev/null "http://127.0.0.1:$port/api/v1/cities"; do
    kill -0 "$SERVER_PID" 2>/dev/null || { log "server exited; its log:"; cat "$WORK/server-$run.log" >&2; exit 1; }
    sleep 0.01
  done
  ready=$(now)
  sleep "$IDLE"
  idle_rss=$(rss_mb "$SERVER_PID") peak=$(hwm_mb "$SERVER_PID")
  documents=$(curl -sf "http://127.0.0.1:$port/api/v1/cities/bench/fr/events?from=2027-01-01&to=2027-01-02" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["occurrences"]))' || echo "?")
  kill -TERM "$SERVER_PID"; wait "$SERVER_PID" || true; SERVER_PID=
  rows+=("| $run | $(awk -v a="$started" -v b="$ready" 'BEGIN { printf "%.2f", b - a }') | $idle_rss | $peak | $documents |")
done

echo
echo "$DOCS stored documents (events), data directory $database_mb MB; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(date -u +%Y-%m-%d)"
echo
echo "| start | seconds to the first answer | idle RSS MB after ${IDLE} s | peak RSS MB (VmHWM) | events answered for 1 January |"
echo "|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
