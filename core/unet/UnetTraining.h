#pragma once
// Stage 3 of METHOD.md: trains M1 (segmentation) or M2 (shape map) on training pairs with Adam,
// random flips and 90-degree xy rotations, intensity augmentation and a validation split.
// The output folder holds loss.csv (one row per step; validation rows at each checkpoint),
// checkpoint.pt (model, optimizer, step, parameters; written atomically every checkpointEvery steps
// and on cancel) and, once finished, model.pt (a UnetModel file). A folder that already holds a
// checkpoint is resumed; every random choice depends only on (seed, step), so a resumed run
// continues exactly as an uninterrupted one.
#include "pipeline/ParameterSet.h"
#include "pipeline/Progress.h"
#include "synth/TrainingPairs.h"
#include "unet/UNetConfig.h"
#include "unet/UnetModel.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace nuclei3d {

struct UnetTrainSettings {
    UNetConfig net;
    UnetTask task = UnetTask::Segmentation;
    double learningRate = 1e-4;
    std::int64_t steps = 2000;
    int batchSize = 2;
    double validationFraction = 0.1;
    double bceWeight = 1.0;
    double diceWeight = 1.0;
    double contourWeight = 1.0;
    double edgeSigma = 1.0;
    double gainMin = 0.8; ///< intensity augmentation: input times a gain drawn from [gainMin, gainMax]
    double gainMax = 1.2;
    std::int64_t checkpointEvery = 200;
    std::uint64_t seed = 1;
    double percentileLow = 1.0;
    double percentileHigh = 99.8;
    /// The synthetic volume each pair was cut from (pairs.json's "volume", see pairVolumes()).
    /// Inputs are normalised with the percentiles of their whole source volume, as inference
    /// normalises the whole real volume; empty: each pair is normalised on its own.
    std::vector<std::size_t> pairVolumes;
};

UnetTrainSettings unetTrainSettingsFrom(const ParameterSet& parameters, UnetTask task);

struct UnetTrainResult {
    std::int64_t steps = 0;       ///< steps done in total (resumed ones included)
    double lastLoss = 0.0;        ///< training loss of the last step
    double validationLoss = -1.0; ///< last validation loss (-1 without a validation split)
};

/// Trains into `folder` (created if missing). `parametersJson` is stored in checkpoints and in the
/// model. Throws Error for bad settings, FileError for I/O and for a checkpoint of another
/// architecture, and Cancelled after writing a checkpoint of the last finished step.
UnetTrainResult trainUnet(const std::vector<TrainingPair>& pairs, const UnetTrainSettings& settings,
                          const std::filesystem::path& folder, const std::string& parametersJson,
                          const Progress& progress = {});

/// The source volume of every pair listed in folder/pairs.json, in order (FileError naming the
/// manifest when it cannot be read).
std::vector<std::size_t> pairVolumes(const std::filesystem::path& pairsFolder);

/// The file names trainUnet writes.
std::filesystem::path checkpointFile(const std::filesystem::path& folder);
std::filesystem::path modelFile(const std::filesystem::path& folder);
std::filesystem::path lossLogFile(const std::filesystem::path& folder);

/// The model held by a checkpoint (for tests and for `segment` on an unfinished run).
UnetModel loadCheckpointModel(const std::filesystem::path& file);

} // namespace nuclei3d
