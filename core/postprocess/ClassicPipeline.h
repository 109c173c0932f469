#pragma once
// The classical baseline the publication compares with ("CellProfiler"), a real method for easy
// data: percentile intensity normalisation, Gaussian smoothing (sigma in micrometres, so the
// smoothing is the same physical size along z as in-plane), Otsu's threshold times a correction
// factor (or a manual threshold), then splitNuclei (spacing-aware distance transform, h-maxima
// markers, watershed, size filter, relabelling).
//
// Tuned on ../shared/data/bbbc050 (docs/ACCURACY.md): Otsu lands above the faint rim of these nuclei
// that the annotators counted, so the default factor 0.8 lowers the threshold; filling holes in the
// mask (per slice or in 3D) changed no score after smoothing, so it is not a step.
#include "pipeline/Progress.h"
#include "postprocess/ClassicSettings.h"
#include "postprocess/StepRunner.h"
#include "volume/Volume.h"

#include <cstdint>

namespace nuclei3d {

/// What the pipeline found, for reports: thresholds on the normalised scale, and the sizes used.
struct ClassicThresholds {
    float otsu = 0.0f; // Otsu's threshold of the smoothed image (0 when manual)
    float used = 0.0f; // the threshold applied: otsu * factor, or the manual one
    double nucleusRadius = 0.0; // um; sizes Auto: the radius sigma and h came from (0 when Manual)
    bool radiusEstimated = false; // sizes Auto: the radius was estimated from the image
    double smoothingSigma = 0.0;  // um: the sigma applied
    double hMicrometres = 0.0;    // um: the h applied
};

/// Instance labels of the nuclei in `image` (with its spacing: micrometres, or voxels when unknown).
/// The image is taken over (smoothed in place) and freed once thresholded. With sizes Auto and no
/// radius given, the radius is estimated from the image first (estimateNucleusSize); when that
/// finds nothing (a blank image) the manual sigma and h are used. Validates the settings (Error);
/// throws Cancelled when progress asks to stop.
Volume<std::uint32_t> classicSegmentation(Volume<float> image, const ClassicSettings& settings,
                                          const Progress& progress = {}, StepObserver* observer = nullptr,
                                          ClassicThresholds* thresholds = nullptr);

} // namespace nuclei3d
