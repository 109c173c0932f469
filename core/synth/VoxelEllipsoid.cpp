#include "synth/VoxelEllipsoid.h"

#include <algorithm>
#include <cmath>

namespace nuclei3d {

VoxelEllipsoid::VoxelEllipsoid(const std::array<double, 3>& centre, const std::array<double, 3>& axes,
                               const Rotation3& rotation, const Spacing& spacing)
    : m_centre(centre), m_inverseAxes{1.0 / axes[0], 1.0 / axes[1], 1.0 / axes[2]},
      m_rotation(rotation), m_spacing{spacing.x, spacing.y, spacing.z} {
    for (std::size_t k = 0; k < 3; ++k) {
        const double e0 = rotation[3 * k] * axes[0];
        const double e1 = rotation[3 * k + 1] * axes[1];
        const double e2 = rotation[3 * k + 2] * axes[2];
        m_halfExtent[k] = std::sqrt(e0 * e0 + e1 * e1 + e2 * e2) / m_spacing[k];
    }
}

double VoxelEllipsoid::form(std::size_t x, std::size_t y, std::size_t z) const {
    const double d[3] = {(static_cast<double>(x) + 0.5 - m_centre[0]) * m_spacing[0],
                         (static_cast<double>(y) + 0.5 - m_centre[1]) * m_spacing[1],
                         (static_cast<double>(z) + 0.5 - m_centre[2]) * m_spacing[2]};
    double sum = 0;
    for (std::size_t j = 0; j < 3; ++j) {
        const double u =
            (m_rotation[j] * d[0] + m_rotation[3 + j] * d[1] + m_rotation[6 + j] * d[2]) * m_inverseAxes[j];
        sum += u * u;
    }
    return sum;
}

VoxelEllipsoid::Range VoxelEllipsoid::range(int axis, std::size_t size) const {
    const auto k = static_cast<std::size_t>(axis);
    // Voxel i is reachable when |i + 0.5 - c| <= h. The box is widened by a hair so that a voxel
    // sitting exactly on the ellipsoid's extreme point is never lost to rounding of h; the voxel
    // test itself decides membership.
    const double h = m_halfExtent[k] + 1e-7;
    const double first = std::ceil(m_centre[k] - h - 0.5);
    const double last = std::floor(m_centre[k] + h - 0.5);
    const double sizeD = static_cast<double>(size);
    if (last < 0 || first >= sizeD || first > last)
        return {};
    Range r;
    r.begin = static_cast<std::size_t>(std::max(first, 0.0));
    r.end = static_cast<std::size_t>(std::min(last + 1, sizeD));
    return r;
}

} // namespace nuclei3d
