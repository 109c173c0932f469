#pragma once
// Connected-component labelling of a binary mask (stage 5's relabelling, the markers of the
// h-maxima). Ids are 1..N in raster order (x fastest, then y, then z) of each component's first
// voxel, so the result does not depend on the thread count.
#include "filters/Connectivity.h"
#include "pipeline/Progress.h"
#include "volume/Volume.h"

#include <cstdint>

namespace nuclei3d {

struct Labelling {
    Volume<std::uint32_t> labels; ///< 0 on background, 1..count on the components
    std::uint32_t count = 0;
};

/// Labels the components of mask != 0. Two-pass union-find on slabs of slices that run in parallel,
/// then the slab borders are joined; needs the output plus 8 bytes per provisional label.
/// Throws Error for volumes of 4 G voxels or more.
Labelling connectedComponents(const Volume<std::uint8_t>& mask,
                              Connectivity connectivity = Connectivity::TwentySix,
                              const Progress& progress = {});

} // namespace nuclei3d
