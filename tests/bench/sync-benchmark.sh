#!/usr/bin/env bash
# Sync server benchmark: hospes vs the automerge-repo reference server (Node)
# on the same load. See docs/PERFORMANCE.md for what it measures and why.
#
# Usage (from the repository root):
#   tests/bench/sync-benchmark.sh
# Environment (all optional):
#   RUNS=3        runs per server, alternating hospes, reference, hospes, ...
#   DOCS=1000     documents in all, split evenly over the clients
#   CLIENTS=4     client processes, in parallel
#   CHANGES=6     changes per document after its creation
#   NO_BUILD=1    use the existing target/release/hospes as it is
#   HOSPES_BIN=P  run the hospes binary at P instead (implies NO_BUILD=1)
#   KEEP=1        keep the work directory (data directories, logs)
#   PROFILE=DIR   sample hospes' CPU with Debian's `perf` during each load
#                 (DWARF call graphs; build with debug line tables, see
#                 docs/PERFORMANCE.md) and write DIR/hospes-RUN.perf.data
#
# Loopback only, no root. Each run is bounded by `timeout`. Prints a Markdown
# table of every run and the ratios hospes / reference.
set -euo pipefail

RUNS=${RUNS:-3}
DOCS=${DOCS:-1000}
CLIENTS=${CLIENTS:-4}
CHANGES=${CHANGES:-6}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BENCH="$ROOT/tests/bench"
HOSPES=${HOSPES_BIN:-"$ROOT/target/release/hospes"}
CLK_TCK=$(getconf CLK_TCK)
PER_CLIENT=$(( DOCS / CLIENTS ))

log() { echo "[bench] $*" >&2; }

if [[ "${NO_BUILD:-}" != 1 && -z "${HOSPES_BIN:-}" ]]; then
  log "building target/release/hospes"
  (cd "$ROOT" && cargo build --release -p hospes >&2)
fi
if [[ ! -d "$ROOT/tests/node_modules/@automerge/automerge-repo-storage-nodefs" ]]; then
  log "installing the JavaScript dependencies (npm ci in tests/)"
  (cd "$ROOT/tests" && npm ci >&2)
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/hospes-sync-bench.XXXXXX")
SERVER_PID=
cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then kill -TERM "$SERVER_PID" 2>/dev/null || true; fi
  if [[ "${KEEP:-}" == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# CPU seconds (user + system, all threads) of a live process.
cpu_seconds() {
  # Fields after "pid (comm) ": state is $1, so utime (field 14) is $12, stime $13.
  sed 's/^.*) //' "/proc/$1/stat" | awk -v tck="$CLK_TCK" '{ printf "%.2f", ($12 + $13) / tck }'
}
# Peak resident memory (VmHWM) of a live process, in MB.
peak_mb() { awk '/^VmHWM:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }
# CPU seconds per thread name of a live process (where the time went).
thread_cpu() {
  local task
  for task in /proc/"$1"/task/*; do
    printf '%s\t' "$(cat "$task/comm")"; sed 's/^.*) //' "$task/stat" | awk -v tck="$CLK_TCK" '{ print ($12 + $13) / tck }'
  done | awk -F'\t' '{ sub(/[-:][0-9]+$/, "", $1); sum[$1] += $2 } END { for (t in sum) if (sum[t] >= 0.05) printf "%s %.2f, ", t, sum[t]; print "" }'
}
now() { date +%s.%N; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

wait_for_line() { # file pattern seconds
  local deadline=$(( SECONDS + $3 ))
  until grep -q "$2" "$1" 2>/dev/null; do
    if (( SECONDS > deadline )) || ! kill -0 "$SERVER_PID" 2>/dev/null; then
      log "server did not start; its log:"; cat "$1" >&2; exit 1
    fi
    sleep 0.05
  done
}

RESULTS="$WORK/results.tsv"
: > "$RESULTS"

# One run of one server: start, load, measure, verify, stop, measure disk.
run_one() { # kind run
  local kind=$1 run=$2 dir="$WORK/$1-$2" port
  local data="$dir/data" logf="$dir/server.log"
  mkdir -p "$data"
  port=$(free_port)
  local sync http client_args=() import=()
  local users=() i
  for (( i = 1; i <= CLIENTS + 1; i++ )); do users+=("bench$i"); done

  if [[ $kind == hospes ]]; then
    "$HOSPES" city add --data "$data" --slug bench --name Bench >/dev/null
    for user in "${users[@]}"; do
      printf '%s has a long enough passphrase' "$user" > "$dir/$user.pass"
      "$HOSPES" user add --data "$data" --city bench --role editor --name "$user" \
        --passphrase-file "$dir/$user.pass" >/dev/null
    done
    local empty_disk; empty_disk=$(du -sb "$data" | cut -f1)
    "$HOSPES" serve --data "$data" --listen "127.0.0.1:$port" >"$logf" 2>&1 &
    SERVER_PID=$!
    sync="ws://127.0.0.1:$port/sync"; http="http://127.0.0.1:$port"
    import=(--import "$ROOT/tests/js/with-session.mjs")
    wait_for_line "$logf" "listening on" 60
  else
    local empty_disk=0
    node "$BENCH/reference-server.mjs" "$data" "$port" >"$logf" 2>&1 &
    SERVER_PID=$!
    sync="ws://127.0.0.1:$port"; http="http://127.0.0.1:$port"
    wait_for_line "$logf" "listening on" 60
  fi
  local cpu_ready; cpu_ready=$(cpu_seconds "$SERVER_PID")

  log "$kind run $run: $CLIENTS clients x $PER_CLIENT documents x (1 + $CHANGES) changes"
  local start end pids=() failed=0 manifests=() profiler=
  if [[ $kind == hospes && -n "${PROFILE:-}" ]]; then
    mkdir -p "$PROFILE"
    perf record -F 199 --call-graph dwarf,32768 -p "$SERVER_PID" -o "$PROFILE/hospes-$run.perf.data" 2>"$dir/perf.log" &
    profiler=$!
  fi
  start=$(now)
  for (( i = 1; i <= CLIENTS; i++ )); do
    manifests+=("$dir/client$i.urls")
    (cd "$BENCH" && timeout 180 node "${import[@]}" load-client.mjs --kind "$kind" --sync "$sync" --http "$http" \
      --client "$i" --docs "$PER_CLIENT" --changes "$CHANGES" --manifest "$dir/client$i.urls" \
      --user "bench$i" --passphrase-file "$dir/bench$i.pass" >"$dir/client$i.log" 2>&1) &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
  end=$(now)
  if [[ -n "$profiler" ]]; then kill -INT "$profiler"; wait "$profiler" || true; fi
  local cpu_end peak
  cpu_end=$(cpu_seconds "$SERVER_PID"); peak=$(peak_mb "$SERVER_PID")
  log "$kind run $run: server CPU s by thread: $(thread_cpu "$SERVER_PID")"
  cat "$dir"/client*.log >&2
  if (( failed )); then log "a load client failed"; exit 1; fi

  # Outside the measured window: a fresh client checks every document.
  local verified
  verified=$(cd "$BENCH" && timeout 150 node "${import[@]}" verify.mjs --kind "$kind" --sync "$sync" --http "$http" \
    --changes "$CHANGES" --manifests "$(IFS=,; echo "${manifests[*]}")" \
    --user "bench$(( CLIENTS + 1 ))" --passphrase-file "$dir/bench$(( CLIENTS + 1 )).pass") || { echo "$verified" >&2; log "verification failed"; exit 1; }
  log "$verified"

  kill -TERM "$SERVER_PID"; wait "$SERVER_PID" || true; SERVER_PID=
  local disk; disk=$(du -sb "$data" | cut -f1)
  awk -v kind="$kind" -v run="$run" -v start="$start" -v end="$end" -v ready="$cpu_ready" -v cpu="$cpu_end" \
    -v peak="$peak" -v disk="$disk" -v empty="$empty_disk" -v verified="${verified#verified: }" \
    'BEGIN { printf "%s\t%s\t%.1f\t%.2f\t%.2f\t%s\t%.2f\t%.2f\t%s\n", kind, run, end - start, cpu, cpu - ready, peak, disk / 1e6, empty / 1e6, verified }' >> "$RESULTS"
}

for (( run = 1; run <= RUNS; run++ )); do
  run_one hospes "$run"
  run_one reference "$run"
done

# The table.
echo
echo "$CLIENTS clients, $DOCS documents, each created and then changed $CHANGES times; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(date -u +%Y-%m-%d)"
echo
echo "| server | run | load wall s | server CPU s (total) | server CPU s (load only) | peak memory MB (VmHWM) | disk MB after shutdown | of which empty data dir MB | verified |"
echo "|---|---|---|---|---|---|---|---|---|"
awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %.2f | %.2f | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9 }' "$RESULTS"
echo
echo "| ratio hospes / reference (mean of runs) | CPU total | peak memory | disk | load wall time |"
echo "|---|---|---|---|---|"
awk -F'\t' '{ n[$1]++; cpu[$1]+=$4; mem[$1]+=$6; disk[$1]+=$7; wall[$1]+=$3 }
  END { h="hospes"; r="reference";
        printf "| | %.3f (budget <= 0.333) | %.3f (budget <= 0.200) | %.2f (budget <= 1) | %.2f |\n",
          (cpu[h]/n[h])/(cpu[r]/n[r]), (mem[h]/n[h])/(mem[r]/n[r]), (disk[h]/n[h])/(disk[r]/n[r]), (wall[h]/n[h])/(wall[r]/n[r]) }' "$RESULTS"
