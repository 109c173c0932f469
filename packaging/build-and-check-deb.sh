#!/usr/bin/env bash
# Builds the DEB, installs it with dpkg on this machine, and runs the installed programs from
# /usr/bin as a user would: --version, --help, a small synthesis, the AppStream check, and the
# window under Xvfb.
# Usage: packaging/build-and-check-deb.sh [build-dir]   (default build-deb; packages as for quickstart.sh)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build-deb}"
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"

# A release build of the programs only: the package holds no tests.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DNUCLEI3D_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)"
rm -f "$build"/nuclei3d_*.deb
(cd "$build" && cpack -G DEB)
deb="$(ls -t "$build"/nuclei3d_*.deb | head -1)"
echo "== package $deb: $(du -h "$deb" | cut -f1) ($(stat -c %s "$deb") bytes)"
dpkg-deb --field "$deb" Depends
echo "== installing it"
# apt resolves the Depends line that shlibdeps worked out (dpkg -i alone would not fetch them).
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
dpkg -s nuclei3d | grep -E '^(Status|Version|Installed-Size)'

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" # nothing may come from the source or build tree
/usr/bin/nuclei3d-cli --version
/usr/bin/nuclei3d-cli --help >/dev/null
/usr/bin/nuclei3d-cli synth --out "$work/synth" --size 64 64 32 --count 20
/usr/bin/nuclei3d-cli info "$work/synth/instances.tif"
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net /usr/share/metainfo/org.nuclei3d.Nuclei3D.metainfo.xml
fi
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate /usr/share/applications/nuclei3d.desktop
fi
# The window: start it, let it draw for 8 s, and stop it; a crash or a missing library fails the
# script (timeout's status 124 is the expected end).
status=0
xvfb-run -a timeout -s INT 8 /usr/bin/nuclei3d || status=$?
if [[ $status -ne 124 && $status -ne 0 ]]; then
  echo "!! the window ended with status $status" >&2
  exit 1
fi
echo "== the installed package works"
