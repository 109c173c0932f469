#pragma once
// Everything stage 6 reports for one prediction against its ground truth, with its two renderings:
// JSON for files and scripts, a short table for a terminal.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace nuclei3d {

/// Detection counts of a one-to-one matching and the rates derived from them. Rates are 0 where
/// their denominator is 0 (as evaluate.py does).
struct ObjectScore {
    std::size_t tp = 0;
    std::size_t fp = 0; // predicted objects left unmatched
    std::size_t fn = 0; // ground-truth objects left unmatched
    double precision = 0.0;
    double recall = 0.0;
    double f1 = 0.0;

    static ObjectScore fromMatches(std::size_t matches, std::size_t predObjects, std::size_t gtObjects);
};

/// Matching at one IoU threshold (a pair counts when IoU >= threshold).
struct IouScore {
    double threshold = 0.5;
    ObjectScore score;
    /// StarDist's "average precision" at this threshold: TP / (TP + FP + FN).
    double averagePrecision = 0.0;
};

struct EvaluationResult {
    std::uint64_t minSize = 50;       // objects below this many voxels were removed from both
    std::size_t predObjects = 0;      // after the size filter
    std::size_t gtObjects = 0;        // after the size filter
    std::size_t predRemovedSmall = 0; // objects the size filter removed
    std::size_t gtRemovedSmall = 0;
    ObjectScore paper;         // the publication's 50 % coverage rule
    std::vector<IouScore> iou; // thresholds 0.50, 0.55, ..., 0.95 in that order
    std::size_t merges = 0;    // see evaluate/MergeSplit.h for the definitions
    std::size_t splits = 0;

    /// The score at a threshold given in hundredths (50 = IoU 0.50); null if not computed.
    const IouScore* atIouPercent(int percent) const;

    /// Keys: min_size, pred_objects, gt_objects, pred_removed_small, gt_removed_small,
    /// paper.{precision,recall,f1,tp,fp,fn}, "iou_0.50".."iou_0.95".{threshold,precision,recall,f1,
    /// tp,fp,fn,ap}, merges, splits. Numbers are written independently of the C locale.
    std::string toJson() const;
    /// A few lines for stdout (fixed-width columns, '.' as decimal point whatever the locale).
    std::string toTable() const;
};

} // namespace nuclei3d
