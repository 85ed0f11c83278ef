#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) in ./build-fuzz and runs
# each for N seconds (default 60). Any crash, leak, or input slower than 5 s
# fails the run; the input that did it is kept in build-fuzz/artifacts/.
#   bash packaging/fuzz.sh [seconds] [target ...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FUZZ_BUILD_DIR:-$here/build-fuzz}"
seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_csv fuzz_csv_import fuzz_xlsx fuzz_oneroster_zip)
fi

bash "$here/packaging/deps.sh" fuzz
if [ ! -f "$build/build.ninja" ]; then
  CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCARINGMAP_FUZZ=ON -DCARINGMAP_BUILD_TESTS=OFF -DCARINGMAP_WERROR=ON >/dev/null
fi
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"

# Each target's corpus starts from the seeds in fuzz/corpus and keeps what
# the fuzzer finds (in build-fuzz, never in the repository).
python3 "$here/fuzz/make_seeds.py" "$here/fuzz/corpus" "$build/corpus"

failed=()
for t in "${targets[@]}"; do
  mkdir -p "$build/artifacts/$t"
  echo "== $t: ${seconds}s" >&2
  if ! ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" \
      UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
      QT_LOGGING_RULES="*.warning=false" \
      "$build/fuzz/$t" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
      -max_len=16384 -print_final_stats=1 -artifact_prefix="$build/artifacts/$t/" \
      "$build/corpus/$t"; then
    failed+=("$t")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]} (inputs in $build/artifacts/)" >&2
  exit 1
fi
echo "fuzz: ${targets[*]} ran ${seconds}s each, clean" >&2
