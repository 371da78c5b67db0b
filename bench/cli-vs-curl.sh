#!/bin/sh
# One zato-invoke call (process start to exit) beside curl sending the same POST with Basic auth,
# against the same local nginx, measured in one hyperfine run so the ratio is what counts.
# Writes bench/results/cli-vs-curl.md.
set -eu
cd "$(dirname "$0")/.."
PORT=${ZD_BENCH_PORT:-18571}
RUNS=${ZD_BENCH_RUNS:-100}

scripts/install-deps.sh nginx-light hyperfine curl time
scripts/build.sh release >/dev/null

dir=$(mktemp -d)
trap 'kill "$(cat "$dir/nginx.pid" 2>/dev/null)" 2>/dev/null || true; rm -rf "$dir"' EXIT
sed "s|@DIR@|$dir|g; s|@PORT@|$PORT|g" bench/nginx.conf.in > "$dir/nginx.conf"
/usr/sbin/nginx -c "$dir/nginx.conf" -e "$dir/error.log" &
i=0; until curl -s -o /dev/null "http://127.0.0.1:$PORT/"; do i=$((i+1)); [ $i -lt 50 ] || exit 1; sleep 0.1; done

# The exact 241-byte body zato-invoke sends for customer.get1 with {"cust_id": "123"}.
printf '%s' '{"name": "customer.get1", "payload": "eyJjdXN0X2lkIjogIjEyMyJ9", "channel": "invoke", "data_format": "json", "transport": null, "is_async": false, "expiration": 15, "pid": null, "all_pids": false, "timeout": null, "skip_response_elem": true}' > "$dir/body.json"
printf '%s' '{"cust_id": "123"}' > "$dir/payload.json"
export ZD_BENCH_PASSWORD=my-password
url="http://127.0.0.1:$PORT/clients/django/any-service-invoker"
zd="build/release/src/cli/zato-invoke --address http://127.0.0.1:$PORT --path /clients/django/any-service-invoker --user django --password-env ZD_BENCH_PASSWORD --payload-file $dir/payload.json"
cl="curl -s -X POST -u django:my-password -H Content-Type:application/json --data-binary @$dir/body.json $url"

$zd --format json | grep -q '"ok": true'
mkdir -p bench/results
hyperfine -N --warmup 10 --runs "$RUNS" --export-markdown "$dir/table.md" -n zato-invoke "$zd" -n curl "$cl"
rss_zd=$( { /usr/bin/time -f '%M' $zd >/dev/null; } 2>&1 | tail -1)
rss_cl=$( { /usr/bin/time -f '%M' $cl >/dev/null; } 2>&1 | tail -1)
{
    echo "## One call, process start to exit ($(date -u +%Y-%m-%d), $(nproc) cores)"
    echo
    sed "s|$dir|\$TMP|g; s|$url|URL|g" "$dir/table.md"
    echo
    echo "Peak RSS: zato-invoke ${rss_zd} KB, curl ${rss_cl} KB. Server: nginx returning a fixed G2 body on loopback."
    echo "Reproduce: \`bench/cli-vs-curl.sh\`"
} > bench/results/cli-vs-curl.md
cat bench/results/cli-vs-curl.md
