#!/bin/sh
# The window with a full call history (1,000 calls, 64 MB) while 20 calls are made to a
# zato-demo-server process and a filter is typed into the History dock, offscreen: the longest stall
# of the GUI event loop in each phase, beside the same window with an empty history (the floor).
# Writes bench/results/history-stall.md.
set -eu
cd "$(dirname "$0")/.."
PORT=${ZD_BENCH_PORT:-18574}
scripts/install-deps.sh
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DZD_BUILD_TESTS=OFF -DZD_BUILD_BENCH=ON >/dev/null
cmake --build build/bench --target bench_historystall zato-demo-server | tail -1
build/bench/src/demo-server/zato-demo-server --port "$PORT" >/dev/null &
server=$!
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 0.5
export QT_QPA_PLATFORM=offscreen
build/bench/bench/bench_historystall --fill "$work/full.sqlite" >/dev/null 2>&1
field() { python3 -c "import json,sys; print(json.loads(sys.stdin.read())['$1'])"; }
run() {
    cp "$1" "$work/run.sqlite" 2>/dev/null || rm -f "$work/run.sqlite"
    build/bench/bench/bench_historystall --history "$work/run.sqlite" --address "http://127.0.0.1:$PORT" 2>/dev/null
}
full=$(run "$work/full.sqlite")
empty=$(run "$work/none")
{
    echo "## The window's longest event-loop stall with a full history ($(date -u +%Y-%m-%d), $(nproc) cores, Release, offscreen)"
    echo
    echo "| Phase | 1,000 calls, 64 MB | Empty history (floor) | Ratio |"
    echo "|:---|---:|---:|---:|"
    for phase in open calling typing; do
        a=$(echo "$full" | field "${phase}_stall_ms"); b=$(echo "$empty" | field "${phase}_stall_ms")
        echo "| $phase | $a ms | $b ms | $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }') |"
    done
    echo
    echo "Reproduce: \`bench/history-stall.sh\`. Aim: no stall above 16 ms (one frame)."
} > bench/results/history-stall.md
cat bench/results/history-stall.md
