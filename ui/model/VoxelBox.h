#pragma once
// A box of voxels in a volume (the region the interactive preview re-runs post-processing on), and
// copying a volume's part in that box out and back.
#include "volume/Volume.h"

#include <algorithm>
#include <cstddef>

namespace nuclei3d::ui {

struct VoxelBox {
    std::size_t x = 0, y = 0, z = 0; ///< first voxel
    std::size_t sizeX = 0, sizeY = 0, sizeZ = 0;

    bool empty() const { return sizeX == 0 || sizeY == 0 || sizeZ == 0; }
    Shape shape() const { return Shape{sizeX, sizeY, sizeZ}; }
    /// The same box cut to the volume's extent (empty when it lies outside).
    VoxelBox clippedTo(Shape shape) const {
        VoxelBox b = *this;
        b.x = std::min(x, shape.x);
        b.y = std::min(y, shape.y);
        b.z = std::min(z, shape.z);
        b.sizeX = std::min(sizeX, shape.x - b.x);
        b.sizeY = std::min(sizeY, shape.y - b.y);
        b.sizeZ = std::min(sizeZ, shape.z - b.z);
        return b;
    }
    bool operator==(const VoxelBox& o) const {
        return x == o.x && y == o.y && z == o.z && sizeX == o.sizeX && sizeY == o.sizeY && sizeZ == o.sizeZ;
    }
};

/// The part of `volume` in `box` (which must lie inside it), with the volume's voxel size.
template <typename T>
Volume<T> cropVolume(const Volume<T>& volume, const VoxelBox& box) {
    Volume<T> out(box.shape(), T{}, volume.spacing());
    for (std::size_t z = 0; z < box.sizeZ; ++z)
        for (std::size_t y = 0; y < box.sizeY; ++y)
            for (std::size_t x = 0; x < box.sizeX; ++x)
                out.at(x, y, z) = volume.at(box.x + x, box.y + y, box.z + z);
    return out;
}

/// A volume of `shape`, zero outside `box`, with `part` inside it.
template <typename T>
Volume<T> pasteVolume(const Volume<T>& part, const VoxelBox& box, Shape shape) {
    Volume<T> out(shape, T{}, part.spacing());
    for (std::size_t z = 0; z < box.sizeZ; ++z)
        for (std::size_t y = 0; y < box.sizeY; ++y)
            for (std::size_t x = 0; x < box.sizeX; ++x)
                out.at(box.x + x, box.y + y, box.z + z) = part.at(x, y, z);
    return out;
}

} // namespace nuclei3d::ui
