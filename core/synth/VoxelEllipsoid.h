#pragma once
// An oriented ellipsoid laid on a voxel grid with physical spacing: the box of voxels it can reach
// and, voxel by voxel, the METHOD.md membership test |R^T (v - c) / a|^2 <= 1 on voxel centres.
#include "synth/RandomRotation.h"
#include "volume/Shape.h"
#include "volume/Spacing.h"

#include <array>
#include <cstddef>

namespace nuclei3d {

class VoxelEllipsoid {
  public:
    /// centre in continuous voxel units (voxel i covers [i, i+1)), semi-axes in micrometres along the
    /// body axes, rotation R maps body axes to volume axes, spacing in micrometres per voxel.
    VoxelEllipsoid(const std::array<double, 3>& centre, const std::array<double, 3>& axes,
                   const Rotation3& rotation, const Spacing& spacing);

    /// Half extent in voxels along volume axis k: sqrt(sum_j (R_kj a_j)^2) / spacing_k.
    double halfExtent(int axis) const { return m_halfExtent[static_cast<std::size_t>(axis)]; }

    /// |R^T (v - c) / a|^2 for the centre of voxel (x, y, z); the voxel is inside when <= 1.
    double form(std::size_t x, std::size_t y, std::size_t z) const;

    /// Calls visit(linearIndex) for every voxel of a volume of this shape whose centre is inside,
    /// scanning only the axis-aligned bounding box, x fastest. visit returns false to stop early;
    /// the function then returns false.
    template <typename Visit> bool forEachInside(const Shape& shape, Visit&& visit) const;

  private:
    struct Range {
        std::size_t begin = 0;
        std::size_t end = 0; // exclusive; begin == end when the box misses the volume
    };
    Range range(int axis, std::size_t size) const;

    std::array<double, 3> m_centre;
    std::array<double, 3> m_inverseAxes;
    Rotation3 m_rotation;
    std::array<double, 3> m_spacing;
    std::array<double, 3> m_halfExtent;
};

template <typename Visit> bool VoxelEllipsoid::forEachInside(const Shape& shape, Visit&& visit) const {
    const Range rx = range(0, shape.x), ry = range(1, shape.y), rz = range(2, shape.z);
    const Rotation3& r = m_rotation;
    for (std::size_t z = rz.begin; z < rz.end; ++z) {
        const double dz = (static_cast<double>(z) + 0.5 - m_centre[2]) * m_spacing[2];
        for (std::size_t y = ry.begin; y < ry.end; ++y) {
            const double dy = (static_cast<double>(y) + 0.5 - m_centre[1]) * m_spacing[1];
            // (R^T d)_j = R_0j dx + R_1j dy + R_2j dz; the dy, dz part is fixed along the row.
            const double b0 = r[3] * dy + r[6] * dz;
            const double b1 = r[4] * dy + r[7] * dz;
            const double b2 = r[5] * dy + r[8] * dz;
            const std::size_t rowStart = shape.x * (y + shape.y * z);
            for (std::size_t x = rx.begin; x < rx.end; ++x) {
                const double dx = (static_cast<double>(x) + 0.5 - m_centre[0]) * m_spacing[0];
                const double u0 = (r[0] * dx + b0) * m_inverseAxes[0];
                const double u1 = (r[1] * dx + b1) * m_inverseAxes[1];
                const double u2 = (r[2] * dx + b2) * m_inverseAxes[2];
                if (u0 * u0 + u1 * u1 + u2 * u2 <= 1.0 && !visit(rowStart + x))
                    return false;
            }
        }
    }
    return true;
}

} // namespace nuclei3d
