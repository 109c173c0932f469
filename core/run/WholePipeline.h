#pragma once
// The whole pipeline on one real volume, with no annotation (what `nuclei3d-cli run` and the
// window's "Run everything" job do): synthetic data shaped like the image (size, voxel size,
// nucleus size estimated from the image) -> training pairs -> M1 and M2 trained -> tiled inference
// -> stage 5 -> stage 6 when a ground truth is given. Every intermediate is written to the output
// folder:
//   pairs/            training pairs (pairs.json + TIFF crops)
//   m1/, m2/          loss.csv, checkpoint.pt, model.pt of the segmentation and shape networks
//   seg.tif, shape.tif, labels.tif, contours.tif, segcolor.tif, classes.tif, label.tif, nuclei.csv
//   params.json       every parameter the run used (with the adopted geometry and nucleus size)
//   evaluation.json   with a ground truth
// Running again into the same folder resumes: training continues from the checkpoints.
//
// No torch header here: front ends include this without LibTorch (they link nuclei3d_learn).
// Threads: runs on the calling thread (and the library's workers); the progress sink is called on
// it too.
#include "evaluate/EvaluationResult.h"
#include "pipeline/ParameterSet.h"
#include "pipeline/Progress.h"
#include "run/ShapedSynthesis.h"
#include "volume/Shape.h"
#include "volume/Spacing.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace nuclei3d {

/// Where the input side of the training pairs comes from (the seam for the GAN issue).
enum class PairSource {
    SyntheticMicroscope, ///< non-GAN synthetic microscope (core/synth/SyntheticMicroscope.h)
};

struct WholePipelineSettings {
    std::filesystem::path image;       ///< I_orig (TIFF stack)
    std::filesystem::path outDir;      ///< created if missing
    std::filesystem::path groundTruth; ///< optional instance labels: stage 6 when not empty
    /// Used when known, instead of the file's (the file's is used otherwise).
    Spacing voxelSize;
    /// Every stage's parameters; synth.size_*/voxel_* are replaced by the image's geometry.
    ParameterSet parameters;
    PairSource pairSource = PairSource::SyntheticMicroscope;
    /// The synthetic nuclei's size range (synth.radius_*) and density from the image's estimated
    /// nucleus size; false keeps the parameters' values.
    bool estimateNucleusSize = true;
    /// Parameters the user set explicitly: the geometry and the size estimate leave them alone.
    std::vector<std::string> fixedParameters;
};

struct WholePipelineResult {
    Shape shape;
    Spacing spacing;
    SynthesisShape synthesis;
    std::size_t pairs = 0;
    std::int64_t segSteps = 0;    ///< training steps of M1 (resumed ones included)
    double segLoss = 0.0;         ///< last training loss of M1
    std::int64_t shapeSteps = 0;
    double shapeLoss = 0.0;
    std::size_t nuclei = 0;
    std::optional<EvaluationResult> evaluation; ///< with a ground truth
    ParameterSet parameters;                    ///< as used (also in params.json)
    double seconds[6] = {};  ///< per stage: size estimate, pairs, M1, M2, inference, stage 5 + 6
    std::vector<std::filesystem::path> written; ///< result files in the output folder
};

/// Runs everything. Throws FileError naming the file for unreadable inputs or a ground truth of
/// another size (checked before any long work), Error for bad parameters, Cancelled on cancel
/// (a checkpoint of the training in progress is kept; result files appear all together or not).
WholePipelineResult runWholePipeline(const WholePipelineSettings& settings, const Progress& progress = {});

} // namespace nuclei3d
