#!/usr/bin/env bash
# The editor's first sync: an editor signs in on a device that has nothing
# yet, and the editing app downloads every document of a city with DOCS
# documents, on loopback, in Debian's Chromium. See docs/PERFORMANCE.md
# ("Editor: first sync of a city").
#
# Each run measures the snapshot path (the app as it is) and plain per-document
# sync (the snapshot request refused) in turn.
#
# Usage (from the repository root):
#   tests/bench/editor-first-sync.sh
# Environment (all optional):
#   EVENTS=2000    events in the city (imported from a generated iCalendar file)
#   RUNS=3         first syncs, each in a fresh browser context (empty IndexedDB)
#   CHANGED=10     events another editor changes before the later opening
#   NO_BUILD=1     use the existing target/release/hospes as it is
#   HOSPES=path    the server binary to run (default target/release/hospes)
#   CHROMIUM=path  the browser (default /usr/bin/chromium)
#   KEEP=1         keep the work directory (data directory, server log, output)
#
# Prints a Markdown table and, last, one JSON line starting with
# {"bench":"editor-first-sync".
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BENCH="$ROOT/tests/bench"
HOSPES=${HOSPES:-$ROOT/target/release/hospes}
export EVENTS=${EVENTS:-2000} RUNS=${RUNS:-3}

log() { echo "[bench] $*" >&2; }

if [[ "${NO_BUILD:-}" != 1 ]]; then
  log "building target/release/hospes"
  (cd "$ROOT" && cargo build --release -p hospes >&2)
fi
if [[ ! -d "$ROOT/tests/node_modules/playwright-core" ]]; then
  log "installing the JavaScript dependencies (npm ci in tests/)"
  (cd "$ROOT/tests" && npm ci >&2)
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/hospes-editor-bench.XXXXXX")
SERVER_PID=
cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [[ "${KEEP:-}" == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# The city, its events and an editor, written before the server starts.
log "making a city with $EVENTS events"
"$HOSPES" city add --data "$WORK/data" --slug bench --name "Bench" --time-zone Europe/Brussels \
  --source-language fr --language en >&2
# One calendar file per 5,000 events: an import takes at most that many at once.
python3 "$ROOT/tests/bench/generate-events.py" "$WORK" "$EVENTS"
for file in "$WORK"/events-*.ics; do
  "$HOSPES" import-ics "$file" --data "$WORK/data" --city bench --calendar "bench-$(basename "$file" .ics)" --language fr >&2
done
printf '%s' "the bench editor's long passphrase" >"$WORK/passphrase"
"$HOSPES" user add --data "$WORK/data" --city bench --role editor --name bench-editor --passphrase-file "$WORK/passphrase" >&2
# The colleague who changes events between two openings (change-events.mjs).
printf '%s' "the bench colleague's long passphrase" >"$WORK/colleague-passphrase"
"$HOSPES" user add --data "$WORK/data" --city bench --role editor --name bench-colleague --passphrase-file "$WORK/colleague-passphrase" >&2

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PORT=$(free_port)
"$HOSPES" serve --data "$WORK/data" --listen "127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
deadline=$(( SECONDS + 60 ))
until grep -q "listening on http://" "$WORK/server.log" 2>/dev/null; do
  if (( SECONDS > deadline )) || ! kill -0 "$SERVER_PID" 2>/dev/null; then
    log "server did not start; its log:"; cat "$WORK/server.log" >&2; exit 1
  fi
  sleep 0.05
done
URL=$(grep -o "listening on http://[^ ]*" "$WORK/server.log" | head -1 | sed 's/^listening on //')
log "server at $URL (pid $SERVER_PID)"

HOSPES_URL="$URL" HOSPES_CITY=bench HOSPES_NAME=bench-editor HOSPES_PASSPHRASE="$(cat "$WORK/passphrase")" \
  HOSPES_COLLEAGUE=bench-colleague HOSPES_COLLEAGUE_PASSPHRASE_FILE="$WORK/colleague-passphrase" \
  timeout 1800 node "$BENCH/editor-first-sync.mjs" | tee "$WORK/output.md"
