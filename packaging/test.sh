#!/usr/bin/env bash
# Builds caringmap and runs the whole test suite twice: a normal build in
# ./build (or $BUILD_DIR) and one under AddressSanitizer + UndefinedBehavior-
# Sanitizer in ./build-asan (or $ASAN_BUILD_DIR). Warnings are errors in both.
# SKIP_ASAN=1 runs the normal build only. Exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build}"
asan="${ASAN_BUILD_DIR:-$here/build-asan}"
jobs="$(nproc)"

bash "$here/packaging/deps.sh"

configure_build_test() {
  local dir="$1"
  shift
  cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCARINGMAP_WERROR=ON \
    "$@" >/dev/null
  cmake --build "$dir" --parallel "$jobs"
  (cd "$dir" && ctest --output-on-failure --parallel "$jobs" --timeout 600)
}

configure_build_test "$build" -DCARINGMAP_SANITIZE=OFF
# The desktop integration: the launcher and AppStream data pass their
# validators, and the .deb builds, unpacks and runs.
bash "$here/packaging/check-package.sh"
if [ "${SKIP_ASAN:-0}" = 1 ]; then
  exit 0
fi

# Under the sanitizers: any error aborts the test that hit it. Leaks are
# checked everywhere; packaging/lsan.supp names the only ones allowed, kept by
# fontconfig and Qt's platform plugins (never our code).
start=$SECONDS
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$here/packaging/lsan.supp:print_suppressions=0"
# -O1 -g1: half the compile time of -O2 -g under ASan, stack traces keep lines.
configure_build_test "$asan" -DCARINGMAP_SANITIZE=ON \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG"
echo "test.sh: sanitizer build and tests took $((SECONDS - start)) s" >&2
