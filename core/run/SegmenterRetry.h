#pragma once
// M1 for `run`: trained again when it is most likely wrong, and optionally several averaged.
//
// Retries: per-volume M1s trained on synthetic pairs sometimes take the real image's background or
// cytoplasmic glow for nuclei, and whether they do depends on the training seed (docs/ACCURACY.md,
// fifth and sixth rounds). Such failures show without labels as a low overlap between I_seg and a
// plain Otsu foreground of the image (run/ForegroundAgreement.h). So: train M1 with unet.seed; while
// its overlap is below a limit and attempts are left, train another with the next seed; keep the one
// that overlaps best.
//
// Ensemble (unet.ensemble, ours): which nuclei a per-volume M1 draws fat or thin, splits or merges
// also changes with the seed; the mean I_seg of two M1s is better than either on bbbc050 (docs/
// ACCURACY.md, eighth round). Member m first trains with unet.seed + m, so an ensemble that needs no
// retry uses the seeds unet.seed .. unet.seed + N - 1; the members' retries take the seeds after
// those (member 0's first), so no two attempts share a seed.
//
// Folders: the M1 with unet.seed trains in out/m1 (as without retries); the others in
// out/m1_seed<N>. Each resumes from its own checkpoint, so a resumed run makes the same choice.
#include "run/ForegroundAgreement.h"
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
    int attempts = 1;         ///< M1s trained at most per ensemble member (1 = no retry)
    int ensemble = 1;         ///< M1s whose I_seg are averaged
    double retryBelow = 0.4;  ///< an overlap below this asks for another attempt
    double threshold = 0.5;   ///< stage 5's threshold on I_seg (the overlap's foreground)
};

struct SegmenterAttempt {
    std::filesystem::path folder;
    std::uint64_t seed = 0;
    double agreement = 0.0; ///< foregroundAgreement of its I_seg
    UnetTrainResult training;
    bool used = false;      ///< chosen for its ensemble member (the highest overlap, first on ties)
};

struct SegmenterChoice {
    std::vector<SegmenterAttempt> attempts; ///< in training order, member after member
    Volume<float> probability;              ///< the mean I_seg of the M1s used on the image (spacing set)
    ImageForeground reference;              ///< the image's, as the overlaps used it (for stage 5 to reuse)

    /// Indices into attempts of the M1s used, one per member, in member order.
    std::vector<std::size_t> usedAttempts() const;
};

/// The folder of the attempt trained with `seed` when the first one used `firstSeed`.
std::filesystem::path segmenterFolder(const std::filesystem::path& out, std::uint64_t firstSeed, std::uint64_t seed);

/// Trains (or resumes) M1s as above and predicts I_seg on `image` with each attempt. `training` is
/// M1's settings with the first seed. Errors as trainUnet and predictVolume, Error for fewer than one
/// attempt or member; Cancelled on cancel (the attempt in progress keeps its checkpoint).
SegmenterChoice trainSegmenterWithRetries(const std::vector<TrainingPair>& pairs, const UnetTrainSettings& training,
                                          const Volume<float>& image, const TileSettings& tiles,
                                          const SegmenterRetrySettings& retry, const std::filesystem::path& out,
                                          const std::string& parametersJson, const Progress& progress = {});

/// Removes the files of every retry folder (out/m1_seed*): they were trained on other pairs.
void removeSegmenterRetries(const std::filesystem::path& out);

} // namespace nuclei3d
