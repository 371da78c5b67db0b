#!/bin/sh
# The Qt Linguist files in translations/, from the sources of the desktop app (core, keychain,
# widgets, app, the demo module it loads for --demo, and the .ui forms; the command-line tools speak
# English only). zato-desk_en.ts holds
# only the English plural forms ("1 profile", "2 profiles").
#   scripts/translations.sh update   refresh every .ts from the sources (new strings arrive unfinished)
#   scripts/translations.sh check    exit 1 if a .ts lacks a source string, has an unfinished entry,
#                                    or keeps one the sources no longer have
set -eu
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
sources="src/core src/keychain src/widgets src/app src/demo/module ui"
case "${1:-}" in
update)
    for ts in translations/*.ts; do
        lang=$(basename "$ts" .ts | sed 's/^zato-desk_//')
        plural=""
        [ "$lang" = en ] && plural=-pluralonly
        "$lupdate" -silent -locations relative -no-obsolete $plural -target-language "$lang" $sources -ts "$ts"
    done
    ;;
check)
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    status=0
    for ts in translations/*.ts; do
        copy="$work/$(basename "$ts")"
        cp "$ts" "$copy"
        # Run against a copy: a missing string arrives as unfinished, a removed one as vanished.
        plural=""
        [ "$(basename "$ts")" = zato-desk_en.ts ] && plural=-pluralonly
        "$lupdate" -silent -locations none $plural $sources -ts "$copy"
        for kind in unfinished vanished obsolete; do
            count=$(grep -c "type=\"$kind\"" "$copy" || true)
            if [ "$count" -ne 0 ]; then
                echo "$ts: $count $kind entr$( [ "$count" -eq 1 ] && echo y || echo ies):" >&2
                grep -B3 "type=\"$kind\"" "$copy" | grep -o '<source>.*</source>' | head -20 >&2
                status=1
            fi
        done
    done
    [ "$status" -eq 0 ] && echo "translations: every source string translated in $(ls translations/*.ts | wc -l) files"
    exit "$status"
    ;;
*)
    echo "usage: $0 update|check" >&2
    exit 2
    ;;
esac
