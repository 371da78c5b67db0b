#!/bin/sh
# All of Zato Desk's figures beside their baselines, measured in one run on a Release build, written
# to bench/results/summary.md (startup details in bench/results/startup.md):
#   - zato-desk start to first window and idle RSS, beside an empty QMainWindow (bench/startup.sh);
#   - one zato-invoke call, process start to exit, beside curl and Python requests;
#   - sustained calls per second, beside wrk (the ceiling) and a Python requests.Session loop;
#   - a 20 MB and a 50 MB response: time and peak RSS, zato-invoke and zato-desk, beside curl.
# Every peer talks to the same zato-demo-server channel on loopback. Needs a quiet machine.
set -eu
cd "$(dirname "$0")/.."
PORT=${ZD_BENCH_PORT:-18572}
scripts/install-deps.sh hyperfine curl wrk time python3 python3-requests xvfb xauth
bench/startup.sh >/dev/null
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

large() { # size -> "zd_s zd_mb curl_s curl_mb gui_s gui_mb"
    size=$1
    printf '{"size": %s}' "$size" > "$work/size.json"
    set -- $( { /usr/bin/time -f '%e %M' "$bin/cli/zato-invoke" --client json --address "http://127.0.0.1:$PORT" \
        --path /demo/sized-body --user django --password-env ZATO_PASSWORD --payload-file "$work/size.json" \
        --format json >/dev/null; } 2>&1 | tail -1)
    zd_s=$1; zd_mb=$(( $2 / 1024 ))
    set -- $( { /usr/bin/time -f '%e %M' curl -s -o /dev/null -u django:my-password --data-binary @"$work/size.json" \
        "http://127.0.0.1:$PORT/demo/sized-body"; } 2>&1 | tail -1)
    cl_s=$1; cl_mb=$(( $2 / 1024 ))
    QT_QPA_PLATFORM=offscreen /usr/bin/time -o "$work/gui.time" -f '%e %M' "$bin/app/zato-desk" --demo --client json \
        --json-path /demo/sized-body --customer-id "$size" --quit-after-call >/dev/null 2>&1
    set -- $(tail -1 "$work/gui.time")
    gui_s=$1; gui_mb=$(( $2 / 1024 ))
    echo "$zd_s $zd_mb $cl_s $cl_mb $gui_s $gui_mb"
}
l20=$(large 20971520); l50=$(large 52428800)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

{
    echo "## Zato Desk beside its baselines ($(date -u +%Y-%m-%d), $(nproc) cores, Release build, loopback)"
    echo
    echo "| Figure | Zato Desk | Baseline(s) | Ratio |"
    echo "|:---|---:|:---|---:|"
    sed -n 's/^| `zato-desk` | \([0-9.]*\) ± \([0-9.]*\) |.*/\1 \2/p' bench/results/startup.md | head -1 | {
        read -r ms sd
        e=$(sed -n 's/^| `empty QMainWindow` | \([0-9.]*\) ± .*/\1/p' bench/results/startup.md | head -1)
        echo "| zato-desk start to first window, offscreen | $ms ms | empty QMainWindow $e ms | $(ratio "$ms" "$e") |"
    }
    echo "| One call, process start to exit | zato-invoke $one_zd ms | curl $one_cl ms, Python requests $one_py ms | $(ratio "$one_zd" "$one_cl") of curl, $(ratio "$one_zd" "$one_py") of Python |"
    echo "| Sustained calls/s, 4 connections | zato-invoke --repeat $cps_zd/s | wrk $cps_wrk/s (ceiling), Python Session $cps_py/s (1 connection) | $(ratio "$cps_zd" "$cps_wrk") of wrk, $(ratio "$cps_zd" "$cps_py") of Python |"
    set -- $l20
    echo "| 20 MB response: time, peak RSS | zato-invoke $1 s, $2 MB; zato-desk $5 s, $6 MB | curl $3 s, $4 MB | RSS $(ratio "$2" "$4") of curl |"
    set -- $l50
    echo "| 50 MB response: time, peak RSS | zato-invoke $1 s, $2 MB; zato-desk $5 s, $6 MB | curl $3 s, $4 MB | RSS $(ratio "$2" "$4") of curl |"
    echo
    echo "Reproduce: \`bench/run.sh\`. zato-desk's large-body runs include its in-process demo server."
} > bench/results/summary.md
cat bench/results/summary.md
