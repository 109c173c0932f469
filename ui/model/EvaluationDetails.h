#pragma once
// Stage 6 as the window shows it: the core's scores (evaluateInstances, the same numbers as the CLI)
// plus what the viewer needs on top: every nucleus's verdict under the publication's rule (true
// positive, false positive, false negative) or the merge/split definitions of evaluate/MergeSplit.h,
// its size and centroid for the per-nucleus table, and a volume of those verdicts to colour nuclei.
//
// Threads: evaluateInDetail runs on a worker (no Qt object); its result is read on the UI thread
// after the job finished.
#include "evaluate/Evaluation.h"
#include "pipeline/Progress.h"
#include "volume/Volume.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace nuclei3d::ui {

/// Values of the verdict volume (0: background or removed as too small).
enum class NucleusStatus : std::uint32_t {
    TruePositive = 1,
    FalsePositive = 2,
    FalseNegative = 3,
    Merge = 4, // a predicted nucleus holding at least half of two or more ground-truth nuclei
    Split = 5, // a ground-truth nucleus of which two or more predicted nuclei lie at least half inside
};
constexpr std::uint32_t kNucleusStatusCount = 6; // including 0

QString nucleusStatusText(NucleusStatus status);
/// The colour of a verdict, 0xAARRGGBB (green, red, blue, orange, violet).
std::uint32_t nucleusStatusColour(NucleusStatus status);

struct NucleusVerdict {
    bool predicted = true; // a predicted nucleus, or a ground-truth one (false negatives, splits)
    std::uint32_t id = 0;
    NucleusStatus status = NucleusStatus::TruePositive;
    std::uint64_t voxels = 0;
    double x = 0.0, y = 0.0, z = 0.0; // centroid in voxels
    std::uint32_t matchedId = 0;       // the partner of a true positive (0 when none)
    double coverage = 0.0;             // share of the ground-truth nucleus the match covers
};

struct EvaluationDetails {
    EvaluationResult summary;
    std::vector<NucleusVerdict> nuclei; // predicted nuclei by id, then the listed ground-truth ones
    Volume<std::uint32_t> verdicts;     // NucleusStatus per voxel
};

/// Throws Error for volumes of different sizes or without objects (the core's messages), Cancelled
/// when progress is cancelled.
EvaluationDetails evaluateInDetail(const Volume<std::uint32_t>& pred, const Volume<std::uint32_t>& gt,
                                   const EvaluationOptions& options, const Progress& progress = {});

} // namespace nuclei3d::ui
