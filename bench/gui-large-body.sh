#!/bin/sh
# A large JSON response (an array of customer records) received from a zato-demo-server process and
# shown in the window, offscreen: time until shown, the longest stall of the GUI event loop while it
# loads, and peak RSS; beside curl fetching the same body, and beside the same window told to render
# the whole body as text at once (the render limit raised above it), the way it worked before.
# Writes bench/results/gui-large-body.md.
set -eu
cd "$(dirname "$0")/.."
PORT=${ZD_BENCH_PORT:-18573}
scripts/install-deps.sh curl time
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DZD_BUILD_TESTS=OFF -DZD_BUILD_BENCH=ON >/dev/null
cmake --build build/bench --target bench_guistall zato-demo-server | tail -1
build/bench/src/demo-server/zato-demo-server --port "$PORT" >/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
sleep 0.5
field() { python3 -c "import json,sys; print(json.loads(sys.stdin.read())['$1'])"; }
run() { QT_QPA_PLATFORM=offscreen build/bench/bench/bench_guistall --address "http://127.0.0.1:$PORT" \
    --customer-id "records:$1" ${2:+--render-limit $2} 2>/dev/null; }
curl_time() {
    printf '{"cust_id": "records:%s"}' "$1" > /tmp/zd-bench-payload.json
    /usr/bin/time -f '%e' curl -s -o /dev/null -u django:my-password --data-binary @/tmp/zd-bench-payload.json \
        "http://127.0.0.1:$PORT/demo/sized-body" 2>&1 | tail -1
}
{
    echo "## A large JSON response shown in the window ($(date -u +%Y-%m-%d), $(nproc) cores, Release, offscreen)"
    echo
    echo "| Body | Shown after | Longest event-loop stall | Peak RSS (x body) | curl fetch | Rendered at once: shown, stall, RSS |"
    echo "|---:|---:|---:|---:|---:|---:|"
    for mb in 20 50; do
        bytes=$((mb * 1048576))
        out=$(run "$bytes")
        shown=$(echo "$out" | field shown_ms); stall=$(echo "$out" | field max_stall_ms); rss=$(echo "$out" | field peak_rss_mb)
        body=$(echo "$out" | field body_bytes)
        times=$(awk -v r="$rss" -v b="$body" 'BEGIN { printf "%.1f", r * 1048576 / b }')
        ct=$(curl_time "$bytes")
        old=$(run "$bytes" 1000000000)
        oshown=$(echo "$old" | field shown_ms); ostall=$(echo "$old" | field max_stall_ms); orss=$(echo "$old" | field peak_rss_mb)
        echo "| $mb MB | $shown ms | $stall ms | $rss MB ($times) | $ct s | $oshown ms, $ostall ms, $orss MB |"
    done
    echo
    echo "Reproduce: \`bench/gui-large-body.sh\`. Aims: no stall above 100 ms, peak RSS under 5x the body."
} > bench/results/gui-large-body.md
cat bench/results/gui-large-body.md
