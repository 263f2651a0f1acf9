#!/bin/sh
# Runs one fuzz target for a while, from this folder:
#
#     ./run.sh TARGET [SECONDS]        (default 600)
#
# cargo fuzz needs nightly compiler flags; RUSTC_BOOTSTRAP=1 lets the
# stable toolchain take them. New inputs go to corpus/TARGET (not
# committed); the hand-made seeds/TARGET are read, never written.
# Findings land in artifacts/TARGET.
set -eu
target=$1
seconds=${2:-600}
mkdir -p "corpus/$target"
# -timeout: one input may take at most 300 s (the server targets start a
# server, with demo content, on their first input: minutes in a sanitizer
# build on a busy machine); -rss_limit_mb: those keep it running.
RUSTC_BOOTSTRAP=1 exec cargo fuzz run "$target" "corpus/$target" "seeds/$target" -- \
    -max_total_time="$seconds" -timeout=300 -rss_limit_mb=4096 -print_final_stats=1
