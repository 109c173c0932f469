#include "synth/NucleusPlacer.h"

namespace nuclei3d {

std::size_t NucleusPlacer::tryPlace(const VoxelEllipsoid& ellipsoid, std::uint32_t id) {
    const Shape& shape = m_instances.shape();
    std::uint32_t* labels = m_instances.data();
    // First pass counts; it stops at the first taken voxel when no overlap is allowed, which is what
    // keeps rejected attempts cheap in a crowded volume.
    const bool noOverlap = m_maxOverlap <= 0;
    std::size_t inside = 0, taken = 0;
    const bool completed = ellipsoid.forEachInside(shape, [&](std::size_t i) {
        ++inside;
        if (labels[i] != 0) {
            ++taken;
            if (noOverlap)
                return false;
        }
        return true;
    });
    // The fraction counts voxels inside the volume: a nucleus cut by the border is judged on its part
    // that exists.
    if (!completed || inside == taken ||
        static_cast<double>(taken) > m_maxOverlap * static_cast<double>(inside))
        return 0;
    std::size_t owned = 0;
    ellipsoid.forEachInside(shape, [&](std::size_t i) {
        if (labels[i] == 0) {
            labels[i] = id;
            ++owned;
        }
        return true;
    });
    return owned;
}

} // namespace nuclei3d
