#pragma once
// Small operations on instance-label volumes (0 = background, any other id = one object) that
// stage 5 needs after the watershed: object sizes, the size filter and consecutive renumbering.
#include "pipeline/Progress.h"
#include "volume/Volume.h"

#include <cstdint>
#include <vector>

namespace nuclei3d {

/// The largest id in the volume (0 for an empty or all-background volume).
std::uint32_t maxLabel(const Volume<std::uint32_t>& labels);

/// Voxel count per id: result[id], result.size() == maxLabel + 1, result[0] counts the background.
/// Throws Error when the largest id exceeds both the voxel count and 65536 (sparse ids: relabel
/// them first).
std::vector<std::uint64_t> objectSizes(const Volume<std::uint32_t>& labels);

/// Sets to 0 every object of fewer than minVoxels voxels, keeping those of minVoxels or more (as
/// skimage.morphology.remove_small_objects(min_size=minVoxels)). Ids are not renumbered. Returns
/// how many objects were removed.
std::uint32_t removeSmallObjects(Volume<std::uint32_t>& labels, std::uint64_t minVoxels,
                                 const Progress& progress = {});

/// Renumbers the objects 1..N in raster order of their first voxel (x fastest, then y, then z);
/// background stays 0. Returns N. Any ids are accepted, sparse ones included.
std::uint32_t relabelConsecutive(Volume<std::uint32_t>& labels, const Progress& progress = {});

} // namespace nuclei3d
