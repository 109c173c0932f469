#!/usr/bin/env bash
# Builds the libFuzzer targets (Clang 14, ASan + UBSan) and runs each one for SECONDS:
#   fuzz/run-fuzzers.sh SECONDS [TARGET...]      # TARGET: tiff_reader parameter_json model_file
# Environment: NUCLEI3D_FUZZ_BUILD_DIR (default build-fuzz), NUCLEI3D_FUZZ_JOBS (fuzzers run at the
# same time, default 1), NUCLEI3D_FUZZ_NICE (niceness, default 10).
# The corpus grows in BUILD/fuzz/corpus/TARGET (seeded from the program's own writers by the build),
# a finding lands in BUILD/fuzz/findings/ and fails the script; once fixed, its input goes into
# fuzz/regressions/TARGET/ where tests/faults/TestFuzzRegressions.cpp replays it on every CI run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:?usage: fuzz/run-fuzzers.sh SECONDS [TARGET...]}"
shift
targets=("$@")
((${#targets[@]})) || targets=(tiff_reader parameter_json model_file)
build="${NUCLEI3D_FUZZ_BUILD_DIR:-$root/build-fuzz}"
jobs="${NUCLEI3D_FUZZ_JOBS:-1}"
niceness="${NUCLEI3D_FUZZ_NICE:-10}"

missing=()
for p in clang-14 libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "== installing ${missing[*]}"
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

echo "== building the fuzzers in $build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
  -DNUCLEI3D_FUZZ=ON -DNUCLEI3D_BUILD_GUI=OFF -DNUCLEI3D_BUILD_TESTS=OFF >/dev/null
nice -n "$niceness" cmake --build "$build" -j"$(nproc)" --target fuzzers

# Every sanitizer report ends the run; libFuzzer itself stops at the first crash, leak or timeout.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
# Leaks count as findings too, except inside uninstrumented third-party code (see the file).
export LSAN_OPTIONS="suppressions=$root/cmake/sanitizers/lsan.supp:print_suppressions=0"
seedsOf() {
  case "$1" in
    tiff_reader) echo "$build/fuzz/seeds/tiff" ;;
    parameter_json) echo "$build/fuzz/seeds/json" ;;
    model_file) echo "$build/fuzz/seeds/model" ;;
    *) echo "unknown fuzz target: $1" >&2; return 1 ;;
  esac
}

runOne() {
  local name="$1" seeds corpus log
  seeds="$(seedsOf "$name")"
  corpus="$build/fuzz/corpus/$name"
  log="$build/fuzz/logs/$name.log"
  mkdir -p "$corpus" "$build/fuzz/findings" "$build/fuzz/logs"
  # Regression inputs are replayed first: a fixed finding that came back fails at once.
  local regressions=()
  [[ -d "$root/fuzz/regressions/$name" ]] && regressions=("$root/fuzz/regressions/$name")
  nice -n "$niceness" "$build/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=30 \
    -rss_limit_mb=3072 -malloc_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$build/fuzz/findings/$name-" "$corpus" "$seeds" "${regressions[@]}" >"$log" 2>&1
}

summary() {
  local name="$1" log="$build/fuzz/logs/$1.log"
  local execs cov
  execs="$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo '?')"
  cov="$(grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1 || true)"
  printf '%-16s %6ss  executions %-10s %s  corpus %s files\n' "$name" "$seconds" "$execs" "${cov:-cov: ?}" \
    "$(find "$build/fuzz/corpus/$name" -type f | wc -l)"
}

status=0
pids=()
running=()
names=()
finish() { # waits for the oldest running fuzzer
  if ! wait "${pids[0]}"; then
    echo "!! fuzz_${running[0]} found a problem: see $build/fuzz/logs/${running[0]}.log and $build/fuzz/findings/" >&2
    status=1
  fi
  pids=("${pids[@]:1}")
  running=("${running[@]:1}")
}
for name in "${targets[@]}"; do
  seedsOf "$name" >/dev/null
  echo "== fuzzing $name for ${seconds}s (log: $build/fuzz/logs/$name.log)"
  runOne "$name" &
  pids+=($!)
  running+=("$name")
  names+=("$name")
  ((${#pids[@]} < jobs)) || finish
done
while ((${#pids[@]})); do finish; done
echo "== fuzz summary"
for name in "${names[@]}"; do summary "$name"; done | tee "$build/fuzz/summary.txt"
exit "$status"
