#pragma once
// The watershed floods integer levels, not floats: a bucket per level makes the priority queue a
// few array writes per voxel. This maps the landscape's values onto those levels, keeping their
// order (and, when there are few enough distinct values, every distinction between them).
#include "pipeline/Progress.h"
#include "volume/Volume.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace nuclei3d {

class WatershedLevels {
  public:
    /// Looks at the values where mask != 0 (all voxels when mask is null). maxLevels >= 2.
    WatershedLevels(const Volume<float>& landscape, const std::uint8_t* mask, std::size_t maxLevels,
                    const Progress& progress = {});

    /// The level of a value: order preserving; NaN and +inf share the top level.
    std::uint16_t levelOf(float value) const { return m_table[fineBin(value)]; }
    /// Levels in use: levelOf() returns 0 .. count() - 1.
    std::size_t count() const { return m_count; }
    /// Whether distinct values had to share levels (more of them than maxLevels).
    bool quantised() const { return m_quantised; }

  private:
    // Values are first sorted into about a million equal bins over their finite range (plus one bin
    // each for -inf and for +inf/NaN); the occupied bins are then ranked.
    static constexpr std::uint32_t kFineBins = (1u << 20) + 2;

    std::uint32_t fineBin(float value) const {
        if (!(value <= m_hi)) // NaN or +inf
            return kFineBins - 1;
        if (!(value >= m_lo)) // -inf
            return 0;
        const double bin = (static_cast<double>(value) - m_lo) * m_scale;
        return 1 + std::min(kFineBins - 3, static_cast<std::uint32_t>(bin));
    }

    double m_lo = 0.0, m_hi = 0.0, m_scale = 0.0;
    std::vector<std::uint16_t> m_table; // fine bin -> level
    std::size_t m_count = 0;
    bool m_quantised = false;
};

} // namespace nuclei3d
