#pragma once
// Percentile normalisation of a microscopy volume (low percentile -> 0, high percentile -> 1), as
// stage 4 feeds the networks. The classical baseline thresholds on this scale, so that its
// threshold factor and manual threshold mean the same on 8-bit, 16-bit and float images, and the
// I_label picture uses it to show the image behind the contours.
#include "pipeline/Progress.h"
#include "volume/IntensityRange.h"
#include "volume/Volume.h"

namespace nuclei3d {

/// The values at the given percentiles (0..100) of the finite voxels, from a histogram of 2^16
/// bins over the value range: exact to 1/65536 of that range, in two passes and no copy of the
/// volume. When both percentiles fall on the same value (a nearly constant volume) the maximum
/// becomes the high end, so that a few brighter voxels still stand out. A volume without finite
/// voxels gives {0, 1}. Throws Error unless 0 <= low < high <= 100.
IntensityRange percentileRange(const Volume<float>& volume, double lowPercent, double highPercent,
                               const Progress& progress = {});

/// (v - low) / (high - low) in place, not clipped; a flat range (high == low) maps everything to 0.
void normaliseIntensity(Volume<float>& volume, const IntensityRange& range, const Progress& progress = {});

} // namespace nuclei3d
