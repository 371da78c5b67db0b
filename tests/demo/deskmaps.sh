#!/bin/sh
# zato-desk maps its demo module, and libcrypto with it, only when started with --demo: two real
# starts, offscreen, each one's /proc/PID/maps read once its services are open (the history's SQLite
# driver is mapped then, after the first frame, as a history file is there to open), or once the demo
# module is there.
#   deskmaps.sh ZATO_DESK
set -eu
desk=$1
home=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home"
export QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS=disabled:

# Starts zato-desk with "$@" and waits (up to 60 s) until its maps hold $wanted; leaves them in $home/maps.
start_and_wait() {
    "$desk" "$@" >"$home/out" 2>&1 &
    pid=$!
    tries=0
    until grep -q "$wanted" "/proc/$pid/maps" 2>/dev/null; do
        tries=$((tries + 1))
        if [ "$tries" -gt 600 ] || ! kill -0 "$pid" 2>/dev/null; then
            echo "zato-desk $* never mapped $wanted:" >&2
            cat "$home/out" >&2
            exit 1
        fi
        sleep 0.1
    done
    cp "/proc/$pid/maps" "$home/maps"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    pid=""
}

mkdir -p "$XDG_DATA_HOME/Zato Desk/zato-desk"
: >"$XDG_DATA_HOME/Zato Desk/zato-desk/history.sqlite" # an empty file is an empty SQLite database
wanted=libqsqlite
start_and_wait
if grep -e libzd_demo_module -e libcrypto "$home/maps"; then
    echo "zato-desk without --demo mapped the demo module or libcrypto (above)" >&2
    exit 1
fi
wanted=libzd_demo_module
start_and_wait --demo
grep -q libcrypto "$home/maps" || { echo "zato-desk --demo mapped its module without libcrypto" >&2; exit 1; }
echo "zato-desk maps the demo module and libcrypto with --demo only: ok"
