#include "evaluate/Evaluation.h"

#include "evaluate/MergeSplit.h"
#include "evaluate/ObjectMatching.h"
#include "evaluate/OverlapTable.h"
#include "pipeline/Error.h"

#include <algorithm>
#include <string>

namespace nuclei3d {
namespace {

void requireObjects(std::size_t count, std::size_t removed, const char* which, std::uint64_t minSize) {
    if (count != 0)
        return;
    std::string message = std::string("the ") + which + " has no objects";
    if (removed != 0)
        message += " of at least " + std::to_string(minSize) + " voxels (" + std::to_string(removed) +
                   " smaller ones were removed)";
    throw Error(message + "; there is nothing to evaluate");
}

} // namespace

EvaluationResult evaluateInstances(const Volume<std::uint32_t>& pred, const Volume<std::uint32_t>& gt,
                                   const EvaluationOptions& options, const Progress& progress) {
    const OverlapTable all = OverlapTable::count(pred, gt, progress.sub(0.0, 0.9));
    const OverlapTable table = all.withoutSmallObjects(options.minSize);

    EvaluationResult result;
    result.minSize = options.minSize;
    result.predObjects = table.predSizes().size();
    result.gtObjects = table.gtSizes().size();
    result.predRemovedSmall = all.predSizes().size() - result.predObjects;
    result.gtRemovedSmall = all.gtSizes().size() - result.gtObjects;
    if (!options.scoreEmptyPrediction)
        requireObjects(result.predObjects, result.predRemovedSmall, "prediction", options.minSize);
    requireObjects(result.gtObjects, result.gtRemovedSmall, "ground truth", options.minSize);

    const auto byCoverage = rankCandidates(table, MatchScore::GtCoverage);
    const auto paperMatches = matchGreedily(byCoverage, 0.5, result.predObjects, result.gtObjects);
    result.paper = ObjectScore::fromMatches(paperMatches.size(), result.predObjects, result.gtObjects);

    // The greedy walk down to IoU 0.50 passes through every higher threshold's walk as a prefix,
    // so one walk gives all thresholds: at t, the matches are those accepted with IoU >= t.
    const auto byIou = rankCandidates(table, MatchScore::Iou);
    const auto iouMatches = matchGreedily(byIou, 0.5, result.predObjects, result.gtObjects);
    for (int percent = 50; percent <= 95; percent += 5) {
        IouScore s;
        s.threshold = percent / 100.0;
        const auto matches = static_cast<std::size_t>(
            std::count_if(iouMatches.begin(), iouMatches.end(),
                          [&s](const MatchCandidate& m) { return m.score >= s.threshold; }));
        s.score = ObjectScore::fromMatches(matches, result.predObjects, result.gtObjects);
        const std::size_t total = s.score.tp + s.score.fp + s.score.fn;
        s.averagePrecision = total ? static_cast<double>(s.score.tp) / static_cast<double>(total) : 0.0;
        result.iou.push_back(s);
    }

    const MergeSplitCounts ms = countMergesAndSplits(table);
    result.merges = ms.merges;
    result.splits = ms.splits;
    progress.report(1.0, "evaluation done");
    return result;
}

} // namespace nuclei3d
