#include "filters/Canny3D.h"

#include "filters/GaussianBlur.h"
#include "filters/Neighbourhood.h"
#include "filters/ParallelProgress.h"
#include "filters/VoxelIndex.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace nuclei3d {
namespace {

enum Mark : std::uint8_t { kNone = 0, kWeak = 1, kStrong = 2, kEdge = 3 };

struct Gradient {
    float x, y, z;
};

/// Central differences, one-sided where a neighbour would fall outside the volume.
class GradientField {
  public:
    explicit GradientField(const Volume<float>& v) : m_v(v) {}

    Gradient at(std::size_t x, std::size_t y, std::size_t z) const {
        return {difference(x, m_v.sizeX(), m_v.index(0, y, z), 1),
                difference(y, m_v.sizeY(), m_v.index(x, 0, z), m_v.sizeX()),
                difference(z, m_v.sizeZ(), m_v.index(x, y, 0), m_v.shape().sliceSize())};
    }

  private:
    float difference(std::size_t c, std::size_t n, std::size_t lineStart, std::size_t stride) const {
        if (n < 2)
            return 0.0f;
        const std::size_t lo = c == 0 ? 0 : c - 1;
        const std::size_t hi = c + 1 == n ? c : c + 1;
        return (m_v[lineStart + hi * stride] - m_v[lineStart + lo * stride]) / static_cast<float>(hi - lo);
    }
    const Volume<float>& m_v;
};

/// Trilinear interpolation of the magnitude, clamped to the volume.
float sample(const Volume<float>& m, float fx, float fy, float fz) {
    auto split = [](float f, std::size_t n, std::size_t& i0, std::size_t& i1, float& t) {
        f = std::clamp(f, 0.0f, static_cast<float>(n - 1));
        i0 = static_cast<std::size_t>(f);
        i1 = std::min(i0 + 1, n - 1);
        t = f - static_cast<float>(i0);
    };
    std::size_t x0, x1, y0, y1, z0, z1;
    float tx, ty, tz;
    split(fx, m.sizeX(), x0, x1, tx);
    split(fy, m.sizeY(), y0, y1, ty);
    split(fz, m.sizeZ(), z0, z1, tz);
    auto lerp = [](float a, float b, float t) { return a + (b - a) * t; };
    const float c00 = lerp(m.at(x0, y0, z0), m.at(x1, y0, z0), tx);
    const float c10 = lerp(m.at(x0, y1, z0), m.at(x1, y1, z0), tx);
    const float c01 = lerp(m.at(x0, y0, z1), m.at(x1, y0, z1), tx);
    const float c11 = lerp(m.at(x0, y1, z1), m.at(x1, y1, z1), tx);
    return lerp(lerp(c00, c10, ty), lerp(c01, c11, ty), tz);
}

} // namespace

Volume<std::uint8_t> canny3d(const Volume<float>& volume, const CannyOptions& options,
                             const Progress& progress) {
    if (!(options.lowThreshold <= options.highThreshold))
        throw Error("Canny: the low threshold must not exceed the high threshold");
    requireVoxelIndexRange(volume.shape(), "Canny");
    Volume<std::uint8_t> marks(volume.shape(), kNone, volume.spacing());
    if (volume.empty())
        return marks;

    Volume<float> smoothed = volume;
    gaussianBlur(smoothed, options.sigmaX, options.sigmaY, options.sigmaZ, progress.sub(0.0, 0.4));
    const GradientField gradient(smoothed);

    Volume<float> magnitude(volume.shape(), 0.0f);
    ParallelProgress gradientTracker(progress.sub(0.4, 0.6), volume.sizeZ(), "Canny gradient");
    parallelFor(0, volume.sizeZ(), [&](std::size_t zb, std::size_t ze) {
        for (std::size_t z = zb; z < ze; ++z) {
            for (std::size_t y = 0; y < volume.sizeY(); ++y)
                for (std::size_t x = 0; x < volume.sizeX(); ++x) {
                    const Gradient g = gradient.at(x, y, z);
                    magnitude.at(x, y, z) = std::sqrt(g.x * g.x + g.y * g.y + g.z * g.z);
                }
            gradientTracker.advance(1);
        }
    });

    // Non-maximum suppression: keep a voxel only where the magnitude peaks across the edge. The step
    // along the gradient reaches the next voxel plane in its main direction; ties go to the voxel
    // behind, so a flat-topped ridge two voxels wide gives one edge, not two.
    ParallelProgress suppressTracker(progress.sub(0.6, 0.9), volume.sizeZ(), "Canny suppression");
    parallelFor(0, volume.sizeZ(), [&](std::size_t zb, std::size_t ze) {
        for (std::size_t z = zb; z < ze; ++z) {
            for (std::size_t y = 0; y < volume.sizeY(); ++y)
                for (std::size_t x = 0; x < volume.sizeX(); ++x) {
                    const float m = magnitude.at(x, y, z);
                    if (!(m > 0.0f) || m < options.lowThreshold)
                        continue;
                    const Gradient g = gradient.at(x, y, z);
                    const float largest = std::max({std::fabs(g.x), std::fabs(g.y), std::fabs(g.z)});
                    const float dx = g.x / largest, dy = g.y / largest, dz = g.z / largest;
                    const auto fx = static_cast<float>(x), fy = static_cast<float>(y),
                               fz = static_cast<float>(z);
                    const float ahead = sample(magnitude, fx + dx, fy + dy, fz + dz);
                    const float behind = sample(magnitude, fx - dx, fy - dy, fz - dz);
                    if (m > ahead && m >= behind)
                        marks.at(x, y, z) = m >= options.highThreshold ? kStrong : kWeak;
                }
            suppressTracker.advance(1);
        }
    });
    magnitude = Volume<float>();
    smoothed = Volume<float>();

    // Hysteresis: grow every strong voxel through 26-connected weak ones.
    const Neighbourhood nb(volume.shape(), Connectivity::TwentySix);
    std::uint8_t* mk = marks.data();
    std::vector<VoxelIndex> stack;
    for (std::size_t p = 0; p < marks.voxelCount(); ++p) {
        if (mk[p] != kStrong)
            continue;
        mk[p] = kEdge;
        stack.push_back(static_cast<VoxelIndex>(p));
        while (!stack.empty()) {
            const std::size_t s = stack.back();
            stack.pop_back();
            nb.forEach(s, nb.bitsOfIndex(s), [&](std::size_t q) {
                if (mk[q] == kWeak || mk[q] == kStrong) {
                    mk[q] = kEdge;
                    stack.push_back(static_cast<VoxelIndex>(q));
                }
            });
        }
    }
    progress.report(0.95, "Canny hysteresis");
    parallelFor(0, marks.voxelCount(), [&](std::size_t b, std::size_t e) {
        for (std::size_t i = b; i < e; ++i)
            mk[i] = mk[i] == kEdge ? 255 : 0;
    });
    progress.report(1.0, "Canny");
    return marks;
}

} // namespace nuclei3d
