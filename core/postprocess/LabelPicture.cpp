#include "postprocess/LabelPicture.h"

#include "pipeline/Error.h"
#include "pipeline/Parallel.h"
#include "postprocess/IntensityNormalisation.h"

#include <algorithm>
#include <cmath>

namespace nuclei3d {
namespace {

// The image is drawn at most this bright, so that white crosses and saturated contours stay visible.
constexpr double kImageGreyMax = 170.0;

void drawCross(Volume<Rgb8>& picture, const NucleusMeasurement& n) {
    const Shape& shape = picture.shape();
    const auto cz = static_cast<long long>(std::llround(n.centroidVoxels[0]));
    const auto cy = static_cast<long long>(std::llround(n.centroidVoxels[1]));
    const auto cx = static_cast<long long>(std::llround(n.centroidVoxels[2]));
    auto put = [&](long long x, long long y, long long z) {
        if (x < 0 || y < 0 || z < 0 || x >= static_cast<long long>(shape.x) ||
            y >= static_cast<long long>(shape.y) || z >= static_cast<long long>(shape.z))
            return;
        picture.at(static_cast<std::size_t>(x), static_cast<std::size_t>(y), static_cast<std::size_t>(z)) =
            Rgb8{255, 255, 255};
    };
    for (int d = -kCentroidCrossArm; d <= kCentroidCrossArm; ++d) {
        put(cx + d, cy, cz);
        put(cx, cy + d, cz);
    }
    put(cx, cy, cz - 1);
    put(cx, cy, cz + 1);
}

} // namespace

Rgb8 classColour(std::size_t index, std::size_t count) {
    if (count <= 1)
        return {40, 220, 40};
    // Hue from 0 (red) to 120 degrees (green) in equal steps.
    const double hue =
        120.0 * static_cast<double>(std::min(index, count - 1)) / static_cast<double>(count - 1);
    const double x = hue <= 60.0 ? hue / 60.0 : (120.0 - hue) / 60.0;
    const auto up = static_cast<std::uint8_t>(std::lround(40.0 + 215.0 * x));
    return hue <= 60.0 ? Rgb8{255, up, 40} : Rgb8{up, 255, 40};
}

Volume<Rgb8> labelPicture(const Volume<std::uint32_t>& labels, const Volume<std::uint8_t>& contours,
                          const ShapeClassification& classes, const std::vector<NucleusMeasurement>& nuclei,
                          const Volume<float>* image, const Progress& progress) {
    if (contours.shape() != labels.shape())
        throw Error("I_label picture: the contours differ in size from the labels");
    if (image && image->shape() != labels.shape())
        throw Error("I_label picture: the image differs in size from the labels");
    Volume<Rgb8> picture(labels.shape(), Rgb8{}, labels.spacing());
    IntensityRange range;
    if (image)
        range = percentileRange(*image, 1.0, 99.8, progress.sub(0.0, 0.3));
    const double width = static_cast<double>(range.high) - static_cast<double>(range.low);
    const double greyScale = width > 0 ? kImageGreyMax / width : 0.0;

    std::vector<Rgb8> colourOfLabel(classes.classOfLabel.size());
    for (std::size_t id = 1; id < colourOfLabel.size(); ++id)
        colourOfLabel[id] = classColour(classes.classOfLabel[id], classes.names.size());
    const Rgb8 unclassified{200, 200, 200};

    parallelFor(
        0, labels.voxelCount(),
        [&](std::size_t b, std::size_t e) {
            for (std::size_t i = b; i < e; ++i) {
                if (contours[i] != 0 && labels[i] != 0) {
                    const std::uint32_t id = labels[i];
                    picture[i] = id < colourOfLabel.size() ? colourOfLabel[id] : unclassified;
                } else if (image) {
                    const double g = (static_cast<double>((*image)[i]) - range.low) * greyScale;
                    const auto grey = static_cast<std::uint8_t>(
                        std::lround(std::clamp(std::isfinite(g) ? g : 0.0, 0.0, kImageGreyMax)));
                    picture[i] = Rgb8{grey, grey, grey};
                }
            }
            progress.checkCancelled();
        },
        1 << 16);
    for (const NucleusMeasurement& n : nuclei)
        if (!classes.isRound(n.id))
            drawCross(picture, n);
    progress.report(1.0, "I_label picture");
    return picture;
}

} // namespace nuclei3d
