#!/bin/sh
# Builds the Debian package in release mode and proves it: the desktop file and the AppStream
# metainfo validate, the package installs with apt, and the installed zato-invoke, zato-demo-server
# and zato-desk run from /usr/bin (zato-invoke finding its keychain module in /usr/lib, zato-desk
# --demo its demo module). Removes the package at the end. Needs root or sudo for apt.
# ZD_PRESET selects the CMake preset whose build is packaged: release (the default), or ci, whose
# build the tests have just run against (CI packages those very programs instead of building again).
set -eu
cd "$(dirname "$0")/.."
preset=${ZD_PRESET:-release}
scripts/install-deps.sh desktop-file-utils appstream dpkg-dev file
desktop-file-validate packaging/org.zatodesk.ZatoDesk.desktop
appstreamcli validate --no-net packaging/org.zatodesk.ZatoDesk.metainfo.xml

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
rm -f build/"$preset"/zato-desk_*.deb
(cd build/"$preset" && cpack -G DEB >/dev/null)
deb=$(ls build/"$preset"/zato-desk_*.deb)
echo "package: $deb"
dpkg-deb --field "$deb" Package Version Depends Recommends
dpkg-deb --contents "$deb" | awk '{print $6}' | grep -E 'bin/|\.so|applications|metainfo|scalable|man1' 

as_root=""
[ "$(id -u)" -eq 0 ] || as_root=sudo
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "./$deb" >/dev/null
trap '$as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q zato-desk >/dev/null' EXIT

work=$(mktemp -d)
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work"
/usr/bin/zato-invoke --version
port=18631
/usr/bin/zato-demo-server --port "$port" >/dev/null &
server=$!
trap 'kill $server 2>/dev/null; $as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q zato-desk >/dev/null; rm -rf "$work"' EXIT
sleep 0.5
ZATO_PASSWORD=my-password /usr/bin/zato-invoke --address "http://127.0.0.1:$port" \
    --path /clients/django/any-service-invoker --user django --password-env ZATO_PASSWORD \
    --payload '{"cust_id": "123"}' | grep -q 'Victoria Murray'
echo "installed zato-invoke called the installed demo server: ok"
# With no Secret Service the keychain is unavailable, but the module itself must load.
if PACKAGED_PASSWORD=x DBUS_SESSION_BUS_ADDRESS=disabled: /usr/bin/zato-invoke profiles save packaged --address http://127.0.0.1 \
    --path /x --user u --password-env PACKAGED_PASSWORD 2>"$work/err"; then
    echo "profiles save without a keychain should fail" >&2
    exit 1
fi
if grep -q 'keychain module cannot be loaded' "$work/err"; then
    cat "$work/err" >&2
    exit 1
fi
echo "installed zato-invoke loaded its keychain module: ok"
# Starts and leaves at its first frame (with nothing torn down: shutdown is the tests' to check).
QT_QPA_PLATFORM=offscreen /usr/bin/zato-desk --quit-on-expose
echo "installed zato-desk started offscreen: ok"
# --demo loads the demo servers' module, and the first call goes to them.
QT_QPA_PLATFORM=offscreen /usr/bin/zato-desk --demo --quit-after-call
echo "installed zato-desk loaded its demo module and called the demo server: ok"
man -w zato-invoke >/dev/null 2>&1 || test -f /usr/share/man/man1/zato-invoke.1.gz
echo "package: ok"
