#!/bin/sh
# Two builds of zato-desk side by side, in one run: process start to the first frame, offscreen, for
# a first start, a returning user (bench/returning-home.sh) and --demo, RUNS starts each, taken in
# turns (bench/interleaved.py: the machine's drift weighs on both builds alike), on a session bus with
# an unlocked keychain as bench/startup.sh.
#   ZD_BENCH_BEFORE_DESK  the other zato-desk, inside a build tree (where it finds its keychain module),
#                         and ZD_BENCH_BEFORE_LABEL, what it was built from (for the results)
#                         (default: built from ZD_BENCH_BASE, default f561528, the last revision that
#                         opened the keychain, the history and the demo servers before the first frame,
#                         in build/bench-before-start, Release)
# Writes bench/results/startup-ab.md, and every time in bench/results/startup-ab.json.
set -eu
cd "$(dirname "$0")/.."
RUNS=${ZD_BENCH_RUNS:-60}
if [ -z "${ZD_BENCH_IN_SESSION:-}" ]; then
    scripts/install-deps.sh dbus gnome-keyring
    cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DZD_BUILD_TESTS=OFF -DZD_BUILD_BENCH=ON >/dev/null
    cmake --build build/bench --target zato-desk zato-invoke | tail -1
    if [ -z "${ZD_BENCH_BEFORE_DESK:-}" ]; then
        base=${ZD_BENCH_BASE:-f561528}
        rm -rf build/bench-before-start/src && mkdir -p build/bench-before-start/src
        git archive "$base" | tar -x -C build/bench-before-start/src
        cmake -S build/bench-before-start/src -B build/bench-before-start/build -G Ninja \
            -DCMAKE_BUILD_TYPE=Release -DZD_BUILD_TESTS=OFF >/dev/null
        cmake --build build/bench-before-start/build --target zato-desk | tail -1
        ZD_BENCH_BEFORE_DESK=build/bench-before-start/build/src/app/zato-desk
        ZD_BENCH_BEFORE_LABEL=$base
    fi
    ZD_BENCH_BEFORE_DESK="$ZD_BENCH_BEFORE_DESK" ZD_BENCH_BEFORE_LABEL="${ZD_BENCH_BEFORE_LABEL:-}" ZD_BENCH_IN_SESSION=1 \
        exec dbus-run-session -- tests/support/with-keyring.sh bench/startup-ab.sh "$@"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
after=build/bench/src/app/zato-desk
before=$ZD_BENCH_BEFORE_DESK
unset XDG_DATA_HOME XDG_CACHE_HOME # every home's own, under HOME
bench/returning-home.sh "$work/returning" "$after" build/bench/src/cli/zato-invoke
mkdir -p "$work/first-before" "$work/first-after"
in_home() {
    home=$1
    shift
    echo "env HOME=$home XDG_CONFIG_HOME=$home/.config $*"
}
QT_QPA_PLATFORM=offscreen python3 bench/interleaved.py --pairs --runs "$RUNS" --markdown "$work/ab.md" --raw bench/results/startup-ab.json \
    "before, first start=$(in_home "$work/first-before" "$before" --quit-on-expose)" \
    "after, first start=$(in_home "$work/first-after" "$after" --quit-on-expose)" \
    "before, returning user=$(in_home "$work/returning" "$before" --quit-on-expose)" \
    "after, returning user=$(in_home "$work/returning" "$after" --quit-on-expose)" \
    "before, --demo=$(in_home "$work/first-before" "$before" --demo --quit-on-expose)" \
    "after, --demo=$(in_home "$work/first-after" "$after" --demo --quit-on-expose)" >/dev/null
mkdir -p bench/results
{
    echo "## Start to first shown window, two builds side by side ($(date -u +%Y-%m-%d), $(nproc) cores, offscreen)"
    echo
    echo "Before: \`$before\` (${ZD_BENCH_BEFORE_LABEL:-built from an unnamed revision}); after: \`$after\` (built from $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src cmake CMakeLists.txt || echo ', with changes to its sources not committed'))."
    echo
    cat "$work/ab.md"
    echo
    echo "Reproduce: \`bench/startup-ab.sh\` (ZD_BENCH_BEFORE_DESK or ZD_BENCH_BASE pick the other build)."
} > bench/results/startup-ab.md
cat bench/results/startup-ab.md
