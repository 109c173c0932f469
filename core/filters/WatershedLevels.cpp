#include "filters/WatershedLevels.h"

#include "pipeline/Parallel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>

namespace nuclei3d {

WatershedLevels::WatershedLevels(const Volume<float>& landscape, const std::uint8_t* mask,
                                 std::size_t maxLevels, const Progress& progress) {
    std::mutex merge;
    // The finite range.
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    parallelFor(0, landscape.voxelCount(), [&](std::size_t b, std::size_t e) {
        float l = std::numeric_limits<float>::infinity(), h = -l;
        const float* f = landscape.data();
        for (std::size_t i = b; i < e; ++i)
            if ((mask == nullptr || mask[i] != 0) && std::isfinite(f[i])) {
                l = std::min(l, f[i]);
                h = std::max(h, f[i]);
            }
        const std::lock_guard<std::mutex> lock(merge);
        lo = std::min(lo, static_cast<double>(l));
        hi = std::max(hi, static_cast<double>(h));
    });
    progress.checkCancelled();
    if (lo > hi) // no finite value: every voxel is in the -inf or the +inf/NaN bin
        lo = hi = 0.0;
    m_lo = lo;
    m_hi = hi;
    m_scale = hi > lo ? static_cast<double>(kFineBins - 3) / (hi - lo) : 0.0;

    // Which fine bins hold a value.
    std::vector<std::uint8_t> used(kFineBins, 0);
    parallelFor(0, landscape.voxelCount(), [&](std::size_t b, std::size_t e) {
        std::vector<std::uint8_t> mine(kFineBins, 0);
        const float* f = landscape.data();
        for (std::size_t i = b; i < e; ++i)
            if (mask == nullptr || mask[i] != 0)
                mine[fineBin(f[i])] = 1;
        const std::lock_guard<std::mutex> lock(merge);
        for (std::size_t k = 0; k < kFineBins; ++k)
            used[k] |= mine[k];
    });
    progress.checkCancelled();

    std::size_t distinct = 0;
    for (std::uint8_t u : used)
        distinct += u;
    m_table.resize(kFineBins);
    m_quantised = distinct > maxLevels;
    if (!m_quantised) {
        // Ranks: the flood of the levels is the flood of the values.
        std::size_t rank = 0;
        for (std::size_t k = 0; k < kFineBins; ++k) {
            m_table[k] = static_cast<std::uint16_t>(rank); // of the bin's values, when it has any
            rank += used[k];
        }
        m_count = std::max<std::size_t>(1, distinct);
    } else {
        // Equal steps over the bins (so over the finite range); -inf and +inf/NaN at the ends.
        for (std::size_t k = 0; k < kFineBins; ++k)
            m_table[k] = static_cast<std::uint16_t>(k * maxLevels / kFineBins);
        m_count = maxLevels;
    }
}

} // namespace nuclei3d
