#include "postprocess/ShapeClasses.h"

#include "filters/GaussianBlur.h"
#include "filters/LabelUtilities.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <algorithm>
#include <cmath>

namespace nuclei3d {
namespace {

// A fixed slab count (not the thread count) fixes the summation order, so sums are the same
// whatever the number of threads.
constexpr std::size_t kSlabs = 16;

} // namespace

std::vector<std::string> ShapeClassification::namesByLabel() const {
    std::vector<std::string> byLabel(classOfLabel.size());
    for (std::size_t id = 1; id < classOfLabel.size(); ++id)
        byLabel[id] = names.at(classOfLabel[id]);
    return byLabel;
}

bool ShapeClassification::isRound(std::uint32_t id) const {
    return id < classOfLabel.size() && classOfLabel[id] + 1u == names.size();
}

void validateShapeClasses(const std::vector<double>& thresholds, const std::vector<std::string>& names) {
    if (names.size() != thresholds.size() + 1)
        throw Error("shape classes: " + std::to_string(thresholds.size()) + " threshold(s) need " +
                    std::to_string(thresholds.size() + 1) + " class names, got " +
                    std::to_string(names.size()));
    if (names.size() > 254)
        throw Error("shape classes: at most 254 classes are supported");
    for (std::size_t i = 0; i < thresholds.size(); ++i) {
        if (!std::isfinite(thresholds[i]))
            throw Error("shape classes: every threshold must be a number");
        if (i > 0 && !(thresholds[i] > thresholds[i - 1]))
            throw Error("shape classes: the thresholds must be in ascending order");
    }
    for (const std::string& name : names)
        if (name.empty())
            throw Error("shape classes: a class name is empty");
}

std::uint8_t classIndexOf(double value, const std::vector<double>& thresholds) {
    std::size_t index = 0;
    while (index < thresholds.size() && value >= thresholds[index])
        ++index;
    return static_cast<std::uint8_t>(index);
}

ShapeClassification classifyByShapeMap(const Volume<std::uint32_t>& labels, Volume<float> shapeMap,
                                       const PostprocessSettings& settings, const Progress& progress) {
    validateShapeClasses(settings.shapeThresholds, settings.shapeClasses);
    if (shapeMap.shape() != labels.shape())
        throw Error("shape classes: the shape map differs in size from the labels");
    // Normalised convolution inside the nuclei: blur(shape * inside) / blur(inside). A plain blur
    // would mix the background's 0 into every nucleus near its surface (a perfect sphere of radius
    // 8 voxels would average about 0.7 at sigma 2), so the mean would no longer be on the scale of
    // the roundness that the thresholds are for.
    const double sigma = settings.shapeSigma;
    if (sigma > 0) {
        Volume<float> weight(labels.shape(), 0.0f);
        parallelFor(
            0, labels.voxelCount(),
            [&](std::size_t b, std::size_t e) {
                for (std::size_t i = b; i < e; ++i) {
                    weight[i] = labels[i] != 0 ? 1.0f : 0.0f;
                    shapeMap[i] *= weight[i];
                }
            },
            1 << 16);
        gaussianBlur(shapeMap, sigma, sigma, sigma, progress.sub(0.0, 0.4));
        gaussianBlur(weight, sigma, sigma, sigma, progress.sub(0.4, 0.8));
        parallelFor(
            0, labels.voxelCount(),
            [&](std::size_t b, std::size_t e) {
                for (std::size_t i = b; i < e; ++i)
                    if (labels[i] != 0)
                        shapeMap[i] /= weight[i]; // > 0: the voxel's own weight is in it
            },
            1 << 16);
    }
    const std::size_t ids = static_cast<std::size_t>(maxLabel(labels)) + 1;
    if (ids > labels.voxelCount() + 1 && ids > 65537)
        throw Error("shape classes: the label ids are too sparse (largest " + std::to_string(ids - 1) +
                    "); relabel them consecutively first");
    const std::size_t slabs = std::max<std::size_t>(1, std::min(kSlabs, labels.sizeZ()));
    std::vector<std::vector<double>> sums(slabs, std::vector<double>(ids, 0.0));
    std::vector<std::vector<std::uint64_t>> counts(slabs, std::vector<std::uint64_t>(ids, 0));
    const std::size_t slice = labels.shape().sliceSize();
    parallelFor(0, slabs, [&](std::size_t sb, std::size_t se) {
        for (std::size_t s = sb; s < se; ++s) {
            const std::size_t begin = labels.sizeZ() * s / slabs * slice;
            const std::size_t end = labels.sizeZ() * (s + 1) / slabs * slice;
            for (std::size_t i = begin; i < end; ++i) {
                const std::uint32_t id = labels[i];
                if (id != 0 && std::isfinite(shapeMap[i])) {
                    sums[s][id] += static_cast<double>(shapeMap[i]);
                    ++counts[s][id];
                }
            }
            progress.checkCancelled();
        }
    });
    ShapeClassification result;
    result.names = settings.shapeClasses;
    result.fromShapeMap = true;
    result.classOfLabel.assign(ids, 0);
    result.valueOfLabel.assign(ids, 0.0);
    for (std::size_t id = 1; id < ids; ++id) {
        double sum = 0.0;
        std::uint64_t count = 0;
        for (std::size_t s = 0; s < slabs; ++s) {
            sum += sums[s][id];
            count += counts[s][id];
        }
        const double mean = count > 0 ? sum / static_cast<double>(count) : 0.0;
        result.valueOfLabel[id] = mean;
        result.classOfLabel[id] = classIndexOf(mean, settings.shapeThresholds);
    }
    progress.report(1.0, "shape classes");
    return result;
}

ShapeClassification classifyByRoundness(const std::vector<NucleusMeasurement>& nuclei, std::uint32_t maxLabel,
                                        const PostprocessSettings& settings) {
    validateShapeClasses(settings.shapeThresholds, settings.shapeClasses);
    ShapeClassification result;
    result.names = settings.shapeClasses;
    result.classOfLabel.assign(static_cast<std::size_t>(maxLabel) + 1, 0);
    result.valueOfLabel.assign(static_cast<std::size_t>(maxLabel) + 1, 0.0);
    for (const NucleusMeasurement& n : nuclei) {
        if (n.id == 0 || n.id > maxLabel)
            continue;
        result.valueOfLabel[n.id] = n.roundness;
        result.classOfLabel[n.id] = classIndexOf(n.roundness, settings.shapeThresholds);
    }
    return result;
}

Volume<std::uint8_t> classVolume(const Volume<std::uint32_t>& labels, const ShapeClassification& classes,
                                 const Progress& progress) {
    Volume<std::uint8_t> out(labels.shape(), 0, labels.spacing());
    const std::size_t known = classes.classOfLabel.size();
    parallelFor(
        0, labels.voxelCount(),
        [&](std::size_t b, std::size_t e) {
            for (std::size_t i = b; i < e; ++i) {
                const std::uint32_t id = labels[i];
                if (id != 0 && id < known)
                    out[i] = static_cast<std::uint8_t>(classes.classOfLabel[id] + 1);
            }
            progress.checkCancelled();
        },
        1 << 16);
    progress.report(1.0, "class volume");
    return out;
}

} // namespace nuclei3d
