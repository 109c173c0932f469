#pragma once
// A bounds check of a Python pickle stream (the data.pkl, constants.pkl and *.debug_pkl records of a
// LibTorch archive), run before LibTorch's own unpickler sees it.
//
// Why: LibTorch 1.13's unpickler trusts the numbers in the stream. A memo index of 1.3e9 after a
// LONG_BINPUT makes it reserve tens of gigabytes, and a 4-byte string length makes it zero-fill up to
// 4 GB, before it notices the file is damaged (fuzzer finding fuzz/regressions/model_file/
// memo-index-oom.pt: 20 GB and 150 s to refuse an 11 kB file). Walking the opcodes first, with every
// length checked against the bytes that remain, refuses such a file at once. No torch header here.
#include <string>
#include <string_view>

namespace nuclei3d {

/// Empty when `pickle` is a complete pickle stream (protocols 0-5) whose opcodes are all known, whose
/// counted arguments fit inside it and whose memo indices are numbered in order as every pickler
/// writes them; otherwise a short description of the first problem and its byte offset.
std::string findPickleProblem(std::string_view pickle);

} // namespace nuclei3d
