#!/bin/sh
# Runs a command with a private, unlocked gnome-keyring answering as the Secret Service, in a
# throwaway HOME. Use inside a private bus: dbus-run-session -- with-keyring.sh CMD [ARGS...]
set -eu
HOME=$(mktemp -d)
XDG_RUNTIME_DIR=$HOME
export HOME XDG_RUNTIME_DIR
trap 'rm -rf "$HOME"' EXIT
printf '%s' "ci-keyring-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
i=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; do
    i=$((i + 1))
    [ "$i" -lt 100 ] || { echo "with-keyring.sh: the Secret Service did not appear" >&2; exit 1; }
    sleep 0.1
done
"$@"
