#!/bin/sh
# Installs what is missing, builds, and runs zato-invoke with the given arguments
# (with none, its help). Until the desktop window lands, the command-line client is the app.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh default >/dev/null
if [ "$#" -eq 0 ]; then
    exec build/default/src/cli/zato-invoke --help
fi
exec build/default/src/cli/zato-invoke "$@"
