# Sanitizer and fuzzing builds, for every target of the project (third-party libraries stay as the
# system built them, which is why the suppression files in cmake/sanitizers/ exist at all).
#
#   -DNUCLEI3D_SANITIZE=address,undefined   ASan + UBSan (GCC or Clang)
#   -DNUCLEI3D_SANITIZE=thread              TSan (GCC or Clang; not together with address)
#   -DNUCLEI3D_FUZZ=ON                      libFuzzer targets in fuzz/ (Clang only), built with
#                                           ASan + UBSan; see fuzz/run-fuzzers.sh
#
# Every finding is fatal: UBSan does not recover (-fno-sanitize-recover=all) and the test and fuzz
# scripts run with halt_on_error=1, so a report can never scroll past as a warning.
set(NUCLEI3D_SANITIZE "" CACHE STRING
    "Comma-separated sanitizers for every target: address,undefined or thread (empty: none)")
option(NUCLEI3D_FUZZ "Build the libFuzzer targets in fuzz/ (needs Clang)" OFF)

set(_nuclei3d_sanitizers "${NUCLEI3D_SANITIZE}")
if(NUCLEI3D_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "NUCLEI3D_FUZZ needs Clang (libFuzzer), e.g. -DCMAKE_CXX_COMPILER=clang++-14 "
                        "-DCMAKE_C_COMPILER=clang-14; on Debian: apt-get install clang-14 libclang-rt-14-dev")
  endif()
  if(_nuclei3d_sanitizers STREQUAL "")
    set(_nuclei3d_sanitizers "address,undefined")
  endif()
  # Coverage instrumentation everywhere; only the fuzz executables link libFuzzer's main().
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(NOT _nuclei3d_sanitizers STREQUAL "")
  if(MSVC)
    if(NOT _nuclei3d_sanitizers STREQUAL "address")
      message(FATAL_ERROR "MSVC supports only NUCLEI3D_SANITIZE=address")
    endif()
    add_compile_options(/fsanitize=address /Zi)
  else()
    if(_nuclei3d_sanitizers MATCHES "thread" AND _nuclei3d_sanitizers MATCHES "address")
      message(FATAL_ERROR "ThreadSanitizer cannot be combined with AddressSanitizer")
    endif()
    # Line tables (-g1, which comes last and so wins over the build type's -g) are all a symbolized
    # report needs; full -g on LibTorch's templates only adds compile time to the CI builds.
    set(_flags -fsanitize=${_nuclei3d_sanitizers} -fno-omit-frame-pointer -g1)
    if(_nuclei3d_sanitizers MATCHES "undefined")
      list(APPEND _flags -fno-sanitize-recover=all)
    endif()
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
      # GCC 12 with -fsanitize at -O1 reports -Wmaybe-uninitialized inside LibTorch's headers
      # (c10::optional<at::Generator> copied in Tensor::uniform_, inlined into TestUNetNetwork.cpp);
      # the normal build does not, and the copied optional is initialised. Sanitizer builds only.
      list(APPEND _flags -Wno-maybe-uninitialized)
    endif()
    add_compile_options(${_flags})
    add_link_options(-fsanitize=${_nuclei3d_sanitizers})
  endif()
  message(STATUS "Nuclei3D: sanitizers ${_nuclei3d_sanitizers}")
endif()
