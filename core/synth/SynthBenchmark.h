#pragma once
// Speed measurement of stage 1 for `nuclei3d-cli bench synth`: synthesises one volume with default
// settings and reports how long each phase took.
#include "pipeline/Progress.h"
#include "volume/Shape.h"

#include <cstddef>
#include <string>

namespace nuclei3d {

/// Runs generateSynthetic on a volume of this shape with `count` nuclei (other settings default,
/// seed 1) and returns one line: size, nuclei placed, total and per-phase seconds, thread count,
/// and the process's peak resident memory where the platform tells it (Linux).
std::string benchmarkSynthesis(Shape shape, std::size_t count, const Progress& progress = {});

} // namespace nuclei3d
