#!/bin/sh
# All of Zato Desk's figures beside their baselines, measured in one run on a Release build, each
# with its ratio and its aim (bench/summary.py), written to bench/results/summary.md; every script
# it runs also writes its own details to bench/results/:
#   - zato-desk start to first window and idle RSS, beside an empty QMainWindow (startup.sh);
#   - a 50 MB response shown in the window: stalls and peak RSS (gui-large-body.sh);
#   - zato-invoke on a 20 MB response beside curl (cli-large-body.sh);
#   - the document's build speed beside simdjson (json-parse.sh);
#   - load mode on one connection beside a bare QNetworkAccessManager loop (load-floor.sh);
#   - one call, process start to exit, beside curl and Python requests; sustained calls per second,
#     beside wrk (the ceiling) and a Python requests.Session loop (here).
# Every peer talks to a zato-demo-server on loopback. Needs a quiet machine; takes about 15 minutes.
#   ZD_BENCH_BEFORE  passed on to gui-large-body.sh (the base revision's bench_guistall); when unset
#                    and build/bench-before has one, that one is used
set -eu
cd "$(dirname "$0")/.."
PORT=${ZD_BENCH_PORT:-18572}
scripts/install-deps.sh hyperfine curl wrk time python3 python3-requests xvfb xauth
before=build/bench-before/build/bench/bench_guistall
if [ -z "${ZD_BENCH_BEFORE:-}" ] && [ -x "$before" ]; then
    export ZD_BENCH_BEFORE="$before"
fi
bench/startup.sh >/dev/null
bench/gui-large-body.sh >/dev/null
RUNS=9 bench/cli-large-body.sh >/dev/null
bench/json-parse.sh 20 7 >/dev/null
bench/load-floor.sh >/dev/null
bin=build/bench/src
cmake --build build/bench --target zato-invoke zato-demo-server | tail -1

work=$(mktemp -d)
export HOME="$work" XDG_CONFIG_HOME="$work/.config" XDG_RUNTIME_DIR="$work" ZATO_PASSWORD=my-password
"$bin/demo-server/zato-demo-server" --port "$PORT" >/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 0.5
url="http://127.0.0.1:$PORT/clients/django/json-client"
printf '%s' '{"cust_id": "123"}' > "$work/payload.json"
cat > "$work/one.py" <<PY
import requests
r = requests.post("$url", data=open("$work/payload.json", "rb").read(), auth=("django", "my-password"))
assert r.json()["name"] == "Victoria Murray"
PY
cat > "$work/loop.py" <<PY
import requests, sys, time
s = requests.Session(); s.auth = ("django", "my-password"); body = open("$work/payload.json", "rb").read()
n = int(sys.argv[1]); t = time.perf_counter()
for _ in range(n):
    s.post("$url", data=body).raise_for_status()
print(n / (time.perf_counter() - t))
PY
cat > "$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"cust_id": "123"}'
wrk.headers["Authorization"] = "Basic ZGphbmdvOm15LXBhc3N3b3Jk"
LUA
zd="$bin/cli/zato-invoke --client json --address http://127.0.0.1:$PORT --path /clients/django/json-client --user django --password-env ZATO_PASSWORD --payload-file $work/payload.json"
cl="curl -s -X POST -u django:my-password --data-binary @$work/payload.json $url"
py="/usr/bin/python3 $work/one.py"

hyperfine -N --warmup 5 --runs 60 --export-json "$work/one.json" -n zato-invoke "$zd" -n curl "$cl" -n "python requests" "$py" >&2
mean() { python3 -c "import json,sys; d=json.load(open('$work/one.json')); print('%.1f' % (1000*[r['mean'] for r in d['results'] if r['command']==sys.argv[1]][0]))" "$1"; }
one_zd=$(mean zato-invoke); one_cl=$(mean curl); one_py=$(mean "python requests")

cps_zd=$($zd --repeat 20000 --concurrency 4 --format json | python3 -c "import json,sys; print('%.0f' % json.load(sys.stdin)['calls_per_second'])")
cps_wrk=$(wrk -t2 -c4 -d5s -s "$work/post.lua" "$url" | awk '/Requests\/sec/ { printf "%.0f", $2 }')
cps_py=$(/usr/bin/python3 "$work/loop.py" 2000 | awk '{ printf "%.0f", $1 }')

cat > "$work/calls.json" <<JSON
{"one_ms": $one_zd, "one_curl_ms": $one_cl, "one_python_ms": $one_py,
 "cps": $cps_zd, "cps_wrk": $cps_wrk, "cps_python": $cps_py}
JSON
{
    echo "## Zato Desk beside its baselines ($(date -u +%Y-%m-%d), $(nproc) cores, Release build, loopback)"
    echo
    python3 bench/summary.py bench/results "$work/calls.json"
    echo
    echo "Reproduce: \`bench/run.sh\`. Each figure's details are in the other files of bench/results/."
} > "$work/summary.md"
cp "$work/summary.md" bench/results/summary.md
cp "$work/calls.json" bench/results/calls.json # so the table can be made again after one script is rerun
cat bench/results/summary.md
