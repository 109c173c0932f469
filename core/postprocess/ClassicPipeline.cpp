#include "postprocess/ClassicPipeline.h"

#include "filters/GaussianBlur.h"
#include "filters/NucleusSizeEstimate.h"
#include "filters/Threshold.h"
#include "pipeline/Error.h"
#include "postprocess/IntensityNormalisation.h"
#include "postprocess/NucleusSplitting.h"

#include <utility>

namespace nuclei3d {

Volume<std::uint32_t> classicSegmentation(Volume<float> image, const ClassicSettings& settings,
                                          const Progress& progress, StepObserver* observer,
                                          ClassicThresholds* thresholds) {
    validate(settings);
    ClassicThresholds found;
    found.smoothingSigma = settings.smoothingSigma;
    found.hMicrometres = settings.hMicrometres;
    const bool estimate = settings.sizes == ClassicSizes::Auto && settings.nucleusRadius <= 0;
    StepRunner steps(progress, observer, estimate ? 1.1 : 1.0);
    if (settings.sizes == ClassicSizes::Auto) {
        found.nucleusRadius = settings.nucleusRadius;
        if (estimate) {
            steps.run("nucleus size estimate", 0.1, [&](const Progress& p) {
                try {
                    found.nucleusRadius = estimateNucleusSize(image, image.spacing(), p, false).radiusUm;
                    found.radiusEstimated = true;
                } catch (const Cancelled&) {
                    throw;
                } catch (const Error&) {
                    // A blank or flat image has no nuclei to size; the manual sizes segment it
                    // (into nothing) as before instead of failing.
                    found.nucleusRadius = 0.0;
                }
            });
        }
        if (found.nucleusRadius > 0) {
            found.smoothingSigma = settings.sigmaPerRadius * found.nucleusRadius;
            found.hMicrometres = settings.hPerRadius * found.nucleusRadius;
        }
    }
    steps.run("normalise intensity", 0.05, [&](const Progress& p) {
        const IntensityRange range =
            percentileRange(image, settings.lowPercent, settings.highPercent, p.sub(0.0, 0.7));
        normaliseIntensity(image, range, p.sub(0.7, 1.0));
    });
    steps.run("Gaussian smoothing", 0.15, [&](const Progress& p) {
        const double sigma = found.smoothingSigma;
        if (sigma <= 0)
            return;
        // Sigma is physical: with 2 um z steps and 0.5 um pixels, 1 um is 0.5 voxel in z and 2 in-plane.
        const Spacing s = image.spacing().known ? image.spacing() : Spacing{};
        gaussianBlur(image, sigma / s.x, sigma / s.y, sigma / s.z, p);
    });
    Volume<std::uint8_t> mask;
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
    split.hMicrometres = found.hMicrometres;
    split.connectivity = settings.connectivity;
    split.minSize = settings.minSize;
    return splitNuclei(std::move(mask), split, progress.sub(estimate ? 0.35 / 1.1 : 0.25, 1.0), observer);
}

} // namespace nuclei3d
