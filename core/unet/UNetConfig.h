#pragma once
// The architecture of a 3D U-Net (stage 3 of METHOD.md), as stored in a model file.
#include <cstdint>

namespace nuclei3d {

struct UNetConfig {
    int depth = 3;        ///< resolution levels (the publication's network has 4)
    int baseFilters = 16; ///< channels at the first level, doubled per level down
    int inChannels = 1;
    int outChannels = 1;

    bool operator==(const UNetConfig& o) const {
        return depth == o.depth && baseFilters == o.baseFilters && inChannels == o.inChannels &&
               outChannels == o.outChannels;
    }
    /// Input edges must be multiples of this (one halving per level below the first).
    int sizeMultiple() const { return 1 << (depth - 1); }
};

} // namespace nuclei3d
