#pragma once
// A label-free warning sign for a U-Net's output on a real volume: how well its foreground
// (I_seg above stage 5's threshold) overlaps the foreground of a plain Otsu threshold of the image.
// The two never agree exactly (the nets draw nuclei wider or narrower, Otsu misses dim ones), but
// in docs/ACCURACY.md (fifth round) most per-volume nets that took background or cytoplasmic glow
// for nuclei overlapped by less than 0.4, and no working one did (some subtler failures overlap more).
#include "pipeline/Progress.h"
#include "volume/Volume.h"

#include <cstdint>
#include <string>

namespace nuclei3d {

/// Below this overlap the output is most likely wrong.
constexpr double kSuspiciousForegroundAgreement = 0.4;

/// What the label-free checks compare an I_seg with, made once per image: `run` checks every M1
/// it trains and then sets stage 5's threshold, and smoothing the image for each of those would
/// cost a full Gaussian pass (and a float copy of the volume) every time.
struct ImageForeground {
    Volume<std::uint8_t> plain; ///< 255 where the image smoothed by one voxel is above its Otsu threshold
    double classicalShare = 0.0; ///< share of voxels in its classical foreground (postprocess/ThresholdCalibration.h)
};

/// The image smoothed by a Gaussian of one voxel, its Otsu foreground and its classical foreground's
/// share (kClassicalForegroundFactor). Throws Error for an empty image; honours cancel.
ImageForeground imageForeground(const Volume<float>& image, const Progress& progress = {});

/// IoU of (probability > threshold) and reference.plain; 1 when both are empty. Throws Error when
/// the two volumes differ in size; honours cancel.
double foregroundAgreement(const Volume<float>& probability, const ImageForeground& reference, double threshold,
                           const Progress& progress = {});

/// The same for a single check: the image's reference is made first.
double foregroundAgreement(const Volume<float>& probability, const Volume<float>& image, double threshold,
                           const Progress& progress = {});

/// The line the CLI prints for an agreement: a warning with what to do when it is suspicious.
std::string foregroundAgreementReport(double agreement);

} // namespace nuclei3d
