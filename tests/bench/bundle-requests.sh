#!/usr/bin/env bash
# Readers at city scale: how many bundle requests per second one server
# answers, full bundles against 304s (the reader already has this version),
# measured with wrk (Debian's `wrk`) in one run on loopback. See
# docs/PERFORMANCE.md ("Readers: bundle requests per second").
#
# Usage (from the repository root):
#   tests/bench/bundle-requests.sh
# Environment (all optional):
#   SECONDS_EACH=10   how long each load runs
#   CONNECTIONS=32    concurrent connections (wrk -c); THREADS=2 (wrk -t)
#   CITY=sample-city LANG_TAG=fr   the bundle asked for (demo content)
#   NO_BUILD=1        use the existing release binary as it is
#   HOSPES=path       the server binary (default target/release/hospes)
#
# Prints a Markdown table and, last, one JSON line starting with {"bench":"bundle-requests".
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HOSPES=${HOSPES:-$ROOT/target/release/hospes}
SECONDS_EACH=${SECONDS_EACH:-10}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
CITY=${CITY:-sample-city}
LANG_TAG=${LANG_TAG:-fr}

log() { echo "[bench] $*" >&2; }
command -v wrk >/dev/null || { log "needs wrk: apt-get install wrk"; exit 1; }
if [[ "${NO_BUILD:-}" != 1 ]]; then
  log "building target/release/hospes"
  (cd "$ROOT" && cargo build --release -p hospes >&2)
fi

WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$HOSPES" serve --demo --data "$WORK/data" --listen "127.0.0.1:$PORT" >"$WORK/stdout" 2>"$WORK/server.log" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
URL="http://127.0.0.1:$PORT/api/v1/cities/$CITY/$LANG_TAG/bundle"
for _ in $(seq 1 200); do curl -sf -o /dev/null "$URL" && break; sleep 0.1; done
ETAG=$(curl -sf -D - -o /dev/null "$URL" | tr -d '\r' | awk 'tolower($1)=="etag:" {print $2}')
BYTES=$(curl -sf "$URL" | wc -c)
BR_BYTES=$(curl -sf -H 'Accept-Encoding: br' "$URL" | wc -c)
[[ "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG" "$URL")" == 304 ]] || { log "no 304 for the current ETag"; exit 1; }

# Requests per second, as wrk reports them.
rate() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$@" "$URL" | tee -a "$WORK/wrk.txt" | awk '/Requests\/sec/ {print $2}'; }
latency() { awk -v section="$1" '$0 ~ section {found=1} found && /99%/ {print $2; exit}' "$WORK/wrk.txt"; }

log "full bundle, uncompressed ($BYTES bytes)"
echo "== full" >>"$WORK/wrk.txt"; FULL=$(rate)
log "full bundle, brotli ($BR_BYTES bytes)"
echo "== brotli" >>"$WORK/wrk.txt"; BROTLI=$(rate -H 'Accept-Encoding: br')
log "304 (If-None-Match: the current ETag)"
echo "== not-modified" >>"$WORK/wrk.txt"; NOT_MODIFIED=$(rate -H "If-None-Match: $ETAG")

P99_FULL=$(latency "== full"); P99_BROTLI=$(latency "== brotli"); P99_304=$(latency "== not-modified")
RATIO=$(python3 -c "print(f'{$NOT_MODIFIED / $FULL:.1f}')")
RATIO_BR=$(python3 -c "print(f'{$NOT_MODIFIED / $BROTLI:.1f}')")
CPUS=$(nproc)
echo
echo "| request ($CITY/$LANG_TAG, $CONNECTIONS connections, ${SECONDS_EACH} s each, $CPUS cores) | requests/s | p99 |"
echo "| --- | ---: | ---: |"
echo "| full bundle, uncompressed ($BYTES bytes) | $FULL | $P99_FULL |"
echo "| full bundle, brotli ($BR_BYTES bytes) | $BROTLI | $P99_BROTLI |"
echo "| 304 Not Modified | $NOT_MODIFIED | $P99_304 |"
echo
echo "304s per second over full bundles: ${RATIO}x (uncompressed), ${RATIO_BR}x (brotli)"
echo "{\"bench\":\"bundle-requests\",\"full\":$FULL,\"brotli\":$BROTLI,\"not_modified\":$NOT_MODIFIED,\"ratio\":$RATIO,\"ratio_brotli\":$RATIO_BR,\"bytes\":$BYTES,\"brotli_bytes\":$BR_BYTES,\"cores\":$CPUS}"
