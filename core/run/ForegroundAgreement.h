#pragma once
// A label-free warning sign for a U-Net's output on a real volume: how well its foreground
// (I_seg above stage 5's threshold) overlaps the foreground of a plain Otsu threshold of the image.
// The two never agree exactly (the nets draw nuclei wider or narrower, Otsu misses dim ones), but
// in docs/ACCURACY.md (fifth round) most per-volume nets that took background or cytoplasmic glow
// for nuclei overlapped by less than 0.4, and no working one did (some subtler failures overlap more).
#include "pipeline/Progress.h"
#include "volume/Volume.h"

#include <string>

namespace nuclei3d {

/// Below this overlap the output is most likely wrong.
constexpr double kSuspiciousForegroundAgreement = 0.4;

/// IoU of (probability > threshold) and (image smoothed by one voxel > its Otsu threshold); 1 when
/// both are empty. Throws Error when the two volumes differ in size; honours cancel.
double foregroundAgreement(const Volume<float>& probability, const Volume<float>& image, double threshold,
                           const Progress& progress = {});

/// The line the CLI prints for an agreement: a warning with what to do when it is suspicious.
std::string foregroundAgreementReport(double agreement);

} // namespace nuclei3d
