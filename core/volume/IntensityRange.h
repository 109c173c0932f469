#pragma once
// The intensity range a percentile normalisation maps to 0..1. One definition for the two ways it is
// measured (postprocess/IntensityNormalisation.h over a whole volume by histogram, unet/PercentileRange.h
// over raw values by sampling), which the classical pipeline, the U-Nets and the GAN all share.

namespace nuclei3d {

struct IntensityRange {
    float low = 0.0f;  ///< the value mapped to 0
    float high = 1.0f; ///< the value mapped to 1
    /// (v - low) / (high - low); a flat range maps everything to 0.
    float normalise(float v) const { return high > low ? (v - low) / (high - low) : 0.0f; }
};

} // namespace nuclei3d
