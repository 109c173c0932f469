#include "postprocess/NucleusSplitting.h"

#include "filters/DistanceTransform.h"
#include "filters/LabelUtilities.h"
#include "filters/Maxima.h"
#include "filters/Watershed.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace nuclei3d {
namespace {

void weightDistance(Volume<float>& distance, const Volume<float>& weight, double power, const Progress& progress) {
    float* d = distance.data();
    const float* w = weight.data();
    const bool square = power == 2.0;
    parallelForReporting(distance.voxelCount(), progress, "probability weighting", [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            if (d[i] == 0.0f)
                continue;
            // Clamped: a probability map can stray a little outside 0..1 (blending, 16-bit input scaled).
            const float p = std::clamp(w[i], 0.0f, 1.0f);
            d[i] *= square ? p * p : static_cast<float>(std::pow(p, power));
        }
    });
}

} // namespace

Volume<std::uint32_t> splitNuclei(Volume<std::uint8_t> mask, const SplitSettings& settings,
                                  const Progress& progress, StepObserver* observer) {
    if (!(settings.hMicrometres >= 0) || !std::isfinite(settings.hMicrometres))
        throw Error("splitting nuclei: the marker height h must be 0 or positive");
    if (!(settings.axialElongation > 0) || !std::isfinite(settings.axialElongation))
        throw Error("splitting nuclei: the axial elongation must be positive");
    if (!(settings.weightPower >= 0) || !std::isfinite(settings.weightPower))
        throw Error("splitting nuclei: the probability weighting power must be 0 or positive");
    const bool weighted = settings.weight && settings.weightPower > 0;
    if (weighted && settings.weight->shape() != mask.shape())
        throw Error("splitting nuclei: the probability map differs in size from the mask");
    Spacing apparent = mask.spacing();
    if (settings.axialElongation != 1.0) {
        if (!apparent.known) // uncalibrated: one voxel along each axis, then z shrunk
            apparent = Spacing::micrometres(1.0, 1.0, 1.0);
        apparent.z /= settings.axialElongation;
    }
    StepRunner steps(progress, observer, 1.0);
    Volume<float> distance;
    Volume<std::uint32_t> labels;
    steps.run("distance transform", 0.2,
              [&](const Progress& p) { distance = distanceTransform(mask, apparent, p); });
    if (weighted)
        steps.run("probability weighting", 0.05,
                  [&](const Progress& p) { weightDistance(distance, *settings.weight, settings.weightPower, p); });
    steps.run("h-maxima markers", 0.35, [&](const Progress& p) {
        labels = hMaximaMarkers(distance, static_cast<float>(settings.hMicrometres), &mask,
                                settings.connectivity, p);
    });
    steps.run("watershed", 0.35, [&](const Progress& p) {
        // Flooding the distance downhill from the markers: its peaks are nucleus centres and the
        // valleys between them are the necks where touching nuclei meet.
        labels = watershedDownhill(std::move(distance), std::move(labels), &mask, settings.connectivity, p);
        mask = Volume<std::uint8_t>();
    });
    steps.run("size filter", 0.05,
              [&](const Progress& p) { removeSmallObjects(labels, settings.minSize, p); });
    steps.run("relabel", 0.05, [&](const Progress& p) { relabelConsecutive(labels, p); });
    return labels;
}

} // namespace nuclei3d
