#!/bin/sh
# Fails when clang-format would change any C++ file of the project.
set -eu
cd "$(dirname "$0")/.."
files=$(find src tests bench -name '*.cpp' -o -name '*.h' 2>/dev/null | sort)
# shellcheck disable=SC2086
clang-format --dry-run -Werror $files
echo "clang-format: $(echo "$files" | wc -l) files clean"
