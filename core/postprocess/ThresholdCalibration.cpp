#include "postprocess/ThresholdCalibration.h"

#include "filters/Threshold.h"
#include "pipeline/Error.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstddef>
#include <vector>

namespace nuclei3d {
namespace {

constexpr std::size_t kBins = 4096;
constexpr std::size_t kCancelStride = std::size_t{1} << 22;

// The share of voxels in the image's classical foreground: smoothed above the background level plus
// `factor` of the way from it to Otsu's threshold. The background level is the mean of Otsu's lower
// class, so that a grey background (GoNuclear's) does not pull the level into it, as a factor taken
// from the darkest voxels would.
double foregroundShareAbove(const SmoothedOtsu& image, double factor, const Progress& progress) {
    const Volume<float>& smoothed = image.smoothed;
    const float otsu = image.threshold;
    double backgroundSum = 0.0;
    std::size_t backgroundCount = 0;
    for (std::size_t i = 0; i < smoothed.voxelCount(); ++i) {
        if (smoothed[i] <= otsu) {
            backgroundSum += smoothed[i];
            ++backgroundCount;
        }
        if (i % kCancelStride == 0)
            progress.checkCancelled();
    }
    const double background = backgroundCount ? backgroundSum / double(backgroundCount) : double(otsu);
    const auto level = static_cast<float>(background + factor * (double(otsu) - background));
    std::size_t above = 0;
    for (std::size_t i = 0; i < smoothed.voxelCount(); ++i) {
        above += smoothed[i] > level;
        if (i % kCancelStride == 0)
            progress.checkCancelled();
    }
    return double(above) / double(smoothed.voxelCount());
}

// The level of `probability` above which about `share` of the voxels lie (the lower edge of the bin
// where the count from the top reaches it), within the calibrated range.
double levelAbove(const Volume<float>& probability, double share, const Progress& progress) {
    std::vector<std::size_t> histogram(kBins, 0);
    for (std::size_t i = 0; i < probability.voxelCount(); ++i) {
        const float p = probability[i];
        if (std::isfinite(p))
            ++histogram[std::min(kBins - 1, static_cast<std::size_t>(std::clamp(p, 0.0f, 1.0f) * kBins))];
        if (i % kCancelStride == 0)
            progress.checkCancelled();
    }
    const double wanted = share * double(probability.voxelCount());
    double counted = 0.0;
    std::size_t bin = kBins;
    while (bin > 0 && counted < wanted)
        counted += double(histogram[--bin]);
    return double(bin) / double(kBins);
}

void requirePositiveFactor(double factor) {
    if (!(factor > 0.0) || !std::isfinite(factor))
        throw Error("threshold from the image: the foreground factor must be positive");
}

} // namespace

double classicalForegroundShare(const SmoothedOtsu& smoothed, double factor, const Progress& progress) {
    requirePositiveFactor(factor);
    return foregroundShareAbove(smoothed, factor, progress);
}

ThresholdCalibration calibrateThresholdToShare(const Volume<float>& probability, double imageForeground,
                                               const Progress& progress) {
    if (probability.empty())
        throw Error("threshold from the image: the probability map is empty");
    if (!(imageForeground >= 0.0 && imageForeground <= 1.0))
        throw Error("threshold from the image: the image's foreground share must lie within 0..1");
    ThresholdCalibration result;
    result.imageForeground = imageForeground;
    const double level = levelAbove(probability, imageForeground, progress.sub(0.0, 0.6));
    result.threshold = std::clamp(level, kCalibratedThresholdMin, kCalibratedThresholdMax);
    result.clamped = result.threshold != level;
    // Counted exactly: the histogram's bin edges cannot give the `>` count of the clamped level.
    const auto threshold = static_cast<float>(result.threshold);
    std::size_t above = 0;
    for (std::size_t i = 0; i < probability.voxelCount(); ++i) {
        above += probability[i] > threshold;
        if (i % kCancelStride == 0)
            progress.checkCancelled();
    }
    result.probabilityAbove = double(above) / double(probability.voxelCount());
    progress.report(1.0, "threshold from the image");
    return result;
}

ThresholdCalibration calibrateThreshold(const Volume<float>& probability, const Volume<float>& image, double factor,
                                        const Progress& progress) {
    if (probability.shape() != image.shape())
        throw Error("threshold from the image: the probability map and the image differ in size");
    if (probability.empty())
        throw Error("threshold from the image: the probability map is empty");
    requirePositiveFactor(factor);
    const SmoothedOtsu smoothed = smoothedOtsu(image, 1.0, progress.sub(0.0, 0.7));
    const double share = foregroundShareAbove(smoothed, factor, progress.sub(0.7, 0.85));
    return calibrateThresholdToShare(probability, share, progress.sub(0.85, 1.0));
}

std::string thresholdReport(double threshold, const std::optional<ThresholdCalibration>& calibration) {
    char line[400];
    if (!calibration) {
        std::snprintf(line, sizeof line, "  threshold %.3g on I_seg (fixed)", threshold);
        return line;
    }
    char clamp[120] = "";
    if (calibration->clamped)
        std::snprintf(clamp, sizeof clamp, " (the matching level lay outside %.1f-%.1f and was clamped)",
                      kCalibratedThresholdMin, kCalibratedThresholdMax);
    std::snprintf(line, sizeof line,
                  "  threshold %.3g on I_seg, from the image: I_seg above it covers %.2f %% of the voxels, a classical "
                  "foreground of the image %.2f %%%s",
                  threshold, 100.0 * calibration->probabilityAbove, 100.0 * calibration->imageForeground, clamp);
    return line;
}

} // namespace nuclei3d
