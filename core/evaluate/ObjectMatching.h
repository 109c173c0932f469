#pragma once
// Greedy one-to-one matching of predicted to ground-truth objects, exactly as the reference checker
// (shared/peers/evaluate.py) does it: rank every overlapping pair by a score, then walk the ranking
// best first and accept a pair when neither of its objects is taken yet, until the score falls
// under the threshold. Reproducing its order matters where scores tie: ties keep numpy.unique's
// order (pred id ascending, then gt id ascending) because Python's sort is stable.
#include "evaluate/OverlapTable.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace nuclei3d {

enum class MatchScore {
    GtCoverage, // intersection / ground-truth object size (the publication's 50 % rule)
    Iou,        // intersection / union
};

struct MatchCandidate {
    double score = 0.0;
    std::uint32_t pred = 0;
    std::uint32_t gt = 0;
    std::size_t predIndex = 0; // position in OverlapTable::predSizes()
    std::size_t gtIndex = 0;   // position in OverlapTable::gtSizes()
};

/// Every overlapping pair of the table with its score, best first, ties in (pred, gt) order.
/// The score is computed as evaluate.py does (double division of the integer counts), so equal
/// ratios compare equal in both.
std::vector<MatchCandidate> rankCandidates(const OverlapTable& table, MatchScore score);

/// Walks ranked candidates while score >= minScore; returns the accepted pairs in acceptance
/// order (so their scores descend).
std::vector<MatchCandidate> matchGreedily(const std::vector<MatchCandidate>& ranked, double minScore,
                                          std::size_t predCount, std::size_t gtCount);

} // namespace nuclei3d
