#!/usr/bin/env bash
# Builds caringmap and its Debian package: build/caringmap_<version>_<arch>.deb
# (Depends from dpkg-shlibdeps plus the Qt plugins it loads at run time).
# Only what the package holds is built (not the tests).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build}"
bash "$here/packaging/deps.sh"
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target caringmap caringmap_icons caringmap_man >/dev/null
cd "$build"
rm -f "$build"/caringmap_*.deb
cpack -G DEB >/dev/null
ls "$build"/caringmap_*.deb
