#!/bin/sh
# Installs what is missing, builds, and runs the app. Until the desktop window lands, that is:
#   scripts/run.sh                 start the built-in demo server, look customer 123 up through
#                                  AnyServiceInvoker and JSONClient with zato-invoke, stop the server
#   scripts/run.sh ARGS...         run zato-invoke with ARGS
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh default >/dev/null
bin=build/default/src
if [ "$#" -gt 0 ]; then
    exec "$bin/cli/zato-invoke" "$@"
fi

log=$(mktemp)
"$bin/demo-server/zato-demo-server" --port 0 --log >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$log"' EXIT INT TERM
i=0
until address=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$log") && [ -n "$address" ]; do
    i=$((i + 1))
    if [ "$i" -gt 100 ] || ! kill -0 "$server" 2>/dev/null; then
        cat "$log" >&2
        exit 1
    fi
    sleep 0.1
done

export ZATO_DEMO_PASSWORD=my-password
echo "Demo server at $address. Customer 123 through AnyServiceInvoker (customer.get1):"
"$bin/cli/zato-invoke" --address "$address" --path /clients/django/any-service-invoker \
    --user django --password-env ZATO_DEMO_PASSWORD --payload '{"cust_id": "123"}'
echo
echo "The same customer through JSONClient (customer.get2):"
"$bin/cli/zato-invoke" --client json --address "$address" --path /clients/django/json-client \
    --user django --password-env ZATO_DEMO_PASSWORD --payload '{"cust_id": "123"}'
echo
echo "The demo server's log:"
sed -n '/^cid=/p' "$log"
echo
echo "Run the server yourself with $bin/demo-server/zato-demo-server (see README.md)."
