#!/usr/bin/env bash
# Builds caringmap and runs the whole test suite; exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build}"
bash "$here/packaging/build.sh"
cd "$build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
