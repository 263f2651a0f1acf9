#!/usr/bin/env bash
# Builds hospes against samod-core 0.16.0 with tests/bench/samod-core-hub.patch
# applied (the hub change proposed upstream, see docs/PERFORMANCE.md) and
# leaves the binary at target/hospes-samod-patched, for
#   HOSPES_BIN=target/hospes-samod-patched tests/bench/sync-benchmark.sh
# The patched crate lives in a temporary folder only; Cargo.lock is put back.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"

cargo fetch --locked >/dev/null
registry="${CARGO_HOME:-$HOME/.cargo}/registry/src"
source_dir=$(find "$registry" -mindepth 2 -maxdepth 2 -type d -name samod-core-0.16.0 | head -n 1)
[[ -n "$source_dir" ]] || { echo "samod-core 0.16.0 is not in $registry" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/samod-core-patched.XXXXXX")
cp Cargo.lock "$WORK/Cargo.lock.kept"
restore() { cp "$WORK/Cargo.lock.kept" Cargo.lock; rm -rf "$WORK"; }
trap restore EXIT
cp -r "$source_dir" "$WORK/samod-core"
patch --quiet -d "$WORK/samod-core" -p1 < tests/bench/samod-core-hub.patch

cargo build --release -p hospes --config "patch.crates-io.samod-core.path=\"$WORK/samod-core\""
cp target/release/hospes target/hospes-samod-patched
echo "built target/hospes-samod-patched" >&2
