#pragma once
// Neighbour offsets of a voxel for 6- or 26-connectivity, shared by the scan- and queue-based
// filters. A voxel on the border of the volume (or of a slab of slices that one thread owns) must
// not see neighbours across that border; six "border bits" per voxel say which sides are closed, so
// the common interior voxel takes a loop without any bounds test.
#include "filters/Connectivity.h"
#include "volume/Shape.h"

#include <array>
#include <cstddef>
#include <cstdint>

namespace nuclei3d {

/// Which neighbours a Neighbourhood holds: all of them, or only those before (after) the centre in
/// raster order, which is what one-pass raster scans need.
enum class NeighbourHalf { All, Before, After };

class Neighbourhood {
  public:
    // Border bits: a set bit closes one side of the voxel.
    static constexpr std::uint8_t kLowX = 1, kHighX = 2, kLowY = 4, kHighY = 8, kLowZ = 16, kHighZ = 32;

    Neighbourhood(const Shape& shape, Connectivity connectivity, NeighbourHalf half = NeighbourHalf::All)
        : m_shape(shape) {
        const auto sx = static_cast<std::ptrdiff_t>(shape.x);
        const auto sxy = static_cast<std::ptrdiff_t>(shape.x * shape.y);
        for (int dz = -1; dz <= 1; ++dz)
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    const int steps = (dx != 0) + (dy != 0) + (dz != 0);
                    if (steps == 0 || (connectivity == Connectivity::Six && steps != 1))
                        continue;
                    const int order = dz * 9 + dy * 3 + dx; // sign says before/after in raster order
                    if ((half == NeighbourHalf::Before && order > 0) ||
                        (half == NeighbourHalf::After && order < 0))
                        continue;
                    // Unsigned wrap-around is well defined, so a negative step is stored as size_t.
                    m_offsets[m_count] = static_cast<std::size_t>(dx + dy * sx + dz * sxy);
                    m_closedBy[m_count] = static_cast<std::uint8_t>(
                        (dx < 0 ? kLowX : 0) | (dx > 0 ? kHighX : 0) | (dy < 0 ? kLowY : 0) |
                        (dy > 0 ? kHighY : 0) | (dz < 0 ? kLowZ : 0) | (dz > 0 ? kHighZ : 0));
                    m_dx[m_count] = static_cast<std::int8_t>(dx);
                    m_dy[m_count] = static_cast<std::int8_t>(dy);
                    m_dz[m_count] = static_cast<std::int8_t>(dz);
                    ++m_count;
                }
    }

    int size() const { return m_count; }
    std::size_t offset(int k) const { return m_offsets[static_cast<std::size_t>(k)]; }
    int dx(int k) const { return m_dx[static_cast<std::size_t>(k)]; }
    int dy(int k) const { return m_dy[static_cast<std::size_t>(k)]; }
    int dz(int k) const { return m_dz[static_cast<std::size_t>(k)]; }
    /// Whether neighbour k lies inside the borders described by `bits`.
    bool isOpen(int k, std::uint8_t bits) const {
        return (bits & m_closedBy[static_cast<std::size_t>(k)]) == 0;
    }

    /// Border bits of the y/z part of a row of voxels; the slab [zBegin, zEnd) closes at its ends.
    std::uint8_t rowBits(std::size_t y, std::size_t z, std::size_t zBegin, std::size_t zEnd) const {
        return static_cast<std::uint8_t>((y == 0 ? kLowY : 0) | (y + 1 == m_shape.y ? kHighY : 0) |
                                         (z == zBegin ? kLowZ : 0) | (z + 1 == zEnd ? kHighZ : 0));
    }
    std::uint8_t rowBits(std::size_t y, std::size_t z) const { return rowBits(y, z, 0, m_shape.z); }
    /// Adds the x part to rowBits().
    std::uint8_t withX(std::uint8_t rowBits, std::size_t x) const {
        return static_cast<std::uint8_t>(rowBits | (x == 0 ? kLowX : 0) | (x + 1 == m_shape.x ? kHighX : 0));
    }
    /// Border bits of a voxel known only by its index (two divisions: for queue-based filters).
    std::uint8_t bitsOfIndex(std::size_t index) const {
        const std::size_t x = index % m_shape.x;
        const std::size_t rest = index / m_shape.x;
        return withX(rowBits(rest % m_shape.y, rest / m_shape.y), x);
    }

    /// Calls visit(neighbourIndex) for every neighbour that the border bits leave open.
    template <typename Visit> void forEach(std::size_t index, std::uint8_t bits, Visit&& visit) const {
        if (bits == 0) {
            for (int k = 0; k < m_count; ++k)
                visit(index + m_offsets[static_cast<std::size_t>(k)]);
        } else {
            for (int k = 0; k < m_count; ++k)
                if ((bits & m_closedBy[static_cast<std::size_t>(k)]) == 0)
                    visit(index + m_offsets[static_cast<std::size_t>(k)]);
        }
    }
    /// As forEach, but visit returns true to stop early; returns whether it stopped.
    template <typename Visit> bool any(std::size_t index, std::uint8_t bits, Visit&& visit) const {
        for (int k = 0; k < m_count; ++k)
            if ((bits & m_closedBy[static_cast<std::size_t>(k)]) == 0 &&
                visit(index + m_offsets[static_cast<std::size_t>(k)]))
                return true;
        return false;
    }

  private:
    Shape m_shape;
    int m_count = 0;
    std::array<std::size_t, 26> m_offsets{};
    std::array<std::uint8_t, 26> m_closedBy{};
    std::array<std::int8_t, 26> m_dx{}, m_dy{}, m_dz{};
};

} // namespace nuclei3d
