#pragma once
// The queue- and label-based filters store voxel indices in 32 bits, which halves their memory on
// the volumes we meet (512 x 512 x 415 is 108 M voxels); this guards the 4 G-voxel limit.
#include "pipeline/Error.h"
#include "volume/Shape.h"

#include <cstdint>
#include <limits>
#include <string>

namespace nuclei3d {

using VoxelIndex = std::uint32_t;

inline void requireVoxelIndexRange(const Shape& shape, const char* operation) {
    if (shape.voxelCount() >= std::numeric_limits<VoxelIndex>::max())
        throw Error(std::string(operation) + ": volumes of 4 G voxels or more are not supported");
}

} // namespace nuclei3d
