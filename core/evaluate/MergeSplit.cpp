#include "evaluate/MergeSplit.h"

#include <unordered_map>

namespace nuclei3d {
namespace {

std::unordered_map<std::uint32_t, std::uint64_t> sizeById(const std::vector<LabelSize>& sizes) {
    std::unordered_map<std::uint32_t, std::uint64_t> out;
    out.reserve(sizes.size());
    for (const LabelSize& s : sizes)
        out.emplace(s.id, s.voxels);
    return out;
}

std::size_t countAtLeastTwo(const std::unordered_map<std::uint32_t, std::size_t>& halfInside) {
    std::size_t n = 0;
    for (const auto& entry : halfInside)
        n += entry.second >= 2 ? 1 : 0;
    return n;
}

} // namespace

MergeSplitCounts countMergesAndSplits(const OverlapTable& table) {
    const auto predSize = sizeById(table.predSizes());
    const auto gtSize = sizeById(table.gtSizes());
    // For each predicted object: how many gt objects lie at least half inside it, and vice versa.
    std::unordered_map<std::uint32_t, std::size_t> gtHalfInsidePred;
    std::unordered_map<std::uint32_t, std::size_t> predHalfInsideGt;
    for (const LabelOverlap& o : table.overlaps()) {
        if (2 * o.voxels >= gtSize.at(o.gt))
            ++gtHalfInsidePred[o.pred];
        if (2 * o.voxels >= predSize.at(o.pred))
            ++predHalfInsideGt[o.gt];
    }
    MergeSplitCounts counts;
    counts.merges = countAtLeastTwo(gtHalfInsidePred);
    counts.splits = countAtLeastTwo(predHalfInsideGt);
    return counts;
}

} // namespace nuclei3d
