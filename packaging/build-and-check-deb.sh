#!/usr/bin/env bash
# Builds the DEB, installs it with dpkg on this machine, and runs the installed programs from
# /usr/bin as a user would: --version, a small synthesis, and the window under Xvfb.
# Usage: packaging/build-and-check-deb.sh [build-dir]   (run after packaging/quickstart.sh demo)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"

cmake --build "$build" -j"$(nproc)"
(cd "$build" && cpack -G DEB)
deb="$(ls -t "$build"/nuclei3d_*.deb | head -1)"
echo "== installing $deb ($(du -h "$deb" | cut -f1))"
$sudo apt-get install -y -qq "$deb" >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
/usr/bin/nuclei3d-cli --version
/usr/bin/nuclei3d-cli synth --out "$work/synth" --size 64 64 32 --count 20
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net /usr/share/metainfo/org.nuclei3d.Nuclei3D.metainfo.xml
fi
# The window: start it, let it draw, and close it; a crash or missing library fails the script.
xvfb-run -a timeout -s INT 8 /usr/bin/nuclei3d || [[ $? -eq 124 ]]
echo "== the installed package works"
