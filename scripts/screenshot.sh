#!/bin/sh
# Takes the README's screenshots under Xvfb against the built-in demo server: the real window after a
# successful lookup (packaging/screenshots/main-window.png), the same in German with the dark colour
# scheme (main-window-de-dark.png) and the matrix view after a run (matrix.png).
set -eu
cd "$(dirname "$0")/.."
out=packaging/screenshots/main-window.png
matrix=packaging/screenshots/matrix.png
german=packaging/screenshots/main-window-de-dark.png
scripts/install-deps.sh xvfb xauth
scripts/build.sh default >/dev/null
mkdir -p "$(dirname "$out")"
# A throwaway HOME with its own keyring (tests/support/with-keyring.sh): none of your saved
# geometry, fields or profiles in the picture.
for shot in "--screenshot $out" "--matrix-screenshot $matrix" \
    "--screenshot $german --language de --color-scheme dark"; do
    # shellcheck disable=SC2086
    QT_QPA_PLATFORM=xcb dbus-run-session -- tests/support/with-keyring.sh sh -c \
        'XDG_CONFIG_HOME=$HOME/.config exec xvfb-run -a -s "-screen 0 1280x800x24" "$@"' sh \
        build/default/src/app/zato-desk --demo $shot
done
