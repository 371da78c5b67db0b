#!/bin/sh
# Installs what is missing, builds, and runs every test (offscreen, no display needed).
# ZD_PRESET selects the CMake preset: default, ci (warnings are errors) or asan-ubsan.
set -eu
cd "$(dirname "$0")/.."
preset=${ZD_PRESET:-default}
scripts/install-deps.sh
scripts/build.sh "$preset"
ctest --preset "$preset"
