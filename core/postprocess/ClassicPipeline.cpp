#include "postprocess/ClassicPipeline.h"

#include "filters/GaussianBlur.h"
#include "filters/Threshold.h"
#include "postprocess/IntensityNormalisation.h"
#include "postprocess/NucleusSplitting.h"

#include <utility>

namespace nuclei3d {

Volume<std::uint32_t> classicSegmentation(Volume<float> image, const ClassicSettings& settings,
                                          const Progress& progress, StepObserver* observer,
                                          ClassicThresholds* thresholds) {
    validate(settings);
    StepRunner steps(progress, observer, 1.0);
    steps.run("normalise intensity", 0.05, [&](const Progress& p) {
        const IntensityRange range =
            percentileRange(image, settings.lowPercent, settings.highPercent, p.sub(0.0, 0.7));
        normaliseIntensity(image, range, p.sub(0.7, 1.0));
    });
    steps.run("Gaussian smoothing", 0.15, [&](const Progress& p) {
        if (settings.smoothingSigma <= 0)
            return;
        // Sigma is physical: with 2 um z steps and 0.5 um pixels, 1 um is 0.5 voxel in z and 2 in-plane.
        const Spacing s = image.spacing().known ? image.spacing() : Spacing{};
        gaussianBlur(image, settings.smoothingSigma / s.x, settings.smoothingSigma / s.y,
                     settings.smoothingSigma / s.z, p);
    });
    Volume<std::uint8_t> mask;
    ClassicThresholds found;
    steps.run("threshold", 0.05, [&](const Progress& p) {
        if (settings.thresholdMethod == ClassicThresholdMethod::Otsu) {
            found.otsu = otsuThreshold(image, 256, p.sub(0.0, 0.5));
            found.used = static_cast<float>(found.otsu * settings.thresholdFactor);
        } else {
            found.used = static_cast<float>(settings.threshold);
        }
        mask = thresholdAbove(image, found.used, p.sub(0.5, 1.0));
        image = Volume<float>();
    });
    if (thresholds)
        *thresholds = found;
    SplitSettings split;
    split.hMicrometres = settings.hMicrometres;
    split.connectivity = settings.connectivity;
    split.minSize = settings.minSize;
    return splitNuclei(std::move(mask), split, progress.sub(0.25, 1.0), observer);
}

} // namespace nuclei3d
