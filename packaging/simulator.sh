#!/bin/sh
# Installs what Vidi needs (Debian 12), builds it, and starts the simulator window.
# Arguments go to vidi (see `vidi --help`), e.g. --provision http://10.0.0.5/cfg/
set -e
cd "$(dirname "$0")/.."
./packaging/deps.sh
BUILD=${VIDI_BUILD_DIR:-build}
[ -f "$BUILD/build.ninja" ] || cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD" --target vidi vidi-platform-desktop
exec "$BUILD/bin/vidi" "$@"
