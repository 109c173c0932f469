#include "model/EvaluationDetails.h"

#include "evaluate/ObjectMatching.h"
#include "evaluate/OverlapTable.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace nuclei3d::ui {

QString nucleusStatusText(NucleusStatus status) {
    switch (status) {
    case NucleusStatus::TruePositive:
        return QCoreApplication::translate("nuclei3d::ui::EvaluationDetails", "true positive");
    case NucleusStatus::FalsePositive:
        return QCoreApplication::translate("nuclei3d::ui::EvaluationDetails", "false positive");
    case NucleusStatus::FalseNegative:
        return QCoreApplication::translate("nuclei3d::ui::EvaluationDetails", "false negative");
    case NucleusStatus::Merge:
        return QCoreApplication::translate("nuclei3d::ui::EvaluationDetails", "merge");
    case NucleusStatus::Split:
        return QCoreApplication::translate("nuclei3d::ui::EvaluationDetails", "split");
    }
    return {};
}

std::uint32_t nucleusStatusColour(NucleusStatus status) {
    switch (status) {
    case NucleusStatus::TruePositive:
        return 0xff33cc55u;
    case NucleusStatus::FalsePositive:
        return 0xffee3333u;
    case NucleusStatus::FalseNegative:
        return 0xff3388ffu;
    case NucleusStatus::Merge:
        return 0xffff9922u;
    case NucleusStatus::Split:
        return 0xffcc55ffu;
    }
    return 0;
}

namespace {

struct Sums {
    std::uint64_t n = 0;
    double x = 0.0, y = 0.0, z = 0.0;
};

/// Voxel count and coordinate sums per id, for the centroids (ids are sparse in general: a map).
std::unordered_map<std::uint32_t, Sums> centroidSums(const Volume<std::uint32_t>& labels,
                                                     const Progress& progress) {
    std::unordered_map<std::uint32_t, Sums> sums;
    for (std::size_t z = 0; z < labels.sizeZ(); ++z) {
        progress.report(double(z) / double(labels.sizeZ()), "measuring the nuclei");
        const std::uint32_t* slice = labels.slice(z);
        // Runs of one id along x are the rule: look the id up once per run.
        for (std::size_t y = 0; y < labels.sizeY(); ++y) {
            const std::uint32_t* row = slice + y * labels.sizeX();
            std::size_t x = 0;
            while (x < labels.sizeX()) {
                const std::uint32_t id = row[x];
                std::size_t end = x + 1;
                while (end < labels.sizeX() && row[end] == id)
                    ++end;
                if (id) {
                    Sums& s = sums[id];
                    const auto run = static_cast<double>(end - x);
                    s.n += end - x;
                    s.x += run * (static_cast<double>(x) + static_cast<double>(end - 1)) / 2.0;
                    s.y += run * static_cast<double>(y);
                    s.z += run * static_cast<double>(z);
                }
                x = end;
            }
        }
    }
    return sums;
}

std::size_t indexOf(const std::vector<LabelSize>& sizes, std::uint32_t id) {
    const auto it = std::lower_bound(sizes.begin(), sizes.end(), id,
                                     [](const LabelSize& s, std::uint32_t v) { return s.id < v; });
    return it != sizes.end() && it->id == id ? static_cast<std::size_t>(it - sizes.begin()) : sizes.size();
}

void placeCentroid(NucleusVerdict& v, const std::unordered_map<std::uint32_t, Sums>& sums) {
    const auto it = sums.find(v.id);
    if (it == sums.end() || it->second.n == 0)
        return;
    const auto n = static_cast<double>(it->second.n);
    v.x = it->second.x / n;
    v.y = it->second.y / n;
    v.z = it->second.z / n;
}

} // namespace

EvaluationDetails evaluateInDetail(const Volume<std::uint32_t>& pred, const Volume<std::uint32_t>& gt,
                                   const EvaluationOptions& options, const Progress& progress) {
    EvaluationDetails details;
    details.summary = evaluateInstances(pred, gt, options, progress.sub(0.0, 0.4));
    const OverlapTable table = OverlapTable::count(pred, gt, progress.sub(0.4, 0.6)).withoutSmallObjects(options.minSize);
    const auto& predSizes = table.predSizes();
    const auto& gtSizes = table.gtSizes();

    // The publication's matching, exactly as evaluateInstances makes it.
    const auto matches =
        matchGreedily(rankCandidates(table, MatchScore::GtCoverage), 0.5, predSizes.size(), gtSizes.size());
    std::vector<NucleusStatus> predStatus(predSizes.size(), NucleusStatus::FalsePositive);
    std::vector<NucleusStatus> gtStatus(gtSizes.size(), NucleusStatus::FalseNegative);
    std::vector<std::uint32_t> predMatch(predSizes.size(), 0), gtMatch(gtSizes.size(), 0);
    std::vector<double> predCoverage(predSizes.size(), 0.0);
    for (const MatchCandidate& m : matches) {
        predStatus[m.predIndex] = NucleusStatus::TruePositive;
        gtStatus[m.gtIndex] = NucleusStatus::TruePositive;
        predMatch[m.predIndex] = m.gt;
        gtMatch[m.gtIndex] = m.pred;
        predCoverage[m.predIndex] = m.score;
    }
    // Merges and splits as evaluate/MergeSplit.h counts them; they outrank the matching's verdict
    // because they say what is wrong with the nucleus.
    std::vector<int> gtHalvesInPred(predSizes.size(), 0), predHalvesInGt(gtSizes.size(), 0);
    for (const LabelOverlap& o : table.overlaps()) {
        const std::size_t p = indexOf(predSizes, o.pred), g = indexOf(gtSizes, o.gt);
        if (p == predSizes.size() || g == gtSizes.size())
            continue;
        if (2 * o.voxels >= gtSizes[g].voxels)
            ++gtHalvesInPred[p];
        if (2 * o.voxels >= predSizes[p].voxels)
            ++predHalvesInGt[g];
    }
    for (std::size_t p = 0; p < predSizes.size(); ++p)
        if (gtHalvesInPred[p] >= 2)
            predStatus[p] = NucleusStatus::Merge;
    for (std::size_t g = 0; g < gtSizes.size(); ++g)
        if (predHalvesInGt[g] >= 2)
            gtStatus[g] = NucleusStatus::Split;

    const auto predSums = centroidSums(pred, progress.sub(0.6, 0.75));
    const auto gtSums = centroidSums(gt, progress.sub(0.75, 0.9));
    for (std::size_t p = 0; p < predSizes.size(); ++p) {
        NucleusVerdict v;
        v.predicted = true;
        v.id = predSizes[p].id;
        v.status = predStatus[p];
        v.voxels = predSizes[p].voxels;
        v.matchedId = predMatch[p];
        v.coverage = predCoverage[p];
        placeCentroid(v, predSums);
        details.nuclei.push_back(v);
    }
    for (std::size_t g = 0; g < gtSizes.size(); ++g) {
        if (gtStatus[g] == NucleusStatus::TruePositive)
            continue; // listed once, as its predicted partner
        NucleusVerdict v;
        v.predicted = false;
        v.id = gtSizes[g].id;
        v.status = gtStatus[g];
        v.voxels = gtSizes[g].voxels;
        placeCentroid(v, gtSums);
        details.nuclei.push_back(v);
    }

    // The verdict volume: predicted nuclei show their own verdict; where no prediction is, missed
    // and split ground-truth nuclei show theirs.
    std::map<std::uint32_t, std::uint32_t> predCode, gtCode;
    for (std::size_t p = 0; p < predSizes.size(); ++p)
        predCode[predSizes[p].id] = static_cast<std::uint32_t>(predStatus[p]);
    for (std::size_t g = 0; g < gtSizes.size(); ++g)
        if (gtStatus[g] != NucleusStatus::TruePositive)
            gtCode[gtSizes[g].id] = static_cast<std::uint32_t>(gtStatus[g]);
    details.verdicts = Volume<std::uint32_t>(pred.shape(), 0u, pred.spacing());
    const Progress last = progress.sub(0.9, 1.0);
    std::uint32_t lastPred = 0, lastPredCode = 0, lastGt = 0, lastGtCode = 0;
    for (std::size_t z = 0; z < pred.sizeZ(); ++z) {
        last.report(double(z) / double(pred.sizeZ()), "colouring the nuclei");
        const std::size_t begin = z * pred.shape().sliceSize(), end = begin + pred.shape().sliceSize();
        for (std::size_t i = begin; i < end; ++i) {
            const std::uint32_t p = pred[i];
            if (p) {
                if (p != lastPred) {
                    lastPred = p;
                    const auto it = predCode.find(p);
                    lastPredCode = it == predCode.end() ? 0 : it->second;
                }
                if (lastPredCode) {
                    details.verdicts[i] = lastPredCode;
                    continue;
                }
            }
            const std::uint32_t g = gt[i];
            if (g) {
                if (g != lastGt) {
                    lastGt = g;
                    const auto it = gtCode.find(g);
                    lastGtCode = it == gtCode.end() ? 0 : it->second;
                }
                details.verdicts[i] = lastGtCode;
            }
        }
    }
    progress.report(1.0, "evaluation done");
    return details;
}

} // namespace nuclei3d::ui
