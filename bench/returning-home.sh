#!/bin/sh
# Makes DIR the home of a returning user of zato-desk: a call through the demo server recorded in the
# history, then a saved profile (its password in the keychain) chosen as the one to start with.
# Needs a session bus with an unlocked keychain (tests/support/with-keyring.sh).
# usage: bench/returning-home.sh DIR ZATO_DESK ZATO_INVOKE
set -eu
home=$1 desk=$2 invoke=$3
mkdir -p "$home/.config/Zato Desk"
unset XDG_DATA_HOME XDG_CACHE_HOME # the home's own, under HOME
HOME="$home" XDG_CONFIG_HOME="$home/.config" QT_QPA_PLATFORM=offscreen \
    "$desk" --demo --quit-after-call >/dev/null 2>&1 || { echo "returning-home.sh: the demo call failed" >&2; exit 1; }
python3 -c "import sqlite3, sys; sys.exit(sqlite3.connect(sys.argv[1]).execute('SELECT COUNT(*) FROM calls').fetchone()[0] < 1)" \
    "$home/.local/share/Zato Desk/zato-desk/history.sqlite" || { echo "returning-home.sh: no call was recorded" >&2; exit 1; }
HOME="$home" XDG_CONFIG_HOME="$home/.config" RETURNING_PASSWORD=bench-password \
    "$invoke" profiles save Returning --address http://127.0.0.1:9 --path /any \
    --user bench --password-env RETURNING_PASSWORD >/dev/null
id=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(d['profiles'][0]['id'])" \
    "$home/.config/zato-desk/profiles.json")
conf="$home/.config/Zato Desk/zato-desk.conf"
if grep -q '^current=' "$conf" 2>/dev/null; then
    sed -i "s/^current=.*/current=$id/" "$conf"
else
    printf '[profiles]\ncurrent=%s\n' "$id" >> "$conf"
fi
