#include "run/SegmenterRetry.h"

#include "pipeline/Error.h"
#include "run/ForegroundAgreement.h"

#include <string>

namespace nuclei3d {

std::filesystem::path segmenterFolder(const std::filesystem::path& out, std::uint64_t firstSeed, std::uint64_t seed) {
    return seed == firstSeed ? out / "m1" : out / ("m1_seed" + std::to_string(seed));
}

SegmenterChoice trainSegmenterWithRetries(const std::vector<TrainingPair>& pairs, const UnetTrainSettings& training,
                                          const Volume<float>& image, const TileSettings& tiles,
                                          const SegmenterRetrySettings& retry, const std::filesystem::path& out,
                                          const std::string& parametersJson, const Progress& progress) {
    if (retry.attempts < 1)
        throw Error("M1 retries: at least one attempt is needed");
    SegmenterChoice choice;
    // Each attempt gets an equal share of the bar; when no retry is needed the bar jumps ahead.
    const double share = 1.0 / retry.attempts;
    for (int attempt = 0; attempt < retry.attempts; ++attempt) {
        const Progress part = progress.sub(attempt * share, (attempt + 1) * share);
        UnetTrainSettings settings = training;
        settings.seed = training.seed + static_cast<std::uint64_t>(attempt);
        SegmenterAttempt tried;
        tried.seed = settings.seed;
        tried.folder = segmenterFolder(out, training.seed, settings.seed);
        tried.training = trainUnet(pairs, settings, tried.folder, parametersJson, part.sub(0.0, 0.9));
        UnetModel model = UnetModel::load(modelFile(tried.folder));
        Volume<float> probability = predictVolume(model, image, tiles, part.sub(0.9, 0.98));
        probability.setSpacing(image.spacing());
        tried.agreement = foregroundAgreement(probability, image, retry.threshold, part.sub(0.98, 1.0));
        choice.attempts.push_back(tried);
        if (attempt == 0 || tried.agreement > choice.attempts[choice.chosen].agreement) {
            choice.chosen = choice.attempts.size() - 1;
            choice.probability = std::move(probability);
        }
        if (choice.attempts[choice.chosen].agreement >= retry.retryBelow)
            break;
    }
    progress.report(1.0, "M1 chosen");
    return choice;
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
