#pragma once
// Stage 5's shape classes: every nucleus gets one class (by default "elongated" or "round") from a
// shape value in 0..1 compared with ascending thresholds. The value is the mean of the blurred
// shape map I_shape over the nucleus (what network M2 predicts: 1 for a sphere, lower when
// elongated). Without I_shape, the nucleus's measured roundness a_min / a_max stands in for it:
// that is exactly what I_shapemarker encodes (255 * a_min / a_max), so the same thresholds apply.
#include "pipeline/Progress.h"
#include "postprocess/Measurements.h"
#include "postprocess/PostprocessSettings.h"
#include "volume/Volume.h"

#include <cstdint>
#include <string>
#include <vector>

namespace nuclei3d {

struct ShapeClassification {
    std::vector<std::string> names;         // class names, lowest shape value first
    std::vector<std::uint8_t> classOfLabel; // class index per label id; [0] (background) unused
    std::vector<double> valueOfLabel;       // the shape value that decided it; [0] unused
    bool fromShapeMap = false;              // false: from the measured roundness

    /// The class name per label id ([0] empty), as MeasurementInputs::classOfLabel takes it.
    std::vector<std::string> namesByLabel() const;
    /// The last class is the roundest; every other one counts as non-round (marked in I_label).
    bool isRound(std::uint32_t id) const;
};

/// Throws Error unless there is one more class than thresholds, thresholds ascend strictly and are
/// finite, names are not empty and at most 254 classes are asked for (classes.tif stores index + 1).
void validateShapeClasses(const std::vector<double>& thresholds, const std::vector<std::string>& names);

/// Class index of a shape value: the number of thresholds it reaches (value >= threshold).
std::uint8_t classIndexOf(double value, const std::vector<double>& thresholds);

/// Blurs the shape map (settings.shapeSigma voxels, every axis) within the nuclei (normalised
/// convolution: background voxels do not count, so the mean is not pulled towards 0 near the
/// surface), then compares each nucleus's mean with the thresholds. Memory: one more float volume. Label ids
/// must be small enough for objectSizes (relabel consecutively first). Throws Error when the sizes differ.
/// The sums are taken over a fixed number of slabs, so the result does not depend on the thread count.
ShapeClassification classifyByShapeMap(const Volume<std::uint32_t>& labels, Volume<float> shapeMap,
                                       const PostprocessSettings& settings, const Progress& progress = {});

/// Classes from the measured roundness of each nucleus (no shape map given). maxLabel sizes the
/// per-id tables; ids not measured get class 0.
ShapeClassification classifyByRoundness(const std::vector<NucleusMeasurement>& nuclei, std::uint32_t maxLabel,
                                        const PostprocessSettings& settings);

/// classes.tif: class index + 1 on every voxel of a nucleus, 0 on background.
Volume<std::uint8_t> classVolume(const Volume<std::uint32_t>& labels, const ShapeClassification& classes,
                                 const Progress& progress = {});

} // namespace nuclei3d
