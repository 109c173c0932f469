#include "run/ForegroundAgreement.h"

#include "filters/Threshold.h"
#include "pipeline/Error.h"
#include "postprocess/ThresholdCalibration.h"

#include <cstdio>

namespace nuclei3d {

ImageForeground imageForeground(const Volume<float>& image, const Progress& progress) {
    if (image.empty())
        throw Error("foreground agreement: the image is empty");
    SmoothedOtsu smoothed = smoothedOtsu(image, 1.0, progress.sub(0.0, 0.7));
    ImageForeground result;
    result.classicalShare = classicalForegroundShare(smoothed, kClassicalForegroundFactor, progress.sub(0.7, 0.9));
    result.plain = thresholdAbove(smoothed.smoothed, smoothed.threshold, progress.sub(0.9, 1.0));
    return result;
}

double foregroundAgreement(const Volume<float>& probability, const ImageForeground& reference, double threshold,
                           const Progress& progress) {
    if (probability.shape() != reference.plain.shape())
        throw Error("foreground agreement: the probability map and the image differ in size");
    const auto level = static_cast<float>(threshold);
    std::size_t both = 0, either = 0;
    for (std::size_t i = 0; i < probability.voxelCount(); ++i) {
        const bool net = probability[i] > level;
        const bool plain = reference.plain[i] != 0;
        both += net && plain;
        either += net || plain;
        if (i % (std::size_t{1} << 22) == 0)
            progress.checkCancelled();
    }
    progress.report(1.0, "foreground agreement");
    return either == 0 ? 1.0 : double(both) / double(either);
}

double foregroundAgreement(const Volume<float>& probability, const Volume<float>& image, double threshold,
                           const Progress& progress) {
    if (probability.shape() != image.shape())
        throw Error("foreground agreement: the probability map and the image differ in size");
    return foregroundAgreement(probability, imageForeground(image, progress.sub(0.0, 0.8)), threshold,
                               progress.sub(0.8, 1.0));
}

std::string foregroundAgreementReport(double agreement) {
    char line[400];
    if (agreement < kSuspiciousForegroundAgreement)
        std::snprintf(line, sizeof line,
                      "warning: the U-Net's foreground overlaps a plain Otsu threshold of the image by only %.2f "
                      "(IoU; below %.1f the networks most likely took background or glow for nuclei): look at seg.tif, "
                      "or train again with another --unet.seed",
                      agreement, kSuspiciousForegroundAgreement);
    else
        std::snprintf(line, sizeof line, "  foreground overlap with a plain Otsu threshold: %.2f (IoU; below %.1f is suspicious)",
                      agreement, kSuspiciousForegroundAgreement);
    return line;
}

} // namespace nuclei3d
