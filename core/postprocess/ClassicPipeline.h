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

/// What the threshold step found, for reports: values on the normalised scale.
struct ClassicThresholds {
    float otsu = 0.0f; // Otsu's threshold of the smoothed image (0 when manual)
    float used = 0.0f; // the threshold applied: otsu * factor, or the manual one
};

/// Instance labels of the nuclei in `image` (with its spacing: micrometres, or voxels when unknown).
/// The image is taken over (smoothed in place) and freed once thresholded. Validates the settings
/// (Error); throws Cancelled when progress asks to stop.
Volume<std::uint32_t> classicSegmentation(Volume<float> image, const ClassicSettings& settings,
                                          const Progress& progress = {}, StepObserver* observer = nullptr,
                                          ClassicThresholds* thresholds = nullptr);

} // namespace nuclei3d
