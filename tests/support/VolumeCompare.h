#pragma once
// Bit-for-bit comparison of two volumes, for tests that expect the very same voxels.
#include "volume/Volume.h"

#include <cstring>

namespace nuclei3d::test {

template <typename T> bool sameVoxels(const Volume<T>& a, const Volume<T>& b) {
    if (a.shape() != b.shape())
        return false;
    return std::memcmp(a.data(), b.data(), a.voxelCount() * sizeof(T)) == 0;
}

} // namespace nuclei3d::test
