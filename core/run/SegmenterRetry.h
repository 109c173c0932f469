#pragma once
// M1 for `run`, trained again when it is most likely wrong. Per-volume M1s trained on synthetic
// pairs sometimes take the real image's background or cytoplasmic glow for nuclei, and whether
// they do depends on the training seed (docs/ACCURACY.md, fifth and sixth rounds). Such failures
// show without labels as a low overlap between I_seg and a plain Otsu foreground of the image
// (run/ForegroundAgreement.h). So: train M1 with unet.seed; while its overlap is below a limit and
// attempts are left, train another with the next seed; keep the one that overlaps best.
//
// Folders: the first attempt trains in out/m1 (as without retries); later ones in
// out/m1_seed<N>. Each resumes from its own checkpoint, so a resumed run makes the same choice.
#include "pipeline/Progress.h"
#include "synth/TrainingPairs.h"
#include "unet/TiledInference.h"
#include "unet/UnetTraining.h"
#include "volume/Volume.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace nuclei3d {

struct SegmenterRetrySettings {
    int attempts = 1;         ///< M1s trained at most (1 = no retry)
    double retryBelow = 0.4;  ///< an overlap below this asks for another attempt
    double threshold = 0.5;   ///< stage 5's threshold on I_seg (the overlap's foreground)
};

struct SegmenterAttempt {
    std::filesystem::path folder;
    std::uint64_t seed = 0;
    double agreement = 0.0; ///< foregroundAgreement of its I_seg
    UnetTrainResult training;
};

struct SegmenterChoice {
    std::vector<SegmenterAttempt> attempts; ///< in training order
    std::size_t chosen = 0;                 ///< index into attempts: the highest overlap (first on ties)
    Volume<float> probability;              ///< I_seg of the chosen M1 on the image (spacing set)
};

/// The folder of the attempt trained with `seed` when the first one used `firstSeed`.
std::filesystem::path segmenterFolder(const std::filesystem::path& out, std::uint64_t firstSeed, std::uint64_t seed);

/// Trains (or resumes) M1 as above and predicts I_seg on `image` with each attempt. `training` is
/// M1's settings with the first seed. Errors as trainUnet and predictVolume; Cancelled on cancel
/// (the attempt in progress keeps its checkpoint).
SegmenterChoice trainSegmenterWithRetries(const std::vector<TrainingPair>& pairs, const UnetTrainSettings& training,
                                          const Volume<float>& image, const TileSettings& tiles,
                                          const SegmenterRetrySettings& retry, const std::filesystem::path& out,
                                          const std::string& parametersJson, const Progress& progress = {});

/// Removes the files of every retry folder (out/m1_seed*): they were trained on other pairs.
void removeSegmenterRetries(const std::filesystem::path& out);

} // namespace nuclei3d
