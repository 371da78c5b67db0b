#!/bin/sh
# A 20 MB JSON response fetched and read by zato-invoke (parsed, and written out as its JSON
# report) beside curl fetching the same body to /dev/null, in one run: records and one long string,
# the median time of RUNS (default 7) runs each (hyperfine), the median peak RSS of RUNS alternating
# runs each (/usr/bin/time), and their ratios.
#   ZD_BENCH_BUILD  build directory (default build/bench, configured Release here)
# Writes bench/results/cli-large-body.md.
set -eu
cd "$(dirname "$0")/.."
PORT=${ZD_BENCH_PORT:-18574}
BUILD=${ZD_BENCH_BUILD:-build/bench}
RUNS=${RUNS:-7}
scripts/install-deps.sh curl time hyperfine
if [ "$BUILD" = build/bench ]; then
    cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DZD_BUILD_TESTS=OFF -DZD_BUILD_BENCH=ON >/dev/null
fi
cmake --build "$BUILD" --target zato-invoke zato-demo-server | tail -1
work=$(mktemp -d)
"$BUILD"/src/demo-server/zato-demo-server --port "$PORT" >/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 0.5
export ZATO_PASSWORD=my-password
bytes=$((20 * 1048576))
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
{
    echo "## A 20 MB JSON response: zato-invoke beside curl ($(date -u +%Y-%m-%d), $(nproc) cores, $(basename "$BUILD"), loopback, median of $RUNS)"
    echo
    echo "| Body | zato-invoke: s, peak MB | curl: s, peak MB | Time, x curl | Peak RSS, x body |"
    echo "|---|---:|---:|---:|---:|"
    for shape in records string; do
        printf '{"size": %s, "shape": "%s"}' "$bytes" "$shape" > "$work/size.json"
        zd="$BUILD/src/cli/zato-invoke --client json --address http://127.0.0.1:$PORT --path /demo/sized-body --user django --password-env ZATO_PASSWORD --payload-file $work/size.json --format json"
        cl="curl -s -o /dev/null -u django:my-password --data-binary @$work/size.json http://127.0.0.1:$PORT/demo/sized-body"
        hyperfine -N --warmup 1 --runs "$RUNS" --output null --export-json "$work/times.json" "$zd" "$cl" >/dev/null 2>&1
        zd_s=$(python3 -c "import json; print('%.3f' % json.load(open('$work/times.json'))['results'][0]['median'])")
        cl_s=$(python3 -c "import json; print('%.3f' % json.load(open('$work/times.json'))['results'][1]['median'])")
        : > "$work/zd"; : > "$work/curl"
        i=0
        while [ "$i" -lt "$RUNS" ]; do
            /usr/bin/time -a -o "$work/zd" -f '%M' $zd >/dev/null
            /usr/bin/time -a -o "$work/curl" -f '%M' $cl
            i=$((i + 1))
        done
        zd_kb=$(median < "$work/zd"); cl_kb=$(median < "$work/curl")
        echo "| $shape, $bytes bytes | $zd_s, $((zd_kb / 1024)) | $cl_s, $((cl_kb / 1024)) | $(ratio "$zd_s" "$cl_s") | $(ratio "$((zd_kb * 1024))" "$bytes") |"
    done
    echo
    echo "zato-invoke's time includes writing the whole body into its JSON report (to /dev/null)."
    echo "Aims: at most 2x curl's time, and at most 2x the body in peak RSS."
    echo
    echo "Reproduce: \`bench/cli-large-body.sh\`"
} > "$work/out.md"
mkdir -p bench/results
cp "$work/out.md" bench/results/cli-large-body.md
cat bench/results/cli-large-body.md
