#!/usr/bin/env bash
# Checks what a desktop installs: desktop-file-validate and
# appstreamcli validate --no-net on the launcher and metainfo, then builds
# the .deb, unpacks it (dpkg-deb -x, no root needed), checks its contents and
# Depends, and runs the packaged caringmap --version and --lang es summary.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build}"
linux="$here/packaging/linux"
id=org.caringmap.CaringMap

desktop-file-validate "$linux/$id.desktop"
appstreamcli validate --no-net "$linux/$id.metainfo.xml" >/dev/null

deb="$(bash "$here/packaging/package.sh" | tail -n 1)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp/root"
dpkg-deb -f "$deb" Depends >"$tmp/depends"
root="$tmp/root"
for f in usr/bin/caringmap \
  "usr/share/applications/$id.desktop" \
  "usr/share/metainfo/$id.metainfo.xml" \
  "usr/share/icons/hicolor/scalable/apps/$id.svg" \
  "usr/share/icons/hicolor/48x48/apps/$id.png" \
  "usr/share/icons/hicolor/256x256/apps/$id.png" \
  usr/share/man/man1/caringmap.1.gz \
  usr/share/doc/caringmap/copyright; do
  [ -s "$root/$f" ] || { echo "caringmap: the package lacks $f" >&2; exit 1; }
done
# Depends: libraries from dpkg-shlibdeps plus the run-time Qt plugins.
for d in libqt6widgets6 libqt6sql6 libc6 libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6; do
  grep -q "\b$d\b" "$tmp/depends" || { echo "caringmap: Depends lacks $d" >&2; exit 1; }
done
# Installed files validate too (the installed copies are the ones that count).
desktop-file-validate "$root/usr/share/applications/$id.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" >/dev/null
zcat "$root/usr/share/man/man1/caringmap.1.gz" | grep -q "^.TH CARINGMAP 1"

exe="$root/usr/bin/caringmap"
version="$("$exe" --version)"
[ "$version" = "caringmap $(dpkg-deb -f "$deb" Version)" ] ||
  { echo "caringmap: packaged --version says '$version'" >&2; exit 1; }
# The Spanish strings are embedded in the packaged binary.
run() { env -u XDG_CONFIG_HOME -u XDG_DATA_HOME HOME="$tmp" "$exe" --db "$tmp/school.sqlite" "$@"; }
run demo --students 40 --adults 6 >/dev/null
run --lang es summary | grep -q "Estudiantes activos" ||
  { echo "caringmap: the packaged binary does not speak Spanish" >&2; exit 1; }
echo "caringmap: package checks passed: $(basename "$deb") ($version)"
