#pragma once
// Global thresholds that turn a float volume into a mask (stage 5: the probability map at 0.5; the
// classical baseline: Otsu on the smoothed image).
#include "pipeline/Progress.h"
#include "volume/Volume.h"

#include <cstddef>
#include <cstdint>

namespace nuclei3d {

/// Otsu's threshold with the conventions of skimage.filters.threshold_otsu: a histogram of `bins`
/// equal bins between the minimum and maximum, the centre of the bin that maximises the
/// between-class variance (the first such bin on ties); foreground is value > threshold. A constant
/// volume gives its value. NaN and infinite voxels are ignored. Throws Error when no finite voxel
/// is left or bins < 2.
float otsuThreshold(const Volume<float>& volume, std::size_t bins = 256, const Progress& progress = {});

/// The image smoothed by a Gaussian of `sigma` voxels and Otsu's threshold of that: the plain
/// foreground (smoothed > threshold) that the label-free checks of `run` compare against.
struct SmoothedOtsu {
    Volume<float> smoothed;
    float threshold = 0.0f;
};
SmoothedOtsu smoothedOtsu(const Volume<float>& image, double sigma, const Progress& progress = {});

/// Mask of value > threshold: 255 there, 0 elsewhere (NaN is background). Keeps the spacing.
Volume<std::uint8_t> thresholdAbove(const Volume<float>& volume, float threshold,
                                    const Progress& progress = {});

} // namespace nuclei3d
