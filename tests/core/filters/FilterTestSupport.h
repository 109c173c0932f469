#pragma once
// Inputs and brute-force references shared by the filter tests (no test logic of its own).
#include "filters/Connectivity.h"
#include "pipeline/Progress.h"
#include "volume/Volume.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace nuclei3d::test {

/// A sink that asks to stop after `allowed` updates, to cancel work midway.
struct StopAfter : ProgressSink {
    explicit StopAfter(int n) : allowed(n) {}
    bool update(double, const std::string&) override { return allowed-- > 0; }
    int allowed;
};

inline Volume<std::uint8_t> randomMask(Shape shape, double fill, unsigned seed) {
    std::mt19937 rng(seed);
    std::bernoulli_distribution on(fill);
    Volume<std::uint8_t> mask(shape);
    for (auto& v : mask.storage())
        v = on(rng) ? 255 : 0;
    return mask;
}

/// Voxels drawn uniformly from 0.000-0.999 (steps of 0.001), the same for the same seed.
inline Volume<float> randomVolume(Shape shape, unsigned seed) {
    std::mt19937 engine(seed);
    Volume<float> v(shape);
    for (std::size_t i = 0; i < v.voxelCount(); ++i)
        v[i] = static_cast<float>(engine() % 1000) / 1000.0f;
    return v;
}

/// A ball of radius r (voxels) around (cx, cy, cz), drawn into mask with value 255.
inline void drawBall(Volume<std::uint8_t>& mask, double cx, double cy, double cz, double r) {
    for (std::size_t z = 0; z < mask.sizeZ(); ++z)
        for (std::size_t y = 0; y < mask.sizeY(); ++y)
            for (std::size_t x = 0; x < mask.sizeX(); ++x) {
                const double dx = static_cast<double>(x) - cx, dy = static_cast<double>(y) - cy,
                             dz = static_cast<double>(z) - cz;
                if (dx * dx + dy * dy + dz * dz <= r * r)
                    mask.at(x, y, z) = 255;
            }
}

inline bool neighbours(long dx, long dy, long dz, Connectivity c) {
    const long steps = std::labs(dx) + std::labs(dy) + std::labs(dz);
    if (steps == 0 || std::labs(dx) > 1 || std::labs(dy) > 1 || std::labs(dz) > 1)
        return false;
    return c == Connectivity::TwentySix || steps == 1;
}

/// Calls f(neighbour index) for every neighbour of voxel i by plain coordinate arithmetic.
template <typename F> void forNeighbours(const Shape& s, std::size_t i, Connectivity c, F&& f) {
    const long x = static_cast<long>(i % s.x), y = static_cast<long>((i / s.x) % s.y),
               z = static_cast<long>(i / (s.x * s.y));
    for (long dz = -1; dz <= 1; ++dz)
        for (long dy = -1; dy <= 1; ++dy)
            for (long dx = -1; dx <= 1; ++dx) {
                if (!neighbours(dx, dy, dz, c))
                    continue;
                const long nx = x + dx, ny = y + dy, nz = z + dz;
                if (nx < 0 || ny < 0 || nz < 0 || nx >= static_cast<long>(s.x) ||
                    ny >= static_cast<long>(s.y) || nz >= static_cast<long>(s.z))
                    continue;
                f(static_cast<std::size_t>(nx) +
                  s.x * (static_cast<std::size_t>(ny) + s.y * static_cast<std::size_t>(nz)));
            }
}

/// Connected components by flood fill from each unvisited voxel in raster order: ids 1..N in
/// raster order of each component's first voxel, the convention of connectedComponents.
inline Volume<std::uint32_t> floodFillLabels(const Volume<std::uint8_t>& mask, Connectivity c) {
    Volume<std::uint32_t> out(mask.shape(), 0);
    std::uint32_t next = 0;
    std::vector<std::size_t> stack;
    for (std::size_t i = 0; i < mask.voxelCount(); ++i) {
        if (mask[i] == 0 || out[i] != 0)
            continue;
        out[i] = ++next;
        stack.push_back(i);
        while (!stack.empty()) {
            const std::size_t p = stack.back();
            stack.pop_back();
            forNeighbours(mask.shape(), p, c, [&](std::size_t q) {
                if (mask[q] != 0 && out[q] == 0) {
                    out[q] = next;
                    stack.push_back(q);
                }
            });
        }
    }
    return out;
}

} // namespace nuclei3d::test
