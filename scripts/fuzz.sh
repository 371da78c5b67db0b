#!/bin/sh
# Builds the libFuzzer targets with clang (ASan and UBSan on) and runs each for SECONDS (default 60),
# starting from the seeds in tests/fuzz/corpus. Exits non-zero on the first crash, leak or
# sanitizer report; the input that did it is left in build/fuzz/ as crash-*.
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-60}
scripts/install-deps.sh clang-14 libclang-rt-14-dev
# Line tables are all a report needs to name files and lines (and compile a fifth faster than -g).
cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -gline-tables-only -DNDEBUG" -DZD_FUZZ=ON -DZD_BUILD_TESTS=OFF >/dev/null
targets="responsereader json profiles demorequest openapi"
cmake --build build/fuzz --target $(for t in $targets; do printf "fuzz_%s " "$t"; done) >/dev/null
for t in $targets; do
    corpus=build/fuzz/corpus/$t
    mkdir -p "$corpus"
    cp tests/fuzz/corpus/"$t"/* "$corpus"/
    echo "fuzz_$t for $seconds s"
    (cd build/fuzz && ./tests/fuzz/fuzz_"$t" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
        -print_final_stats=1 "corpus/$t" 2>&1 | grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|==|SUMMARY|INFO: (-|Running|Done))' || true)
    # grep hides libFuzzer's chatter; a failure shows up as a crash file and a non-zero status below.
    (cd build/fuzz && ./tests/fuzz/fuzz_"$t" -runs=0 "corpus/$t" >/dev/null 2>&1) || { echo "fuzz_$t failed" >&2; exit 1; }
    if ls build/fuzz/crash-* build/fuzz/leak-* build/fuzz/timeout-* >/dev/null 2>&1; then
        echo "fuzz_$t found a problem: $(ls build/fuzz/crash-* build/fuzz/leak-* build/fuzz/timeout-* 2>/dev/null)" >&2
        exit 1
    fi
done
echo "fuzzing: no crash, leak or sanitizer report"
