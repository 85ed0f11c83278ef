#!/usr/bin/env bash
# Builds caringmap and starts it on a demo school (made once, in ./demo-school.sqlite).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build}"
bash "$here/packaging/build.sh"
db="${CARINGMAP_DEMO_DB:-$here/demo-school.sqlite}"
if [ ! -f "$db" ]; then
  "$build/app/caringmap" --db "$db" demo
fi
"$build/app/caringmap" --db "$db" summary
exec "$build/app/caringmap" --db "$db" "$@"
