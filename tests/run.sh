#!/bin/sh
# Installs what Vidi needs (Debian 12), builds everything and runs every test: Catch2 units,
# the Qt Quick Test of the UI, and the system tests of the whole phone against SIPp.
set -e
cd "$(dirname "$0")/.."
./packaging/deps.sh
BUILD=${VIDI_BUILD_DIR:-build}
[ -f "$BUILD/build.ninja" ] || cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD"
cd "$BUILD"
ctest --output-on-failure -j2 "$@"
