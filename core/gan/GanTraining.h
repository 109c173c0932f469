#pragma once
// Stage 2 of METHOD.md: trains the Recycle-GAN (or one of its ablations) between domain A, blurred
// synthetic binary volumes from stage 1 shaped like the real volume, and domain B, random crops of
// the real volume(s). Alternating generator and discriminator steps, each with its own Adam.
//
// The output folder holds loss.csv (every loss term, one row per step), samples/step_NNNNNNN.png
// (A slice | G1 of it | a real slice, every sampleEvery steps), checkpoint.pt (all networks, both
// optimizers, the step, the settings; written atomically every checkpointEvery steps, at the end and
// on cancel) and, once finished, generator.pt (G1 with its configuration, for inference).
// A folder that already holds a checkpoint is resumed; every random choice depends only on
// (seed, step), so a resumed run continues exactly as an uninterrupted one.
#include "gan/GanConfig.h"
#include "pipeline/Progress.h"
#include "synth/SynthSettings.h"
#include "volume/Volume.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace nuclei3d {

/// A real volume of domain B and the file it came from (for error messages).
struct GanRealVolume {
    std::filesystem::path file;
    Volume<float> image;
};

struct GanTrainResult {
    std::int64_t steps = 0; ///< steps done in total (resumed ones included)
    std::int64_t stepsThisRun = 0; ///< 0 when a finished checkpoint was only completed: no losses then
    double generatorLoss = 0.0;
    double discriminatorLoss = 0.0;
};

/// Trains into `folder` (created if missing). `synth` makes the domain-A volumes: its shape is
/// replaced by the real volume's (capped at settings.cropSize per axis), its spacing by the real
/// one's when known, its seed by synth.seed + volume index. Throws Error for bad settings or a
/// loss that is no longer finite (the last good checkpoint is kept), FileError for I/O, a volume
/// too small to train on or a checkpoint of other settings, and Cancelled after writing a
/// checkpoint of the last finished step.
GanTrainResult trainGan(const std::vector<GanRealVolume>& real, const GanTrainSettings& settings,
                        const SynthSettings& synth, const std::filesystem::path& folder,
                        const std::string& parametersJson, const Progress& progress = {});

std::filesystem::path ganCheckpointFile(const std::filesystem::path& folder);
std::filesystem::path ganGeneratorFile(const std::filesystem::path& folder);
std::filesystem::path ganLossLogFile(const std::filesystem::path& folder);
std::filesystem::path ganSampleFolder(const std::filesystem::path& folder);

} // namespace nuclei3d
