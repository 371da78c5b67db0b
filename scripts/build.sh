#!/bin/sh
# Configures and builds one CMake preset (default: "default", or $ZD_PRESET).
set -eu
cd "$(dirname "$0")/.."
preset=${1:-${ZD_PRESET:-default}}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
