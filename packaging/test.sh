#!/usr/bin/env bash
# Builds caringmap and runs the whole test suite; exits non-zero on any failure.
# First it checks the desktop integration: the launcher and AppStream data pass
# their validators, and the .deb builds, unpacks and runs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build}"
bash "$here/packaging/build.sh"
bash "$here/packaging/check-package.sh"
cd "$build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
