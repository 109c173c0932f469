#pragma once
// Hand-built and random label volumes for the evaluation tests (header only, no test of its own).
#include "volume/Volume.h"

#include <cstdint>
#include <random>
#include <utility>
#include <vector>

namespace nuclei3d::test {

using Labels = Volume<std::uint32_t>;

/// Sets the half-open box [x0, x1) x [y0, y1) x [z0, z1) to label.
inline void fillBox(Labels& v, std::size_t x0, std::size_t x1, std::size_t y0, std::size_t y1, std::size_t z0,
                    std::size_t z1, std::uint32_t label) {
    for (std::size_t z = z0; z < z1; ++z)
        for (std::size_t y = y0; y < y1; ++y)
            for (std::size_t x = x0; x < x1; ++x)
                v.at(x, y, z) = label;
}

/// Two gt boxes, left (x 0..9) and right (x 10..19), and two predictions: P over x 5..14 (half of
/// each) and Q over x 0..4 or x 15..19 (half of one). Every coverage is exactly 0.5, so only the
/// tie order decides the matching. Returns (prediction, ground truth).
inline std::pair<Labels, Labels> tieCase(Shape shape, std::uint32_t left, std::uint32_t right,
                                         std::uint32_t p, std::uint32_t q, bool qOnLeft) {
    Labels gt(shape), pred(shape);
    fillBox(gt, 0, 10, 0, 10, 0, 4, left);
    fillBox(gt, 10, 20, 0, 10, 0, 4, right);
    fillBox(pred, 5, 15, 0, 10, 0, 4, p);
    if (qOnLeft)
        fillBox(pred, 0, 5, 0, 10, 0, 4, q);
    else
        fillBox(pred, 15, 20, 0, 10, 0, 4, q);
    return {pred, gt};
}

/// Balls of random centre and radius (later ones overwrite earlier ones), ids 1..count.
inline Labels randomBalls(Shape shape, int count, int minRadius, int maxRadius, std::mt19937& rng) {
    Labels v(shape);
    std::uniform_int_distribution<int> rx(0, static_cast<int>(shape.x) - 1);
    std::uniform_int_distribution<int> ry(0, static_cast<int>(shape.y) - 1);
    std::uniform_int_distribution<int> rz(0, static_cast<int>(shape.z) - 1);
    std::uniform_int_distribution<int> rr(minRadius, maxRadius);
    for (int i = 1; i <= count; ++i) {
        const int cx = rx(rng), cy = ry(rng), cz = rz(rng), r = rr(rng);
        for (std::size_t z = 0; z < shape.z; ++z)
            for (std::size_t y = 0; y < shape.y; ++y)
                for (std::size_t x = 0; x < shape.x; ++x) {
                    const int dx = static_cast<int>(x) - cx, dy = static_cast<int>(y) - cy,
                              dz = static_cast<int>(z) - cz;
                    if (dx * dx + dy * dy + dz * dz <= r * r)
                        v.at(x, y, z) = static_cast<std::uint32_t>(i);
                }
    }
    return v;
}

/// The volume moved by (dx, dy, dz) voxels; what moves in from outside is background.
inline Labels shifted(const Labels& v, int dx, int dy, int dz) {
    Labels out(v.shape());
    const Shape s = v.shape();
    for (std::size_t z = 0; z < s.z; ++z)
        for (std::size_t y = 0; y < s.y; ++y)
            for (std::size_t x = 0; x < s.x; ++x) {
                const long sx = static_cast<long>(x) - dx, sy = static_cast<long>(y) - dy,
                           sz = static_cast<long>(z) - dz;
                if (sx >= 0 && sy >= 0 && sz >= 0 && sx < static_cast<long>(s.x) &&
                    sy < static_cast<long>(s.y) && sz < static_cast<long>(s.z))
                    out.at(x, y, z) = v.at(static_cast<std::size_t>(sx), static_cast<std::size_t>(sy),
                                           static_cast<std::size_t>(sz));
            }
    return out;
}

/// Each label replaced by map[label] (labels past the map's end are kept).
inline Labels relabelled(const Labels& v, const std::vector<std::uint32_t>& map) {
    Labels out = v;
    for (auto& l : out.storage())
        if (l < map.size())
            l = map[l];
    return out;
}

/// Objects whose id is a multiple of everyNth are cut at x = cutX: their part at x >= cutX gets
/// id + offset.
inline Labels splitAlongX(const Labels& v, std::size_t cutX, std::uint32_t offset, std::uint32_t everyNth) {
    Labels out = v;
    const Shape s = v.shape();
    for (std::size_t z = 0; z < s.z; ++z)
        for (std::size_t y = 0; y < s.y; ++y)
            for (std::size_t x = cutX; x < s.x; ++x) {
                std::uint32_t& l = out.at(x, y, z);
                if (l != 0 && l % everyNth == 0)
                    l += offset;
            }
    return out;
}

/// Voxels flipped at random to background or to the label of their x neighbour.
inline Labels perturbed(const Labels& v, double fraction, std::mt19937& rng) {
    Labels out = v;
    std::uniform_real_distribution<double> u(0.0, 1.0);
    for (std::size_t i = 1; i < out.voxelCount(); ++i) {
        const double r = u(rng);
        if (r < fraction / 2)
            out[i] = 0;
        else if (r < fraction)
            out[i] = v[i - 1];
    }
    return out;
}

} // namespace nuclei3d::test
