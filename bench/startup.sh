#!/bin/sh
# zato-desk's cold start to the first shown window, and its idle RSS, beside an empty QMainWindow
# built the same way (bench/emptywindow.cpp) and the same window with one label (the first font any
# window with text loads), in one run, offscreen and on X (Xvfb): a first start (no profile, no
# history), and a returning user's (a saved profile chosen last time, its password in the keychain,
# and a history of calls). The starts are taken in turns (bench/interleaved.py), and each ratio is
# the median of the ratios within a turn. Every run has a session bus with an unlocked keychain, as
# on a desktop (tests/support/with-keyring.sh). Writes bench/results/startup.md, and every time in
# bench/results/startup-<platform>.json.
set -eu
cd "$(dirname "$0")/.."
RUNS=${ZD_BENCH_RUNS:-40}
if [ -z "${ZD_BENCH_IN_SESSION:-}" ]; then
    scripts/install-deps.sh xvfb xauth dbus gnome-keyring
    cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DZD_BUILD_TESTS=OFF -DZD_BUILD_BENCH=ON >/dev/null
    cmake --build build/bench --target zato-desk zato-invoke bench_emptywindow | tail -1
    ZD_BENCH_IN_SESSION=1 exec dbus-run-session -- tests/support/with-keyring.sh bench/startup.sh "$@"
fi

work=$(mktemp -d)
desk=build/bench/src/app/zato-desk
empty=build/bench/bench/bench_emptywindow
returning="$work/returning"
unset XDG_DATA_HOME XDG_CACHE_HOME # every home's own, under HOME
bench/returning-home.sh "$returning" "$desk" build/bench/src/cli/zato-invoke

# RSS in MB of a window left idle for two seconds after start, in the home $1.
idle_rss() {
    home=$1
    shift
    HOME="$home" XDG_CONFIG_HOME="$home/.config" "$@" >/dev/null 2>&1 &
    pid=$!
    sleep 2
    rss=$(awk '/^VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "$rss"
}

# A command run in the home $1 (env, for every program alike).
in_home() {
    home=$1
    shift
    echo "env HOME=$home XDG_CONFIG_HOME=$home/.config $*"
}

run_platform() {
    platform=$1
    fresh=$(mktemp -d -p "$work") # nothing a start leaves at once (--quit-on-expose) is kept
    echo "### $platform"
    echo
    QT_QPA_PLATFORM=$platform python3 bench/interleaved.py --runs "$RUNS" --warmup 5 \
        --baseline "empty QMainWindow" --markdown "$work/$platform.md" --raw "bench/results/startup-$platform.json" \
        "zato-desk, first start=$(in_home "$fresh" "$desk" --quit-on-expose)" \
        "zato-desk, returning user=$(in_home "$returning" "$desk" --quit-on-expose)" \
        "zato-desk --demo=$(in_home "$fresh" "$desk" --demo --quit-on-expose)" \
        "QMainWindow with one label=$(in_home "$fresh" "$empty" --one-label --quit-on-expose)" \
        "empty QMainWindow=$(in_home "$fresh" "$empty" --quit-on-expose)" >/dev/null
    cat "$work/$platform.md"
    echo
    d=$(QT_QPA_PLATFORM=$platform idle_rss "$(mktemp -d -p "$work")" "$desk")
    r=$(QT_QPA_PLATFORM=$platform idle_rss "$returning" "$desk")
    dd=$(QT_QPA_PLATFORM=$platform idle_rss "$(mktemp -d -p "$work")" "$desk" --demo)
    e=$(QT_QPA_PLATFORM=$platform idle_rss "$(mktemp -d -p "$work")" "$empty")
    l=$(QT_QPA_PLATFORM=$platform idle_rss "$(mktemp -d -p "$work")" "$empty" --one-label)
    echo "Idle RSS after 2 s: zato-desk $d MB (first start), $r MB (returning user), $dd MB (--demo);" \
         "QMainWindow with one label $l MB; empty QMainWindow $e MB (ratio $(awk -v a="$d" -v b="$e" 'BEGIN { printf "%.2f", a / b }'))."
    echo
}

Xvfb :97 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
mkdir -p bench/results
{
    echo "## Start to first shown window, and idle RSS ($(date -u +%Y-%m-%d), $(nproc) cores, Release build)"
    echo
    run_platform offscreen
    DISPLAY=:97 run_platform xcb
    echo "Reproduce: \`bench/startup.sh\`"
} > bench/results/startup.md
cat bench/results/startup.md
