#!/usr/bin/env bash
# Installs what caringmap needs to build, test and run on Debian 12, only
# when something is missing. Safe to run again.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev libqt6sql6-sqlite libqt6opengl6-dev qt6-charts-dev libqt6svg6
  libgl-dev libegl-dev libglx-dev
  catch2 libquazip1-qt6-dev
  libsodium-dev # the counselor passphrase and encrypted transfer files (issue 15)
  poppler-utils fonts-dejavu-core
  sqlite3 # the reference of the district benchmark (packaging/bench.sh)
  libsqlite3-dev # core/FastStatement: bulk statements under Qt's SQLite driver
  # The district server (issue 17): Qt's PostgreSQL driver (QPSQL), and the
  # server itself, whose initdb/pg_ctl the tests use to start a throwaway
  # cluster (packaging/pg-test-cluster.sh); libpq itself parses a server's
  # address and makes a new role's SCRAM verifier (core/ServerAddress).
  libqt6sql6-psql postgresql-15 libpq-dev
  # Translations: lupdate/lrelease (and their CMake API, Qt6LinguistTools),
  # and Qt's own Spanish (qtbase_es.qm).
  qt6-l10n-tools qt6-tools-dev qt6-translations-l10n
  # Packaging: icon PNGs rendered from the SVG, the validators CI runs,
  # dpkg-shlibdeps for the .deb's Depends.
  librsvg2-bin desktop-file-utils appstream dpkg-dev file
)

# `deps.sh fuzz` (packaging/fuzz.sh): clang with libFuzzer and the sanitizer
# runtimes, and python3 for the seed corpora.
if [ "${1:-}" = fuzz ]; then
  packages+=(clang libclang-rt-dev python3)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "caringmap: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
