#pragma once
// Stage 6: scores predicted instance labels against hand-annotated ground truth (METHOD.md).
// The numbers agree exactly with the project's reference checker, shared/peers/evaluate.py:
// - the publication's score: overlapping (pred, gt) pairs ranked by the share of the gt object they
//   cover, matched greedily one-to-one; a match with coverage >= 0.5 is a true positive;
// - the field's score: the same greedy matching ranked by IoU, at IoU >= 0.50, 0.55, ..., 0.95,
//   with StarDist's average precision TP / (TP + FP + FN);
// - merges and splits as defined in evaluate/MergeSplit.h.
// Objects under minSize voxels are removed from both volumes first.
#include "evaluate/EvaluationResult.h"
#include "pipeline/Progress.h"
#include "volume/Volume.h"

#include <cstdint>

namespace nuclei3d {

struct EvaluationOptions {
    std::uint64_t minSize = 50; // voxels; 0 keeps every object
    /// A prediction without objects scores zero (every ground-truth nucleus a false negative)
    /// instead of being refused: what the whole pipeline wants when its networks found nothing,
    /// where a refusal would throw away the run. `evaluate` on files keeps the refusal.
    bool scoreEmptyPrediction = false;
};

/// Throws Error when the volumes differ in size, have no voxels, or either has no object left
/// after the size filter (the message says which; an empty prediction with scoreEmptyPrediction
/// is scored instead); Cancelled when progress is cancelled.
/// Uses up to threadCount() threads; the result does not depend on the thread count.
EvaluationResult evaluateInstances(const Volume<std::uint32_t>& pred, const Volume<std::uint32_t>& gt,
                                   const EvaluationOptions& options = {}, const Progress& progress = {});

} // namespace nuclei3d
