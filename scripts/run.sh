#!/bin/sh
# Installs what is missing, builds, and launches Zato Desk against the built-in demo server
# (zato-desk --demo). Extra arguments go to zato-desk.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh default >/dev/null
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "zato-desk needs a graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set)." >&2
    echo "Start it from your desktop, or try the command-line client: build/default/src/cli/zato-invoke --help" >&2
    exit 1
fi
exec build/default/src/app/zato-desk --demo "$@"
