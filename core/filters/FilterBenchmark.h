#pragma once
// Speed and memory of the post-processing filters on a synthetic volume of spheres, for
// `nuclei3d-cli bench filters`: benchmarks are measured, never asserted in unit tests.
#include "pipeline/Progress.h"
#include "volume/Shape.h"

#include <string>

namespace nuclei3d {

/// Builds a volume of random touching spheres of the given shape (about a quarter foreground,
/// radii 6-12 voxels, noisy intensity), then times each filter and the classical stage 5 chain
/// (blur, Otsu, distance map, h-maxima, watershed, size filter, relabel) as a caller would run it,
/// freeing what is no longer needed. Returns a human-readable table: seconds per step and the
/// process's peak resident memory during each step (Linux only; "n/a" elsewhere).
std::string benchmarkFilters(Shape shape, const Progress& progress = {});

} // namespace nuclei3d
