#include "postprocess/Stage5.h"

#include "filters/GaussianBlur.h"
#include "filters/LabelUtilities.h"
#include "filters/MaxFilter.h"
#include "filters/Threshold.h"
#include "filters/Watershed.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"
#include "postprocess/Contours.h"
#include "postprocess/LabelPicture.h"
#include "postprocess/NucleusSplitting.h"
#include "postprocess/SegColor.h"

#include <cmath>
#include <string>
#include <utility>

namespace nuclei3d {
namespace {

Volume<float> loadMatching(const VolumeLoader& load, const Shape& shape, const char* what,
                           const char* reference = "the labels") {
    Volume<float> volume = load();
    if (volume.shape() != shape)
        throw Error(std::string("post-processing: the ") + what + " (" + std::to_string(volume.sizeX()) +
                    " x " + std::to_string(volume.sizeY()) + " x " + std::to_string(volume.sizeZ()) +
                    ") differs in size from " + reference + " (" + std::to_string(shape.x) + " x " +
                    std::to_string(shape.y) + " x " + std::to_string(shape.z) + ")");
    return volume;
}

Spacing spacingOrVoxels(const Volume<float>& v) {
    return v.spacing().known ? v.spacing() : Spacing::micrometres(1.0, 1.0, 1.0);
}

/// weight /= (its maximum within radiusUm), so that every nucleus peaks near 1 whatever its
/// brightness; voxels whose neighbourhood is all 0 stay 0.
void divideByLocalMaximum(Volume<float>& weight, double radiusUm, const Progress& progress) {
    const Spacing spacing = spacingOrVoxels(weight);
    const auto voxelsAlong = [&](double step) { return static_cast<std::size_t>(std::floor(radiusUm / step)); };
    Volume<float> peak = weight;
    boxMaxFilter(peak, voxelsAlong(spacing.x), voxelsAlong(spacing.y), voxelsAlong(spacing.z), progress.sub(0.0, 0.9));
    float* w = weight.data();
    const float* m = peak.data();
    parallelForReporting(weight.voxelCount(), progress.sub(0.9, 1.0), "probability reference",
                         [&](std::size_t begin, std::size_t end) {
                             for (std::size_t i = begin; i < end; ++i)
                                 w[i] = m[i] > 0.0f ? w[i] / m[i] : 0.0f;
                         });
}

} // namespace

Volume<std::uint32_t> segmentProbability(Volume<float> probability, const PostprocessSettings& settings,
                                         const Progress& progress, StepObserver* observer) {
    const bool grow = settings.growThreshold < settings.threshold;
    const bool weighted = settings.probabilityPower > 0;
    Volume<std::uint8_t> mask;
    StepRunner first(progress.sub(0.0, 0.05), observer, 1.0);
    first.run("threshold", 1.0, [&](const Progress& p) {
        mask = thresholdAbove(probability, static_cast<float>(settings.threshold), p);
    });
    if (!grow && !weighted)
        probability = Volume<float>();
    // The weight: I_seg blurred and measured against its local peak, in place when nothing else
    // needs I_seg, else on a copy.
    const bool blur = weighted && settings.probabilitySigma > 0;
    const bool reference = weighted && settings.probabilityReferenceRadius > 0;
    Volume<float> weight;
    if (blur || reference) {
        StepRunner steps(progress.sub(0.05, 0.1), observer, 1.0);
        weight = grow ? probability : std::move(probability);
        if (blur)
            steps.run("probability blur", reference ? 0.5 : 1.0, [&](const Progress& p) {
                const Spacing spacing = spacingOrVoxels(weight);
                const double sigma = settings.probabilitySigma;
                gaussianBlur(weight, sigma / spacing.x, sigma / spacing.y, sigma / spacing.z, p);
            });
        if (reference)
            steps.run("probability reference", blur ? 0.5 : 1.0, [&](const Progress& p) {
                divideByLocalMaximum(weight, settings.probabilityReferenceRadius, p);
            });
    }
    SplitSettings split;
    split.hMicrometres = settings.hMicrometres;
    split.connectivity = settings.connectivity;
    split.minSize = settings.minSize;
    split.axialElongation = settings.axialElongation;
    split.weight = !weighted ? nullptr : weight.empty() ? &probability : &weight;
    split.weightPower = settings.probabilityPower;
    // Not wrapped in a step: splitNuclei reports its own steps to the observer.
    Volume<std::uint32_t> labels =
        splitNuclei(std::move(mask), split, progress.sub(weighted ? 0.1 : 0.05, grow ? 0.85 : 1.0), observer);
    if (!grow)
        return labels;
    StepRunner last(progress.sub(0.85, 1.0), observer, 1.0);
    last.run("growing nuclei", 1.0, [&](const Progress& p) {
        // Each nucleus found above the threshold floods, from its own highest probabilities down,
        // the voxels above the grow threshold it reaches; touching nuclei meet where the probability
        // dips between them. Low-probability blobs that no nucleus reaches stay background.
        const Volume<std::uint8_t> reach = thresholdAbove(probability, static_cast<float>(settings.growThreshold));
        labels = watershedDownhill(std::move(probability), std::move(labels), &reach, settings.connectivity, p);
    });
    return labels;
}

NucleiDescription describeNuclei(const Volume<std::uint32_t>& labels, const NucleiInputs& inputs,
                                 const PostprocessSettings& settings, const NucleiProducts& products,
                                 Stage5Receiver& receiver, const Progress& progress, StepObserver* observer) {
    StepRunner steps(progress, observer, 1.0);
    NucleiDescription result;
    const std::uint32_t count = maxLabel(labels);
    const bool classify = products.classes || products.labelPicture;

    // Order for memory: the shape map is loaded, used and freed first; the contours (and the
    // distance map that wide contours need) are made before the image is loaded; the image comes
    // last, for the measurements and the picture. So no two big temporaries are alive at once.
    if (classify && inputs.shapeMap) {
        steps.run("shape classes (shape map)", 0.15, [&](const Progress& p) {
            result.classification = classifyByShapeMap(
                labels, loadMatching(inputs.shapeMap, labels.shape(), "shape map"), settings, p);
        });
    }
    Volume<std::uint8_t> contours;
    steps.run("contours", 0.3, [&](const Progress& p) {
        contours = nucleusContours(labels, settings.contourDistance, p);
        receiver.receiveContours(contours);
    });
    steps.run("colour labels", 0.1,
              [&](const Progress& p) { receiver.receiveSegColor(segColor(labels, p)); });
    if (!products.labelPicture)
        contours = Volume<std::uint8_t>();
    Volume<float> image;
    if (inputs.image)
        steps.run("load image", 0.05,
                  [&](const Progress&) { image = loadMatching(inputs.image, labels.shape(), "image"); });
    steps.run("measurements", 0.15, [&](const Progress& p) {
        MeasurementInputs measured;
        measured.intensity = image.empty() ? nullptr : &image;
        result.nuclei = measureNuclei(labels, measured, p);
    });
    if (!products.labelPicture)
        image = Volume<float>();
    if (classify) {
        if (!result.classification.fromShapeMap)
            result.classification = classifyByRoundness(result.nuclei, count, settings);
        for (NucleusMeasurement& n : result.nuclei)
            if (n.id < result.classification.classOfLabel.size())
                n.className = result.classification.names[result.classification.classOfLabel[n.id]];
        steps.run("classes volume", 0.05, [&](const Progress& p) {
            receiver.receiveClasses(classVolume(labels, result.classification, p));
        });
    }
    if (products.labelPicture) {
        steps.run("I_label picture", 0.15, [&](const Progress& p) {
            receiver.receiveLabelPicture(labelPicture(labels, contours, result.classification, result.nuclei,
                                                      image.empty() ? nullptr : &image, p));
        });
    }
    progress.report(1.0, "post-processing done");
    return result;
}

NucleiDescription runStage5(Volume<float> probability, const NucleiInputs& inputs,
                            const PostprocessSettings& settings, Stage5Receiver& receiver,
                            const Progress& progress, StepObserver* observer) {
    validate(settings);
    PostprocessSettings used = settings;
    std::optional<ThresholdCalibration> calibration;
    const bool calibrate =
        settings.thresholdFrom == ThresholdSource::Image && (inputs.imageForegroundShare || inputs.image);
    if (calibrate) {
        StepRunner steps(progress.sub(0.0, 0.1), observer, 1.0);
        steps.run("threshold from the image", 1.0, [&](const Progress& p) {
            if (inputs.imageForegroundShare) {
                calibration = calibrateThresholdToShare(probability, *inputs.imageForegroundShare, p);
                return;
            }
            const Volume<float> image = loadMatching(inputs.image, probability.shape(), "image", "I_seg");
            calibration = calibrateThreshold(probability, image, kClassicalForegroundFactor, p);
        });
        used.threshold = calibration->threshold;
    }
    const double start = calibrate ? 0.1 : 0.0;
    const Volume<std::uint32_t> labels =
        segmentProbability(std::move(probability), used, progress.sub(start, 0.6), observer);
    receiver.receiveLabels(labels);
    NucleiDescription result =
        describeNuclei(labels, inputs, used, NucleiProducts{}, receiver, progress.sub(0.6, 1.0), observer);
    result.threshold = used.threshold;
    result.calibration = calibration;
    return result;
}

} // namespace nuclei3d
