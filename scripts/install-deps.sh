#!/bin/sh
# Installs the Debian 12 packages Zato Desk needs to build and run its tests, plus any packages
# given as arguments (the benchmark, fuzzing and screenshot scripts name theirs).
# Idempotent: when every package is present it only checks, which takes well under a second.
set -eu

PACKAGES="g++ cmake ninja-build pkg-config qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite qtkeychain-qt6-dev libboost-dev libhiredis-dev libyaml-cpp-dev redis-server dbus gnome-keyring openssl libssl-dev curl clang-format"

missing=""
for package in $PACKAGES "$@"; do
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$package" 2>/dev/null || true)
    case "$status" in
        ii*) ;;
        *) missing="$missing $package" ;;
    esac
done
[ -z "$missing" ] && exit 0

echo "Installing:$missing"
if [ "$(id -u)" -eq 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1; then
    as_root="sudo"
else
    echo "error: these packages are missing and installing them needs root (sudo not found):$missing" >&2
    exit 1
fi
$as_root apt-get update -q
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -q --no-install-recommends $missing
