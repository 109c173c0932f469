#pragma once
// Percentile intensity normalisation (METHOD.md stage 4, ours: 1st-99.8th by default), shared by
// training and inference so that a network sees the same scale in both.
#include "volume/IntensityRange.h"

#include <cstddef>

namespace nuclei3d {

/// The given percentiles (0..100) of n values. Large inputs are sampled on a regular stride (at
/// most about four million values), which keeps memory bounded for whole microscopy volumes.
IntensityRange percentileRange(const float* values, std::size_t n, double lowPercent, double highPercent);

} // namespace nuclei3d
