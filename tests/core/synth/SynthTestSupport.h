#pragma once
// Helpers shared by the stage 1 tests: an independent evaluation of the METHOD.md membership formula
// and small settings that run in milliseconds. (No test logic of its own.)
#include "synth/SynthResult.h"
#include "synth/SynthSettings.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace nuclei3d::test {

/// |R^T (v - c) / a|^2 for the centre of voxel (x, y, z), written straight from METHOD.md.
inline double ellipsoidForm(const SynthNucleus& n, const Spacing& spacing, std::size_t x, std::size_t y,
                            std::size_t z) {
    const double d[3] = {(static_cast<double>(x) + 0.5 - n.cx) * spacing.x,
                         (static_cast<double>(y) + 0.5 - n.cy) * spacing.y,
                         (static_cast<double>(z) + 0.5 - n.cz) * spacing.z};
    const double a[3] = {n.ax, n.ay, n.az};
    double q = 0;
    for (std::size_t j = 0; j < 3; ++j) {
        double u = 0;
        for (std::size_t k = 0; k < 3; ++k)
            u += n.rotation[3 * k + j] * d[k];
        q += (u / a[j]) * (u / a[j]);
    }
    return q;
}

/// FNV-1a over raw bytes: a fingerprint of a volume's exact bits.
inline std::uint64_t fingerprint(const void* data, std::size_t bytes,
                                 std::uint64_t hash = 14695981039346656037ull) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < bytes; ++i) {
        hash ^= p[i];
        hash *= 1099511628211ull;
    }
    return hash;
}

template <typename T> std::uint64_t fingerprint(const Volume<T>& v) {
    return fingerprint(v.data(), v.voxelCount() * sizeof(T));
}

inline SynthSettings smallSettings(Shape shape, std::size_t count, std::uint64_t seed = 1) {
    SynthSettings s;
    s.shape = shape;
    s.count = count;
    s.seed = seed;
    return s;
}

} // namespace nuclei3d::test
