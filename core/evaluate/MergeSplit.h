#pragma once
// Counts of merge and split errors between a prediction and its ground truth.
//
// Definitions (independent of IoU, so a merge is counted even when it matches nothing):
// - a predicted object is a MERGE when two or more ground-truth objects each have at least 50 % of
//   their voxels inside it (2 * intersection >= ground-truth object size);
// - a ground-truth object is SPLIT when two or more predicted objects each have at least 50 % of
//   their voxels inside it (2 * intersection >= predicted object size).
// merges counts predicted objects, splits counts ground-truth objects. Integer comparisons, so an
// object of exactly half inside counts.
#include "evaluate/OverlapTable.h"

#include <cstddef>

namespace nuclei3d {

struct MergeSplitCounts {
    std::size_t merges = 0;
    std::size_t splits = 0;
};

/// Uses the table as given: filter small objects first if they should not count.
MergeSplitCounts countMergesAndSplits(const OverlapTable& table);

} // namespace nuclei3d
