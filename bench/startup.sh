#!/bin/sh
# zato-desk's cold start to the first shown window, and its idle RSS, beside an empty QMainWindow
# built the same way (bench/emptywindow.cpp), in one run, offscreen and on X (Xvfb).
# Writes bench/results/startup.md.
set -eu
cd "$(dirname "$0")/.."
RUNS=${ZD_BENCH_RUNS:-40}
scripts/install-deps.sh hyperfine xvfb xauth
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DZD_BUILD_TESTS=OFF -DZD_BUILD_BENCH=ON >/dev/null
cmake --build build/bench --target zato-desk bench_emptywindow | tail -1

work=$(mktemp -d)
export HOME="$work" XDG_CONFIG_HOME="$work/.config" XDG_RUNTIME_DIR="$work"
desk=build/bench/src/app/zato-desk
empty=build/bench/bench/bench_emptywindow

# RSS in MB of a window left idle for two seconds after start.
idle_rss() {
    "$@" >/dev/null 2>&1 &
    pid=$!
    sleep 2
    rss=$(awk '/^VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "$rss"
}

run_platform() {
    platform=$1
    echo "### $platform"
    echo
    QT_QPA_PLATFORM=$platform hyperfine -N --warmup 5 --runs "$RUNS" --export-markdown "$work/$platform.md" \
        -n "zato-desk" "$desk --quit-on-expose" \
        -n "zato-desk --demo" "$desk --demo --quit-on-expose" \
        -n "empty QMainWindow" "$empty --quit-on-expose" >&2
    cat "$work/$platform.md"
    echo
    d=$(QT_QPA_PLATFORM=$platform idle_rss "$desk")
    dd=$(QT_QPA_PLATFORM=$platform idle_rss "$desk" --demo)
    e=$(QT_QPA_PLATFORM=$platform idle_rss "$empty")
    echo "Idle RSS after 2 s: zato-desk $d MB, zato-desk --demo $dd MB, empty QMainWindow $e MB" \
         "(ratio $(awk -v a="$d" -v b="$e" 'BEGIN { printf "%.2f", a / b }'))."
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
