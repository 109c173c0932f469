#pragma once
// The whole pipeline on one real volume, with no annotation (what `nuclei3d-cli run` and the
// window's "Run everything" job do): synthetic data shaped like the image (size, voxel size,
// nucleus size estimated from the image) -> with gan.mode a GAN mode (recyclegan-hd by default),
// stage 2's GAN trained between the blurred synthetic volumes and the image -> training pairs
// (input: G1 of the blurred I_binary, and the non-GAN synthetic microscope for pairs.microscope_share of
// the volumes; the microscope only with gan.mode nogan) ->
// M1 and M2 trained -> tiled inference -> stage 5 -> stage 6 when a ground truth is given. Every
// intermediate is written to the output folder:
//   gan/              GAN modes: checkpoint.pt, generator.pt, loss.csv, samples/, params.json,
//                     realism.json (the realism check of train-gan: I_syn against the image)
//   pairs/            training pairs (pairs.json + TIFF crops)
//   m1/, m2/          loss.csv, checkpoint.pt, model.pt of the segmentation and shape networks
//   m1_seed<N>/       the same for M1 trained with seed N: a retry, when unet.attempts allows it and
//                     an M1's I_seg overlapped a plain Otsu foreground by less than unet.retry_below
//                     (the best-overlapping M1 is used), or another member of a unet.ensemble
//                     (their I_seg are averaged; run/SegmenterRetry.h)
//   seg.tif, shape.tif, labels.tif, contours.tif, segcolor.tif, classes.tif, label.tif, nuclei.csv
//   params.json       every parameter the run used (with the adopted geometry and nucleus size)
//   evaluation.json   with a ground truth
// Running again into the same folder resumes: training continues from the checkpoints, a finished
// GAN made with the same gan.* and synth.* parameters is reused, and so are pairs made with the same
// parameters and input. Pairs that are made again (other parameters, another gan.mode) make M1 and
// M2 start afresh: their old checkpoints were trained on the old pairs and are removed.
//
// No torch header here: front ends include this without LibTorch (they link nuclei3d_run).
// Threads: runs on the calling thread (and the library's workers); the progress sink is called on
// it too.
#include "evaluate/EvaluationResult.h"
#include "gan/Realism.h"
#include "pipeline/ParameterSet.h"
#include "pipeline/Progress.h"
#include "postprocess/ThresholdCalibration.h"
#include "run/ShapedSynthesis.h"
#include "synth/SynthSettings.h"
#include "volume/Shape.h"
#include "volume/Spacing.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace nuclei3d {

/// Where the input side of the training pairs comes from.
enum class PairSource {
    SyntheticMicroscope, ///< non-GAN synthetic microscope (core/synth/SyntheticMicroscope.h), whatever gan.mode says
    FromParameters,      ///< gan.mode decides: "nogan" the microscope, any other mode the GAN trained on the image
};

struct WholePipelineSettings {
    std::filesystem::path image;       ///< I_orig (TIFF stack)
    std::filesystem::path outDir;      ///< created if missing
    std::filesystem::path groundTruth; ///< optional instance labels: stage 6 when not empty
    /// Used when known, instead of the file's (the file's is used otherwise).
    Spacing voxelSize;
    /// Every stage's parameters; synth.size_*/voxel_* are replaced by the image's geometry.
    ParameterSet parameters;
    PairSource pairSource = PairSource::FromParameters;
    /// The synthetic nuclei's size range (synth.radius_*) and density from the image's estimated
    /// nucleus size; false keeps the parameters' values.
    bool estimateNucleusSize = true;
    /// Parameters the user set explicitly: the geometry and the size estimate leave them alone.
    std::vector<std::string> fixedParameters;
    /// A finished GAN (train-gan's output folder, or another run's gan/) whose G1 makes the pairs'
    /// input, instead of training one on this image: for the other volumes of a time series or of one
    /// microscope. Its gan.* parameters (params.json there) replace these; an explicitly chosen GAN
    /// mode other than its mode is refused (nogan, e.g. the cpu preset's, yields to it). Empty:
    /// stage 2 as gan.mode says.
    std::filesystem::path ganFolder;
};

struct WholePipelineResult {
    Shape shape;
    Spacing spacing;
    SynthesisShape synthesis;
    std::string pairInput;        ///< "nogan" or the GAN mode that made the pairs' input
    std::int64_t ganSteps = 0;    ///< GAN training steps (resumed ones included); 0 with nogan
    bool ganReused = false;       ///< a finished GAN (outDir/gan, or the given one) was used without training
    std::filesystem::path ganFolder; ///< the given GAN's folder (settings.ganFolder); empty otherwise
    double ganSeconds = 0.0;      ///< GAN training (stage 2) wall time, 0 with nogan or when reused
    /// The GAN's domain A as trained (ganDomainSynthSettings: its count or foreground fraction);
    /// meaningful only when the GAN was trained in this run (ganSteps > 0, not ganReused).
    SynthSettings ganDomain;
    /// The realism check (gan/realism.json, or gan_realism.json for a given GAN): G1's I_syn and, as
    /// the reference, the blurred I_binary it started from, each against the image (0 = identical).
    /// Empty with nogan and when this run's finished GAN with its check was reused.
    std::optional<RealismFigures> ganRealism, blurredRealism;
    std::size_t pairs = 0;
    std::int64_t segSteps = 0;    ///< training steps of the (first) M1 used (resumed ones included)
    double segLoss = 0.0;         ///< last training loss of the (first) M1 used
    /// Every M1 trained (unet.seed, then the retries' and other members' seeds), where (outDir/m1, or
    /// m1_seed<N>), its I_seg's foreground agreement, and whether its I_seg is part of the one used.
    struct SegAttempt {
        std::uint64_t seed = 0;
        std::filesystem::path folder;
        double foregroundAgreement = 0.0;
        bool used = false;
    };
    std::vector<SegAttempt> segAttempts;
    /// The folders of the M1s whose I_seg was averaged (one per unet.ensemble member).
    std::vector<std::filesystem::path> usedSegFolders() const;
    std::int64_t shapeSteps = 0;
    double shapeLoss = 0.0;
    std::size_t nuclei = 0;
    double foregroundAgreement = 0.0; ///< of I_seg with a plain Otsu threshold (run/ForegroundAgreement.h)
    double threshold = 0.0;           ///< stage 5's threshold on I_seg, as applied
    std::optional<ThresholdCalibration> thresholdCalibration; ///< how it was set from the image; empty when fixed
    std::optional<EvaluationResult> evaluation; ///< with a ground truth
    ParameterSet parameters;                    ///< as used (also in params.json)
    /// Per stage: size estimate, pairs, M1 (with its I_seg on the image and any retries), M2, M2's
    /// inference and stage 5, writing and stage 6.
    double seconds[6] = {};
    std::vector<std::filesystem::path> written; ///< result files in the output folder
};

/// Runs everything. Throws FileError naming the file for unreadable inputs or a ground truth of
/// another size (checked before any long work), Error for bad parameters, Cancelled on cancel
/// (a checkpoint of the training in progress is kept; result files appear all together or not).
WholePipelineResult runWholePipeline(const WholePipelineSettings& settings, const Progress& progress = {});

} // namespace nuclei3d
