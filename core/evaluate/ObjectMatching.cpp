#include "evaluate/ObjectMatching.h"

#include <algorithm>
#include <unordered_map>

namespace nuclei3d {
namespace {

std::unordered_map<std::uint32_t, std::size_t> indexOf(const std::vector<LabelSize>& sizes) {
    std::unordered_map<std::uint32_t, std::size_t> index;
    index.reserve(sizes.size());
    for (std::size_t i = 0; i < sizes.size(); ++i)
        index.emplace(sizes[i].id, i);
    return index;
}

} // namespace

std::vector<MatchCandidate> rankCandidates(const OverlapTable& table, MatchScore score) {
    const auto predIndex = indexOf(table.predSizes());
    const auto gtIndex = indexOf(table.gtSizes());
    std::vector<MatchCandidate> ranked;
    ranked.reserve(table.overlaps().size());
    for (const LabelOverlap& o : table.overlaps()) {
        MatchCandidate c;
        c.pred = o.pred;
        c.gt = o.gt;
        c.predIndex = predIndex.at(o.pred);
        c.gtIndex = gtIndex.at(o.gt);
        const std::uint64_t predSize = table.predSizes()[c.predIndex].voxels;
        const std::uint64_t gtSize = table.gtSizes()[c.gtIndex].voxels;
        const auto intersection = static_cast<double>(o.voxels);
        // Same operands and one correctly rounded division, as numpy's int64 / int64.
        c.score = score == MatchScore::Iou ? intersection / static_cast<double>(predSize + gtSize - o.voxels)
                                           : intersection / static_cast<double>(gtSize);
        ranked.push_back(c);
    }
    // overlaps() is already in (pred, gt) order; a stable sort keeps it among equal scores.
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const MatchCandidate& a, const MatchCandidate& b) { return a.score > b.score; });
    return ranked;
}

std::vector<MatchCandidate> matchGreedily(const std::vector<MatchCandidate>& ranked, double minScore,
                                          std::size_t predCount, std::size_t gtCount) {
    std::vector<bool> predTaken(predCount, false);
    std::vector<bool> gtTaken(gtCount, false);
    std::vector<MatchCandidate> matches;
    for (const MatchCandidate& c : ranked) {
        if (c.score < minScore)
            break;
        if (predTaken[c.predIndex] || gtTaken[c.gtIndex])
            continue;
        predTaken[c.predIndex] = true;
        gtTaken[c.gtIndex] = true;
        matches.push_back(c);
    }
    return matches;
}

} // namespace nuclei3d
