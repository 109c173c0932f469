#pragma once
// Size of a volume in voxels (x fastest in memory, then y, then z).
#include <cstddef>
#include <cstdint>

namespace nuclei3d {

struct Shape {
    std::size_t x = 0;
    std::size_t y = 0;
    std::size_t z = 0;

    std::size_t voxelCount() const { return x * y * z; }
    std::size_t sliceSize() const { return x * y; }
    bool empty() const { return voxelCount() == 0; }
    bool operator==(const Shape& o) const { return x == o.x && y == o.y && z == o.z; }
    bool operator!=(const Shape& o) const { return !(*this == o); }
};

} // namespace nuclei3d
