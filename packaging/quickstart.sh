#!/usr/bin/env bash
# One-step set-up for a fresh Debian 12 machine: installs the packages Nuclei3D needs (apt-get,
# through sudo when not root), configures and builds, then runs what was asked:
#   packaging/quickstart.sh demo   # the main job on the embedded defaults
#   packaging/quickstart.sh test   # the whole test suite (what CI runs)
# Re-running is cheap: installed packages and an up-to-date build are detected and skipped.
set -euo pipefail

mode="${1:-demo}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${NUCLEI3D_BUILD_DIR:-$root/build}"
jobs="$(nproc 2>/dev/null || echo 2)"

packages=(build-essential cmake ninja-build pkg-config
  qt6-base-dev libqt6opengl6-dev libqt6svg6 qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libvtk9-dev libtorch-dev libopencv-dev libtiff-dev nlohmann-json3-dev libcli11-dev
  xvfb xauth libgl1-mesa-dri)
if [[ "$mode" == test ]]; then
  # The independent reference scorer and the scikit-image peer used by the agreement tests.
  packages+=(python3 python3-skimage python3-scipy python3-tifffile)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "== installing ${#missing[@]} Debian packages: ${missing[*]}"
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

echo "== configuring and building in $build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$jobs"

case "$mode" in
  demo)
    out="$root/nuclei3d-demo"
    echo "== running the main job: synthetic nuclei on the default parameters"
    "$build/bin/nuclei3d-cli" synth --out "$out"
    echo "== done: results are in $out (open the .tif files in Fiji or napari, or in: $build/bin/nuclei3d)"
    # With a display the window opens on the result (NUCLEI3D_NO_WINDOW=1 skips it); headless, stop here.
    if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" && "${NUCLEI3D_NO_WINDOW:-0}" != 1 && -x "$build/bin/nuclei3d" ]]; then
      echo "== opening the result in the window ($build/bin/nuclei3d)"
      "$build/bin/nuclei3d" "$out/blurred.tif" "$out/instances.tif" "$out/contour.tif"
    fi
    ;;
  test)
    echo "== running the tests"
    cd "$build"
    # View tests need an X server for VTK's OpenGL; use a virtual one when there is no display.
    if [[ -z "${DISPLAY:-}" ]] && command -v xvfb-run >/dev/null; then
      xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure -j"$jobs"
    else
      ctest --output-on-failure -j"$jobs"
    fi
    ;;
  *)
    echo "usage: $0 demo|test" >&2
    exit 2
    ;;
esac
