#!/bin/sh
# A 50 MB JSON response received from a zato-demo-server process and shown in the window, offscreen,
# with the Response tab (the pretty-printed text) in front: an array of customer records, and one long
# string. For each: the time until all of the pretty text is shown, the longest stall of the GUI event
# loop, peak RSS; beside the base revision's window doing the same, in the same run.
#   RUNS             runs of each, the median of each figure reported (default 5)
#   ZD_BENCH_BUILD   build directory of this revision (default build/bench, configured Release here)
#   ZD_BENCH_BEFORE  bench_guistall of the base revision (default: built from ZD_BENCH_BASE, default
#                    d55525d, the last with a response read into a tree of values, in
#                    build/bench-before, Release)
# Writes bench/results/gui-large-body.md.
set -eu
cd "$(dirname "$0")/.."
PORT=${ZD_BENCH_PORT:-18573}
BUILD=${ZD_BENCH_BUILD:-build/bench}
BASE=${ZD_BENCH_BASE:-d55525d}
RUNS=${RUNS:-5}
scripts/install-deps.sh curl time
if [ "$BUILD" = build/bench ]; then
    cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DZD_BUILD_TESTS=OFF -DZD_BUILD_BENCH=ON >/dev/null
else
    cmake -B "$BUILD" -DZD_BUILD_BENCH=ON >/dev/null
fi
cmake --build "$BUILD" --target bench_guistall zato-demo-server | tail -1
BEFORE=${ZD_BENCH_BEFORE:-}
if [ -z "$BEFORE" ]; then
    rm -rf build/bench-before/src && mkdir -p build/bench-before/src
    git archive "$BASE" | tar -x -C build/bench-before/src
    cmake -S build/bench-before/src -B build/bench-before/build -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DZD_BUILD_TESTS=OFF -DZD_BUILD_BENCH=ON >/dev/null
    cmake --build build/bench-before/build --target bench_guistall | tail -1
    BEFORE=build/bench-before/build/bench/bench_guistall
fi
"$BUILD"/src/demo-server/zato-demo-server --port "$PORT" >/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
sleep 0.5
field() { python3 -c "import json,sys; print(json.loads(sys.stdin.read())['$1'])"; }
# A run that does not end in two minutes is reported as such.
run() { QT_QPA_PLATFORM=offscreen timeout 120 "$@" --address "http://127.0.0.1:$PORT" 2>/dev/null || true; }
# The median of each figure over RUNS runs (stalls vary from run to run on a shared machine).
median() {
    out=""
    i=0
    while [ "$i" -lt "$RUNS" ]; do
        out="$out$(run "$@")
"
        i=$((i + 1))
    done
    printf '%s' "$out" | python3 -c 'import json, statistics, sys
runs = [json.loads(line) for line in sys.stdin if line.strip()]
mid = {k: statistics.median(r[k] for r in runs) for k in runs[0]} if runs else {}
print(json.dumps({k: int(v) if v == int(v) else round(v, 1) for k, v in mid.items()}) if runs else "")'
}
bytes=$((50 * 1048576))
{
    echo "## A 50 MB JSON response shown in the window with its pretty text ($(date -u +%Y-%m-%d), $(nproc) cores, $(basename "$BUILD"), offscreen, median of $RUNS runs)"
    echo
    echo "| Body | Before ($BASE): shown, longest stall, peak RSS | After: shown, longest stall, peak RSS (x body) | After: longest stall once the call finished | After: Ctrl+End, Find (whole text), data tree tab first shown |"
    echo "|---|---:|---:|---:|---:|"
    for shape in records string; do
        id=$bytes
        [ "$shape" = records ] && id="records:$bytes"
        old=$(median "$BEFORE" --customer-id "$id")
        if [ -n "$old" ]; then
            before="$(echo "$old" | field shown_ms) ms, $(echo "$old" | field max_stall_ms) ms, $(echo "$old" | field peak_rss_mb) MB"
        else
            before="not shown within 120 s"
        fi
        new=$(median "$BUILD"/bench/bench_guistall --customer-id "$id")
        body=$(echo "$new" | field body_bytes); rss=$(echo "$new" | field peak_rss_mb)
        times=$(awk -v r="$rss" -v b="$body" 'BEGIN { printf "%.1f", r * 1048576 / b }')
        after="$(echo "$new" | field shown_ms) ms, $(echo "$new" | field max_stall_ms) ms, $rss MB ($times)"
        moves="$(echo "$new" | field end_ms) ms, $(echo "$new" | field find_ms) ms, $(echo "$new" | field tree_ms) ms"
        echo "| $shape, $body bytes (pretty text $(echo "$new" | field text_bytes) bytes) | $before | $after | $(echo "$new" | field max_stall_after_call_ms) ms | $moves |"
    done
    echo
    echo "Before, the base revision read a response into a tree of values (Qt strings, one node each);"
    echo "after, into one compact document (the body's bytes and a tape of eight bytes a value) that the"
    echo "tree, the pretty text and the outcome read. Both show all of the pretty text in a view that"
    echo "lays out only what is on screen; after, a pretty text of short lines is never held whole (it is"
    echo "written again, a 16 kB page at a time, where the view reads it). Shown: from pressing Get"
    echo "customer to the whole text in the view, its lines indexed. The longest stall is that of the whole run;"
    echo "the one once the call finished leaves out the call's own reading of the body."
    echo
    echo "Reproduce: \`bench/gui-large-body.sh\`. Aims: no stall above 50 ms, peak RSS at most 3x the body."
} > bench/results/gui-large-body.md
cat bench/results/gui-large-body.md
