#!/bin/sh
# Large-body parse times: our parser beside simdjson and QJsonDocument, in one run.
# Writes bench/results/json-parse.md.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh libsimdjson-dev
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DZD_BUILD_TESTS=OFF -DZD_BUILD_BENCH=ON >/dev/null
cmake --build build/bench --target bench_jsonparse | tail -1
mkdir -p bench/results
{
    build/bench/bench/bench_jsonparse "${1:-20}" "${2:-7}"
    echo
    echo "Machine: $(nproc) cores, $(date -u +%Y-%m-%d). Reproduce: \`bench/json-parse.sh [MB] [runs]\`"
} > bench/results/json-parse.md
cat bench/results/json-parse.md
