#pragma once
// Writes nuclei one after another into I_instances under the overlap rule of stage 1: a nucleus is
// accepted when at most maxOverlap of its voxels already belong to earlier nuclei; those voxels keep
// their first owner.
#include "synth/VoxelEllipsoid.h"
#include "volume/Volume.h"

#include <cstddef>
#include <cstdint>

namespace nuclei3d {

class NucleusPlacer {
  public:
    NucleusPlacer(Volume<std::uint32_t>& instances, double maxOverlap)
        : m_instances(instances), m_maxOverlap(maxOverlap) {}

    /// Places the ellipsoid as nucleus `id` if the overlap rule allows it and it would own at least
    /// one voxel; returns the number of voxels it now owns, 0 when rejected (nothing written).
    std::size_t tryPlace(const VoxelEllipsoid& ellipsoid, std::uint32_t id);

  private:
    Volume<std::uint32_t>& m_instances;
    double m_maxOverlap;
};

} // namespace nuclei3d
