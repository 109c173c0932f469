#include "postprocess/SegColor.h"

#include "pipeline/Parallel.h"

#include <cmath>

namespace nuclei3d {

Rgb8 labelColour(std::uint32_t id) {
    if (id == 0)
        return {};
    constexpr double kGolden = 0.61803398874989484820;
    const double turns = static_cast<double>(id) * kGolden;
    const double hue = (turns - std::floor(turns)) * 6.0; // sextant of the colour wheel
    // Three saturation and two brightness levels on co-prime cycles: six looks before a repeat.
    static constexpr double kSaturation[3] = {0.85, 0.6, 1.0};
    static constexpr double kValue[2] = {1.0, 0.78};
    const double s = kSaturation[id % 3];
    const double v = kValue[(id / 3) % 2];
    const int sextant = static_cast<int>(hue) % 6;
    const double f = hue - std::floor(hue);
    const double p = v * (1.0 - s), q = v * (1.0 - s * f), t = v * (1.0 - s * (1.0 - f));
    double r = 0, g = 0, b = 0;
    switch (sextant) {
    case 0:
        r = v, g = t, b = p;
        break;
    case 1:
        r = q, g = v, b = p;
        break;
    case 2:
        r = p, g = v, b = t;
        break;
    case 3:
        r = p, g = q, b = v;
        break;
    case 4:
        r = t, g = p, b = v;
        break;
    default:
        r = v, g = p, b = q;
        break;
    }
    auto byte = [](double c) { return static_cast<std::uint8_t>(std::lround(c * 255.0)); };
    return {byte(r), byte(g), byte(b)};
}

Volume<Rgb8> segColor(const Volume<std::uint32_t>& labels, const Progress& progress) {
    Volume<Rgb8> out(labels.shape(), Rgb8{}, labels.spacing());
    parallelFor(
        0, labels.voxelCount(),
        [&](std::size_t b, std::size_t e) {
            // Consecutive voxels mostly share an id: remember the last colour instead of recomputing it.
            std::uint32_t lastId = 0;
            Rgb8 lastColour{};
            for (std::size_t i = b; i < e; ++i) {
                const std::uint32_t id = labels[i];
                if (id == 0)
                    continue;
                if (id != lastId) {
                    lastId = id;
                    lastColour = labelColour(id);
                }
                out[i] = lastColour;
            }
            progress.checkCancelled();
        },
        1 << 16);
    progress.report(1.0, "colouring nuclei");
    return out;
}

} // namespace nuclei3d
