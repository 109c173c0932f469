#include "postprocess/Contours.h"

#include "filters/DistanceTransform.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <array>
#include <cmath>
#include <cstddef>

namespace nuclei3d {
namespace {

// Below 2 voxels only the 26 neighbours can be close enough (the next voxel centres along an axis
// are 2 away), so the distance transform's answer is a neighbour test: same voxels, several times
// faster than the three-pass transform.
constexpr double kNeighbourReach = 2.0;

Volume<std::uint8_t> contoursByNeighbours(const Volume<std::uint32_t>& labels, double limit,
                                          const Progress& progress) {
    struct Offset {
        int dx, dy, dz;
    };
    std::array<Offset, 26> offsets{};
    int count = 0;
    for (int dz = -1; dz <= 1; ++dz)
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx)
                if ((dx || dy || dz) && std::sqrt(static_cast<double>(dx * dx + dy * dy + dz * dz)) <= limit)
                    offsets[static_cast<std::size_t>(count++)] = {dx, dy, dz};
    Volume<std::uint8_t> contours(labels.shape(), 0, labels.spacing());
    const auto sx = static_cast<long>(labels.sizeX()), sy = static_cast<long>(labels.sizeY()),
               sz = static_cast<long>(labels.sizeZ());
    parallelFor(0, labels.sizeZ(), [&](std::size_t zb, std::size_t ze) {
        for (std::size_t zu = zb; zu < ze; ++zu) {
            const auto z = static_cast<long>(zu);
            for (long y = 0; y < sy; ++y)
                for (long x = 0; x < sx; ++x) {
                    const std::size_t i =
                        labels.index(static_cast<std::size_t>(x), static_cast<std::size_t>(y), zu);
                    const std::uint32_t id = labels[i];
                    if (id == 0)
                        continue;
                    for (int k = 0; k < count; ++k) {
                        const Offset& o = offsets[static_cast<std::size_t>(k)];
                        const long nx = x + o.dx, ny = y + o.dy, nz = z + o.dz;
                        // Outside the volume is no boundary (distanceToObjectBoundary's convention).
                        if (nx < 0 || ny < 0 || nz < 0 || nx >= sx || ny >= sy || nz >= sz)
                            continue;
                        if (labels.at(static_cast<std::size_t>(nx), static_cast<std::size_t>(ny),
                                      static_cast<std::size_t>(nz)) != id) {
                            contours[i] = 255;
                            break;
                        }
                    }
                }
            progress.checkCancelled();
        }
    });
    return contours;
}

Volume<std::uint8_t> contoursByDistance(const Volume<std::uint32_t>& labels, double limit,
                                        const Progress& progress) {
    const Volume<float> distance = distanceToObjectBoundary(labels, Spacing{}, progress.sub(0.0, 0.9));
    Volume<std::uint8_t> contours(labels.shape(), 0, labels.spacing());
    parallelFor(
        0, labels.voxelCount(),
        [&](std::size_t b, std::size_t e) {
            for (std::size_t i = b; i < e; ++i)
                if (labels[i] != 0 && static_cast<double>(distance[i]) <= limit)
                    contours[i] = 255;
            progress.checkCancelled();
        },
        1 << 16);
    return contours;
}

} // namespace

Volume<std::uint8_t> nucleusContours(const Volume<std::uint32_t>& labels, double distanceVoxels,
                                     const Progress& progress) {
    if (!(distanceVoxels > 0) || !std::isfinite(distanceVoxels))
        throw Error("contours: the contour width must be a positive number of voxels");
    // A little slack so that a width of exactly sqrt(2) keeps the diagonal neighbours, whose float
    // distance may round just above it.
    const double limit = distanceVoxels * (1.0 + 1e-6);
    Volume<std::uint8_t> contours = limit < kNeighbourReach ? contoursByNeighbours(labels, limit, progress)
                                                            : contoursByDistance(labels, limit, progress);
    progress.report(1.0, "contours");
    return contours;
}

} // namespace nuclei3d
