#include "views/SliceImage.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace nuclei3d::ui {

DisplayWindow autoWindow(const Volume<float>& volume) {
    if (volume.empty())
        return {};
    // A strided sample is plenty for percentiles and keeps opening a big volume instant.
    const std::size_t stride = std::max<std::size_t>(1, volume.voxelCount() / 200000);
    std::vector<float> sample;
    sample.reserve(volume.voxelCount() / stride + 1);
    for (std::size_t i = 0; i < volume.voxelCount(); i += stride)
        sample.push_back(volume[i]);
    auto at = [&](double q) {
        const auto k = static_cast<std::size_t>(q * static_cast<double>(sample.size() - 1));
        std::nth_element(sample.begin(), sample.begin() + static_cast<std::ptrdiff_t>(k), sample.end());
        return sample[k];
    };
    DisplayWindow w{at(0.005), at(0.995)};
    if (w.high <= w.low)
        w.high = w.low + 1.0f;
    return w;
}

QImage renderSlice(const Volume<float>& image, std::size_t z, DisplayWindow window) {
    const int width = static_cast<int>(image.sizeX());
    const int height = static_cast<int>(image.sizeY());
    QImage picture(width, height, QImage::Format_RGB32);
    const float scale = 255.0f / (window.high - window.low);
    const float* slice = image.slice(z);
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(picture.scanLine(y));
        const float* row = slice + static_cast<std::size_t>(y) * image.sizeX();
        for (int x = 0; x < width; ++x) {
            const int g = static_cast<int>(std::clamp((row[x] - window.low) * scale, 0.0f, 255.0f));
            line[x] = qRgb(g, g, g);
        }
    }
    return picture;
}

QColor labelColour(std::uint32_t id) {
    const double hue = std::fmod(static_cast<double>(id) * 0.618033988749895, 1.0);
    return QColor::fromHsvF(static_cast<float>(hue), 0.75f, 1.0f);
}

void overlayLabels(QImage& picture, const Volume<std::uint32_t>& labels, std::size_t z, double opacity) {
    const std::uint32_t* slice = labels.slice(z);
    const int alpha = static_cast<int>(std::clamp(opacity, 0.0, 1.0) * 256.0);
    // Neighbouring voxels mostly share an id: remembering the last colour avoids most HSV maths.
    std::uint32_t lastId = 0;
    QRgb lastColour = 0;
    for (int y = 0; y < picture.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(picture.scanLine(y));
        const std::uint32_t* row = slice + static_cast<std::size_t>(y) * labels.sizeX();
        for (int x = 0; x < picture.width(); ++x) {
            if (row[x] == 0)
                continue;
            if (row[x] != lastId) {
                lastId = row[x];
                lastColour = labelColour(lastId).rgb();
            }
            const QRgb c = lastColour;
            const QRgb p = line[x];
            auto mix = [alpha](int a, int b) { return (a * (256 - alpha) + b * alpha) >> 8; };
            line[x] = qRgb(mix(qRed(p), qRed(c)), mix(qGreen(p), qGreen(c)), mix(qBlue(p), qBlue(c)));
        }
    }
}

} // namespace nuclei3d::ui
