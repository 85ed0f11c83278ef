#!/usr/bin/env bash
# Builds caringmap and its benchmarks, then prints the district benchmark's
# table (issue 12): every figure with its goal, PASS or MISS. Options go to
# bench_district (try --help; --keep DIR reuses the generated school).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build}"
bash "$here/packaging/deps.sh"
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target caringmap bench_ui bench_district
exec "$build/tests/bench_district" "$@"
