#!/usr/bin/env bash
# Brings translations/caringmap_*.ts up to date with the sources: new tr()
# strings are added as unfinished, strings gone from the code are dropped.
# Then translate the new ones (Qt Linguist: linguist translations/caringmap_es.ts,
# or edit the XML: fill <translation>, remove type="unfinished"; a %n message
# takes two <numerusform>s) and run the test: ctest -R test_translations.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build}"
bash "$here/packaging/deps.sh"
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
# The target qt_add_translations made (app/CMakeLists.txt): lupdate with the
# options there, over every source folder, into both .ts files.
cmake --build "$build" --target update_translations
grep -c 'type="unfinished"' "$here/translations/caringmap_es.ts" |
  sed 's/^/caringmap: unfinished Spanish messages: /' || true
