#!/usr/bin/env bash
# The sanitizer jobs of CI (also runnable by hand after packaging/quickstart.sh has installed the
# build dependencies):
#   .ci/sanitizers.sh asan   core, ui/model and fault tests under AddressSanitizer + UBSan
#                            (build-asan); the LibTorch training tests are left out for time:
#                            test_unet_training, test_training_faults and test_whole_pipeline (it
#                            trains a GAN and two U-Nets; they all run in the normal job)
#   .ci/sanitizers.sh tsan   the job-queue and task-runner (cancellation) tests under ThreadSanitizer
#                            (build-tsan)
# Any sanitizer report fails the test that produced it, and so the job (halt_on_error, and UBSan is
# built with -fno-sanitize-recover). Suppressions: cmake/sanitizers/*.supp, third-party only.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="$(nproc 2>/dev/null || echo 2)"
mode="${1:?usage: .ci/sanitizers.sh asan|tsan}"

# Debian's GCC puts ASan's and TSan's runtime in these packages (pulled in by build-essential).
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$root/cmake/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$root/cmake/sanitizers/tsan.supp"

# -O1, as the sanitizers' manuals suggest: cheaper to compile than -O2 with LibTorch's headers, and
# reports keep their exact lines.
optflags="-O1 -DNDEBUG"

case "$mode" in
  asan)
    build="$root/build-asan"
    labels='^(core|uimodel|faults)$'
    exclude='^(test_unet_training|test_training_faults|test_whole_pipeline)$'
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$optflags" -DNUCLEI3D_SANITIZE=address,undefined >/dev/null
    ;;
  tsan)
    build="$root/build-tsan"
    labels='^uimodel$'
    exclude=''
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$optflags" -DNUCLEI3D_SANITIZE=thread >/dev/null
    ;;
  *) echo "usage: $0 asan|tsan" >&2; exit 2 ;;
esac

# Build only what the chosen tests need: their executables (named like the tests) and the programs
# they start.
if [[ "$mode" == tsan ]]; then
  tests=(test_job_queue test_task_runner)
  filter=(-R '^(test_job_queue|test_task_runner)$')
else
  mapfile -t tests < <(ctest --test-dir "$build" -N -L "$labels" ${exclude:+-E "$exclude"} |
                       sed -n 's/^ *Test *#[0-9]*: *\(test_[a-z0-9_]*\)$/\1/p')
  filter=(-L "$labels" -E "$exclude")
fi
((${#tests[@]})) || { echo "no tests selected in $build" >&2; exit 1; }
extra=()
[[ "$mode" == asan ]] && extra=(nuclei3d-cli fault_helper)
echo "== building ${#tests[@]} tests with $mode in $build"
cmake --build "$build" -j"$jobs" --target "${tests[@]}" "${extra[@]}"
echo "== running them"
ctest --test-dir "$build" --output-on-failure -j"$jobs" "${filter[@]}"
