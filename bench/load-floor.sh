#!/bin/sh
# Load mode on one connection beside its floor, in one run: `zato-invoke --repeat N --concurrency 1`
# and a bare QNetworkAccessManager loop doing the same POST (bench/qnamloop.cpp), both against the
# same zato-demo-server channel on loopback, with wrk on one connection as the ceiling. Each is run
# ROUNDS times, alternating, and the median kept. Writes bench/results/load-floor.md.
set -eu
cd "$(dirname "$0")/.."
PORT=${ZD_BENCH_PORT:-18573}
CALLS=${ZD_BENCH_CALLS:-5000}
ROUNDS=${ZD_BENCH_ROUNDS:-5}
scripts/install-deps.sh wrk
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DZD_BUILD_TESTS=OFF -DZD_BUILD_BENCH=ON >/dev/null
cmake --build build/bench --target zato-invoke zato-demo-server bench_qnamloop | tail -1
bin=build/bench

work=$(mktemp -d)
export HOME="$work" XDG_CONFIG_HOME="$work/.config" XDG_RUNTIME_DIR="$work" ZATO_PASSWORD=my-password
"$bin/src/demo-server/zato-demo-server" --port "$PORT" >/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 0.5
url="http://127.0.0.1:$PORT/clients/django/json-client"
printf '%s' '{"cust_id": "123"}' > "$work/payload.json"
cat > "$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"cust_id": "123"}'
wrk.headers["Authorization"] = "Basic ZGphbmdvOm15LXBhc3N3b3Jk"
LUA

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
: > "$work/zd"; : > "$work/floor"
for _ in $(seq "$ROUNDS"); do
    "$bin/src/cli/zato-invoke" --client json --address "http://127.0.0.1:$PORT" --path /clients/django/json-client \
        --user django --password-env ZATO_PASSWORD --payload-file "$work/payload.json" --repeat "$CALLS" \
        --concurrency 1 --format json | python3 -c "import json,sys; print('%.0f' % json.load(sys.stdin)['calls_per_second'])" >> "$work/zd"
    "$bin/bench/bench_qnamloop" "$url" "$CALLS" >> "$work/floor"
done
zd=$(median < "$work/zd"); floor=$(median < "$work/floor")
ceiling=$(wrk -t1 -c1 -d5s -s "$work/post.lua" "$url" | awk '/Requests\/sec/ { printf "%.0f", $2 }')
per() { awk -v c="$1" 'BEGIN { printf "%.3f", 1000 / c }'; }
ratio=$(awk -v a="$floor" -v b="$zd" 'BEGIN { printf "%.2f", a / b }')
mkdir -p bench/results
{
    echo "## Load mode on one connection beside its floor ($(date -u +%Y-%m-%d), $(nproc) cores, Release build, loopback)"
    echo
    echo "| | Calls/s (median of $ROUNDS runs of $CALLS) | ms per call | Time per call, x the floor |"
    echo "|:---|---:|---:|---:|"
    echo "| \`zato-invoke --repeat --concurrency 1\` | $zd | $(per "$zd") | $ratio |"
    echo "| bare QNetworkAccessManager loop (the floor) | $floor | $(per "$floor") | 1.00 |"
    echo "| wrk, one connection (the ceiling) | $ceiling | $(per "$ceiling") | |"
    echo
    echo "Every run: zato-invoke $(tr '\n' ' ' < "$work/zd"); the loop $(tr '\n' ' ' < "$work/floor")."
    echo
    echo "Reproduce: \`bench/load-floor.sh\`"
} > bench/results/load-floor.md
cat bench/results/load-floor.md
