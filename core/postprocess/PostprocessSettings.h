#pragma once
// Settings of stage 5 of METHOD.md (probability map -> instance labels, contours, shape classes), as
// plain data so that the stage can be driven by the parameter schema, the command line or a test.
#include "filters/Connectivity.h"

#include <cstdint>
#include <string>
#include <vector>

namespace nuclei3d {

/// Where stage 5's threshold comes from.
enum class ThresholdSource {
    Fixed, ///< `threshold` as set
    /// Calibrated so that I_seg covers as much as a classical foreground of the image
    /// (postprocess/ThresholdCalibration.h; ours). Needs the image; without it, `threshold`.
    Image,
};

struct PostprocessSettings {
    double threshold = 0.5;    // I_seg above this is nucleus (with ThresholdSource::Fixed)
    ThresholdSource thresholdFrom = ThresholdSource::Fixed;
    // Nuclei found above `threshold` grow into the voxels above this (ours; off when not below
    // `threshold`, as by default): annotators draw nuclei out to a faint rim where the U-Net's
    // probability is 0.2-0.5, while thresholding that low adds specks and merges. 0.2 helped the
    // per-volume U-Nets on bbbc050 (docs/ACCURACY.md, fourth round), but the flood of the whole
    // probability map costs about 19 s and 400 MB more on a 512 x 512 x 415 volume (BENCHMARKS.md).
    double growThreshold = 1.0;
    double hMicrometres = 1.0; // h of the h-maxima markers on the distance map (um; voxels if uncalibrated)
    double axialElongation = 1.0; // nuclei look this many times taller along z than wide (SplitSettings)
    // The distance map is multiplied by I_seg to this power before markers and watershed (ours;
    // SplitSettings::weightPower): 0 is METHOD.md's plain distance. I_seg is first blurred by
    // probabilitySigma (um; voxels if uncalibrated) so that small dips inside a nucleus fade while the
    // sheet where two nuclei meet stays (docs/ACCURACY.md, tenth round). Keeps I_seg alive through
    // the split, and a blurred copy of it as well when nuclei also grow.
    double probabilityPower = 0.0;
    double probabilitySigma = 2.5;
    // With a radius > 0 (um; voxels if uncalibrated), the blurred I_seg is divided by its largest
    // value within that radius before it weights (ours): a faint nucleus then weighs as much as a
    // bright neighbour at its centre, while the dip between them stays a dip. 0 weights by I_seg
    // as it is. Costs one more float volume while the weight is made.
    double probabilityReferenceRadius = 0.0;
    Connectivity connectivity = Connectivity::TwentySix;
    std::uint64_t minSize = 50;                // voxels; smaller objects are removed
    double contourDistance = 1.0;              // voxels: a nucleus voxel this close to its outside is contour
    double shapeSigma = 2.0;                   // voxels: Gaussian blur of I_shape before the per-nucleus mean
    std::vector<double> shapeThresholds{0.75}; // ascending, on the 0..1 shape value
    std::vector<std::string> shapeClasses{"elongated", "round"}; // one more than thresholds
};

/// Throws Error with a message meant for the user when the settings cannot be used.
void validate(const PostprocessSettings& settings);

} // namespace nuclei3d
