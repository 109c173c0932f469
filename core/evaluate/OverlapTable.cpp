#include "evaluate/OverlapTable.h"

#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <algorithm>
#include <iterator>
#include <mutex>
#include <string>
#include <unordered_map>

namespace nuclei3d {
namespace {

std::string shapeText(const Shape& s) {
    return std::to_string(s.x) + " x " + std::to_string(s.y) + " x " + std::to_string(s.z) + " (x, y, z)";
}

std::uint64_t pairKey(std::uint32_t pred, std::uint32_t gt) {
    return (static_cast<std::uint64_t>(pred) << 32) | gt;
}

using PairCounts = std::unordered_map<std::uint64_t, std::uint64_t>;

// Labels come in runs (a row crosses few objects), so one hash update per run of equal
// (pred, gt) pairs instead of one per voxel. Runs may continue across rows: only counts matter.
void countRuns(const std::uint32_t* pred, const std::uint32_t* gt, std::size_t n, PairCounts& counts) {
    std::size_t i = 0;
    while (i < n) {
        const std::uint32_t p = pred[i];
        const std::uint32_t g = gt[i];
        std::size_t j = i + 1;
        while (j < n && pred[j] == p && gt[j] == g)
            ++j;
        if ((p | g) != 0)
            counts[pairKey(p, g)] += j - i;
        i = j;
    }
}

std::vector<LabelSize> sortedSizes(const std::unordered_map<std::uint32_t, std::uint64_t>& sizes) {
    std::vector<LabelSize> out;
    out.reserve(sizes.size());
    for (const auto& [id, voxels] : sizes)
        out.push_back({id, voxels});
    std::sort(out.begin(), out.end(), [](const LabelSize& a, const LabelSize& b) { return a.id < b.id; });
    return out;
}

std::vector<LabelSize> keepLarge(const std::vector<LabelSize>& sizes, std::uint64_t minSize) {
    std::vector<LabelSize> out;
    std::copy_if(sizes.begin(), sizes.end(), std::back_inserter(out),
                 [minSize](const LabelSize& s) { return s.voxels >= minSize; });
    return out;
}

bool contains(const std::vector<LabelSize>& sorted, std::uint32_t id) {
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), id,
                                     [](const LabelSize& s, std::uint32_t v) { return s.id < v; });
    return it != sorted.end() && it->id == id;
}

} // namespace

OverlapTable OverlapTable::count(const Volume<std::uint32_t>& pred, const Volume<std::uint32_t>& gt,
                                 const Progress& progress) {
    if (pred.shape() != gt.shape())
        throw Error("the prediction is " + shapeText(pred.shape()) + " voxels but the ground truth is " +
                    shapeText(gt.shape()) + "; both must have the same size");
    if (pred.empty())
        throw Error("the prediction and the ground truth have no voxels (size " + shapeText(pred.shape()) +
                    ")");

    progress.report(0.0, "counting overlaps");
    const Shape shape = pred.shape();
    PairCounts total;
    std::mutex totalMutex;
    // Integer counts: the merge order of the slabs cannot change the result.
    parallelFor(0, shape.z, [&](std::size_t zBegin, std::size_t zEnd) {
        PairCounts local;
        for (std::size_t z = zBegin; z < zEnd; ++z) {
            progress.checkCancelled();
            countRuns(pred.slice(z), gt.slice(z), shape.sliceSize(), local);
        }
        std::lock_guard<std::mutex> lock(totalMutex);
        for (const auto& [key, voxels] : local)
            total[key] += voxels;
    });

    std::unordered_map<std::uint32_t, std::uint64_t> predSizes;
    std::unordered_map<std::uint32_t, std::uint64_t> gtSizes;
    OverlapTable table;
    for (const auto& [key, voxels] : total) {
        const auto p = static_cast<std::uint32_t>(key >> 32);
        const auto g = static_cast<std::uint32_t>(key & 0xffffffffu);
        if (p != 0)
            predSizes[p] += voxels;
        if (g != 0)
            gtSizes[g] += voxels;
        if (p != 0 && g != 0)
            table.m_overlaps.push_back({p, g, voxels});
    }
    table.m_pred = sortedSizes(predSizes);
    table.m_gt = sortedSizes(gtSizes);
    std::sort(table.m_overlaps.begin(), table.m_overlaps.end(),
              [](const LabelOverlap& a, const LabelOverlap& b) {
                  return a.pred != b.pred ? a.pred < b.pred : a.gt < b.gt;
              });
    progress.report(1.0, "counting overlaps");
    return table;
}

OverlapTable OverlapTable::withoutSmallObjects(std::uint64_t minSize) const {
    OverlapTable out;
    out.m_pred = keepLarge(m_pred, minSize);
    out.m_gt = keepLarge(m_gt, minSize);
    std::copy_if(
        m_overlaps.begin(), m_overlaps.end(), std::back_inserter(out.m_overlaps),
        [&out](const LabelOverlap& o) { return contains(out.m_pred, o.pred) && contains(out.m_gt, o.gt); });
    return out;
}

} // namespace nuclei3d
