#include "run/SegmenterRetry.h"

#include "pipeline/Error.h"
#include "run/ForegroundAgreement.h"
#include "run/SegmentVolume.h"

#include <string>
#include <utility>

namespace nuclei3d {

std::filesystem::path segmenterFolder(const std::filesystem::path& out, std::uint64_t firstSeed, std::uint64_t seed) {
    return seed == firstSeed ? out / "m1" : out / ("m1_seed" + std::to_string(seed));
}

namespace {

struct MemberChoice {
    std::size_t index = 0;     ///< into SegmenterChoice::attempts
    Volume<float> probability; ///< its I_seg
};

// The seed of a member's attempt: the members first (unet.seed, +1, ...), so that an ensemble of N
// without retries uses the N seeds from unet.seed on; then each member's retries, after all of them.
std::uint64_t attemptSeed(std::uint64_t base, int member, int attempt, const SegmenterRetrySettings& retry) {
    if (attempt == 0)
        return base + static_cast<std::uint64_t>(member);
    return base + static_cast<std::uint64_t>(retry.ensemble + member * (retry.attempts - 1) + attempt - 1);
}

// One ensemble member: M1 with its first seed, again with its next seeds while the overlap is low.
MemberChoice trainMember(const std::vector<TrainingPair>& pairs, const UnetTrainSettings& training, int member,
                         const Volume<float>& image, const TileSettings& tiles,
                         const SegmenterRetrySettings& retry, const std::filesystem::path& out,
                         const std::string& parametersJson, SegmenterChoice& choice, ImageInputRanges& ranges,
                         const Progress& progress) {
    MemberChoice best;
    // Each attempt gets an equal share of the bar; when no retry is needed the bar jumps ahead.
    const double share = 1.0 / retry.attempts;
    for (int attempt = 0; attempt < retry.attempts; ++attempt) {
        const Progress part = progress.sub(attempt * share, (attempt + 1) * share);
        UnetTrainSettings settings = training;
        settings.seed = attemptSeed(training.seed, member, attempt, retry);
        SegmenterAttempt tried;
        tried.seed = settings.seed;
        tried.folder = segmenterFolder(out, training.seed, settings.seed);
        tried.training = trainUnet(pairs, settings, tried.folder, parametersJson, part.sub(0.0, 0.9));
        UnetModel model = UnetModel::load(modelFile(tried.folder));
        Volume<float> probability = predictVolume(model, image, tiles, part.sub(0.9, 0.98), &ranges);
        probability.setSpacing(image.spacing());
        tried.agreement = foregroundAgreement(probability, choice.reference, retry.threshold, part.sub(0.98, 1.0));
        choice.attempts.push_back(tried);
        if (attempt == 0 || tried.agreement > choice.attempts[best.index].agreement) {
            best.index = choice.attempts.size() - 1;
            best.probability = std::move(probability);
        }
        if (choice.attempts[best.index].agreement >= retry.retryBelow)
            break;
    }
    return best;
}

} // namespace

SegmenterChoice trainSegmenterWithRetries(const std::vector<TrainingPair>& pairs, const UnetTrainSettings& training,
                                          const Volume<float>& image, const TileSettings& tiles,
                                          const SegmenterRetrySettings& retry, const std::filesystem::path& out,
                                          const std::string& parametersJson, const Progress& progress) {
    if (retry.attempts < 1)
        throw Error("M1 retries: at least one attempt is needed");
    if (retry.ensemble < 1)
        throw Error("M1 ensemble: at least one member is needed");
    SegmenterChoice choice;
    choice.reference = imageForeground(image, progress.sub(0.0, 0.01));
    const double share = 0.99 / retry.ensemble;
    ImageInputRanges ranges(image);
    for (int member = 0; member < retry.ensemble; ++member) {
        MemberChoice chosen = trainMember(pairs, training, member, image, tiles, retry, out, parametersJson, choice,
                                          ranges, progress.sub(0.01 + member * share, 0.01 + (member + 1) * share));
        choice.attempts[chosen.index].used = true;
        addToMean(choice.probability, std::move(chosen.probability), std::size_t(member));
    }
    choice.probability.setSpacing(image.spacing());
    progress.report(1.0, retry.ensemble > 1 ? "M1s chosen" : "M1 chosen");
    return choice;
}

std::vector<std::size_t> SegmenterChoice::usedAttempts() const {
    std::vector<std::size_t> used;
    for (std::size_t k = 0; k < attempts.size(); ++k)
        if (attempts[k].used)
            used.push_back(k);
    return used;
}

void removeSegmenterRetries(const std::filesystem::path& out) {
    std::error_code listError;
    std::filesystem::directory_iterator entries(out, listError);
    if (listError) {
        if (!std::filesystem::exists(out))
            return; // nothing trained yet
        throw FileError(out, "cannot list the folder: " + listError.message());
    }
    for (const std::filesystem::directory_entry& entry : entries) {
        if (!entry.is_directory() || entry.path().filename().string().rfind("m1_seed", 0) != 0)
            continue;
        for (const std::filesystem::path& file :
             {checkpointFile(entry.path()), modelFile(entry.path()), lossLogFile(entry.path())}) {
            std::error_code ec;
            std::filesystem::remove(file, ec);
            if (ec)
                throw FileError(file, "cannot remove the model trained on the previous pairs: " + ec.message());
        }
    }
}

} // namespace nuclei3d
