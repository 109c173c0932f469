#include "unet/UnetTraining.h"

#include "io/AtomicFile.h"
#include "pipeline/Error.h"
#include "synth/RandomStream.h"
#include "unet/PercentileRange.h"
#include "unet/TorchArchiveFile.h"
#include "unet/TorchThreads.h"
#include "unet/UnetLosses.h"
#include "unet/UnetModelImpl.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

namespace nuclei3d {
namespace {

struct Batch {
    torch::Tensor input, target, contour;
};

torch::Tensor toTensor(const float* data, std::size_t size) {
    const auto s = static_cast<std::int64_t>(size);
    return torch::from_blob(const_cast<float*>(data), {1, 1, s, s, s}, torch::kFloat).clone();
}

torch::Tensor toTensor(const Volume<std::uint8_t>& v) {
    const auto s = static_cast<std::int64_t>(v.sizeX());
    return torch::from_blob(const_cast<std::uint8_t*>(v.data()), {1, 1, s, s, s}, torch::kUInt8)
               .to(torch::kFloat) / 255.0;
}

torch::Tensor normalisedInput(const TrainingPair& pair, const IntensityRange& range) {
    const float scale = range.high > range.low ? 1.0f / (range.high - range.low) : 0.0f;
    return (toTensor(pair.input.data(), pair.input.sizeX()) - range.low) * scale;
}

// One intensity range per source volume, over all of its pairs: the same per-volume
// normalisation inference applies to the real volume (METHOD.md stage 4).
std::vector<IntensityRange> pairRanges(const std::vector<TrainingPair>& pairs, const UnetTrainSettings& s) {
    std::vector<std::size_t> volumeOf = s.pairVolumes;
    if (volumeOf.empty()) {
        volumeOf.resize(pairs.size());
        std::iota(volumeOf.begin(), volumeOf.end(), std::size_t{0});
    }
    std::vector<IntensityRange> ranges(pairs.size());
    std::vector<bool> done(pairs.size(), false);
    std::vector<float> sample;
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        if (done[i])
            continue;
        sample.clear();
        for (std::size_t j = i; j < pairs.size(); ++j)
            if (volumeOf[j] == volumeOf[i])
                sample.insert(sample.end(), pairs[j].input.data(), pairs[j].input.data() + pairs[j].input.voxelCount());
        const IntensityRange range = percentileRange(sample.data(), sample.size(), s.percentileLow, s.percentileHigh);
        for (std::size_t j = i; j < pairs.size(); ++j)
            if (volumeOf[j] == volumeOf[i]) {
                ranges[j] = range;
                done[j] = true;
            }
    }
    return ranges;
}

// What inference clamps the real volume's normalised intensities to (UnetModel::inputCeiling).
double highestNormalisedInput(const std::vector<TrainingPair>& pairs, const std::vector<IntensityRange>& ranges) {
    double highest = 0.0;
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        const Volume<float>& input = pairs[i].input;
        if (input.empty())
            continue;
        const float top = *std::max_element(input.data(), input.data() + input.voxelCount());
        highest = std::max<double>(highest, ranges[i].normalise(top));
    }
    return highest > 0.0 ? highest : std::numeric_limits<double>::infinity();
}

// Every random choice of step `step` comes from its own stream, so a resumed run matches.
Batch makeBatch(const std::vector<TrainingPair>& pairs, const std::vector<std::size_t>& train,
                const std::vector<IntensityRange>& ranges, const UnetTrainSettings& s, std::int64_t step) {
    RandomStream random(s.seed * 0x9E3779B97F4A7C15ULL + static_cast<std::uint64_t>(step) + 1);
    std::vector<torch::Tensor> inputs, targets, contours;
    for (int b = 0; b < s.batchSize; ++b) {
        const std::size_t index = train[random.below(train.size())];
        const TrainingPair& pair = pairs[index];
        torch::Tensor x = normalisedInput(pair, ranges[index]);
        torch::Tensor y = toTensor(s.task == UnetTask::Segmentation ? pair.binary : pair.shapemarker);
        torch::Tensor c = toTensor(pair.contour);
        for (std::int64_t axis = 2; axis <= 4; ++axis)
            if (random.below(2)) {
                x = x.flip(axis);
                y = y.flip(axis);
                c = c.flip(axis);
            }
        const auto quarterTurns = static_cast<std::int64_t>(random.below(4));
        if (quarterTurns) {
            x = torch::rot90(x, quarterTurns, {3, 4});
            y = torch::rot90(y, quarterTurns, {3, 4});
            c = torch::rot90(c, quarterTurns, {3, 4});
        }
        // Intensity augmentation: the real volume's contrast and offset differ from the synthetic.
        const double gain = random.uniform(s.gainMin, s.gainMax);
        const double offset = random.uniform(-0.1, 0.1);
        inputs.push_back(x * gain + offset);
        targets.push_back(y);
        contours.push_back(c);
    }
    return {torch::cat(inputs), torch::cat(targets), torch::cat(contours)};
}

LossTerms lossFor(const UnetTrainSettings& s, const torch::Tensor& logits, const Batch& batch) {
    LossWeights w;
    w.bce = s.bceWeight;
    w.dice = s.diceWeight;
    w.contour = s.contourWeight;
    w.edgeSigma = s.edgeSigma;
    return s.task == UnetTask::Segmentation ? segmentationLoss(logits, batch.target, batch.contour, w)
                                            : shapeLoss(logits, batch.target, batch.contour, w);
}

double validationLoss(UnetModel& model, const std::vector<TrainingPair>& pairs, const std::vector<std::size_t>& held,
                      const std::vector<IntensityRange>& ranges, const UnetTrainSettings& s) {
    if (held.empty())
        return -1.0;
    UNet3d& net = model.impl().net;
    net->eval();
    double sum = 0.0;
    {
        torch::NoGradGuard noGrad;
        for (std::size_t i : held) {
            const TrainingPair& pair = pairs[i];
            Batch batch{normalisedInput(pair, ranges[i]),
                        toTensor(s.task == UnetTask::Segmentation ? pair.binary : pair.shapemarker),
                        toTensor(pair.contour)};
            const torch::Device device = model.impl().device;
            batch.input = batch.input.to(device);
            batch.target = batch.target.to(device);
            batch.contour = batch.contour.to(device);
            sum += lossFor(s, net->forward(batch.input), batch).total.item<double>();
        }
    }
    net->train();
    return sum / double(held.size());
}

void saveCheckpoint(const std::filesystem::path& file, const UnetModel& model, torch::optim::Adam& optimizer,
                    std::int64_t step) {
    torch::serialize::OutputArchive archive;
    writeModelArchive(model, archive);
    torch::serialize::OutputArchive optimizerArchive;
    optimizer.save(optimizerArchive);
    archive.write("optimizer", optimizerArchive);
    archive.write("step", c10::IValue(step));
    saveArchiveAtomically(archive, file, "checkpoint");
}

void validate(const std::vector<TrainingPair>& pairs, const UnetTrainSettings& s) {
    if (pairs.empty())
        throw Error("U-Net training: no training pairs");
    if (s.steps < 1 || s.batchSize < 1 || s.checkpointEvery < 1 || !(s.learningRate > 0.0))
        throw Error("U-Net training: steps, batch size, checkpoint interval and learning rate must be positive");
    if (!(s.gainMin > 0) || !(s.gainMax >= s.gainMin) || !std::isfinite(s.gainMax))
        throw Error("U-Net training: the augmentation's gains must be positive, the lowest not above the highest");
    const std::size_t size = pairs.front().input.sizeX();
    for (const TrainingPair& p : pairs)
        if (p.input.shape() != Shape{size, size, size} || p.binary.shape() != p.input.shape() ||
            p.contour.shape() != p.input.shape() || p.shapemarker.shape() != p.input.shape())
            throw Error("U-Net training: every pair must be a cube of one size");
    if (!s.pairVolumes.empty() && s.pairVolumes.size() != pairs.size())
        throw Error("U-Net training: " + std::to_string(s.pairVolumes.size()) + " source volumes given for " +
                    std::to_string(pairs.size()) + " pairs");
    if (size % static_cast<std::size_t>(s.net.sizeMultiple()) != 0)
        throw Error("U-Net training: the pair size " + std::to_string(size) + " is not a multiple of " +
                    std::to_string(s.net.sizeMultiple()) + " (2 to the power depth - 1)");
}

// After a kill the log can hold steps past the last checkpoint; a resume runs those steps again,
// so their old rows go and the log keeps one row per step (found by tests/faults).
/// The losses of the last step kept in a resumed loss log, so that a resumed run that has nothing
/// left to do still reports the loss the model finished with (not 0).
struct LoggedLosses {
    double loss = 0.0;
    double validation = -1.0;
};

/// Splits one loss-log row ("step,loss,main,dice,contour,validation_loss") into its fields.
std::vector<std::string> logFields(const std::string& line) {
    std::vector<std::string> fields;
    std::stringstream row(line);
    std::string field;
    while (std::getline(row, field, ','))
        fields.push_back(field);
    return fields;
}

/// Keeps the rows of steps up to `step` (a resumed run rewrites the later ones) and returns the
/// losses of the last kept row.
LoggedLosses dropLogRowsAfter(const std::filesystem::path& file, std::int64_t step) {
    LoggedLosses last;
    std::ifstream in(file);
    if (!in)
        return last;
    std::string kept;
    std::string line;
    while (std::getline(in, line)) {
        char* end = nullptr;
        const long long rowStep = std::strtoll(line.c_str(), &end, 10);
        const bool dataRow = end != line.c_str();
        if (dataRow && rowStep > step)
            break;
        kept += line + '\n';
        if (!dataRow)
            continue;
        const std::vector<std::string> fields = logFields(line);
        if (fields.size() > 1)
            last.loss = std::strtod(fields[1].c_str(), nullptr);
        if (fields.size() > 5 && !fields[5].empty())
            last.validation = std::strtod(fields[5].c_str(), nullptr);
    }
    in.close();
    writeTextFileAtomically(file, kept);
    return last;
}

} // namespace

std::vector<std::size_t> pairVolumes(const std::filesystem::path& pairsFolder) {
    const std::filesystem::path manifest = pairsFolder / "pairs.json";
    std::ifstream in(manifest);
    if (!in)
        throw FileError(manifest, "cannot open the training-pair manifest");
    std::vector<std::size_t> volumes;
    try {
        const nlohmann::json json = nlohmann::json::parse(in);
        for (const auto& entry : json.at("pairs"))
            volumes.push_back(entry.value("volume", volumes.size()));
    } catch (const nlohmann::json::exception& e) {
        throw FileError(manifest, std::string("malformed training-pair manifest: ") + e.what());
    }
    return volumes;
}

std::filesystem::path checkpointFile(const std::filesystem::path& folder) { return folder / "checkpoint.pt"; }
std::filesystem::path modelFile(const std::filesystem::path& folder) { return folder / "model.pt"; }
std::filesystem::path lossLogFile(const std::filesystem::path& folder) { return folder / "loss.csv"; }

UnetTrainSettings unetTrainSettingsFrom(const ParameterSet& p, UnetTask task) {
    UnetTrainSettings s;
    s.net.depth = static_cast<int>(p.integer("unet.depth"));
    s.net.baseFilters = static_cast<int>(p.integer("unet.base_filters"));
    s.task = task;
    s.learningRate = p.real("unet.learning_rate");
    s.steps = p.integer("unet.steps");
    s.batchSize = static_cast<int>(p.integer("unet.batch_size"));
    s.validationFraction = p.real("unet.validation_fraction");
    s.bceWeight = p.real("unet.bce_weight");
    s.diceWeight = p.real("unet.dice_weight");
    s.contourWeight = p.real("unet.contour_weight");
    s.edgeSigma = p.real("unet.edge_sigma");
    s.gainMin = p.real("unet.gain_min");
    s.gainMax = p.real("unet.gain_max");
    s.checkpointEvery = p.integer("unet.checkpoint_every");
    s.seed = static_cast<std::uint64_t>(p.integer("unet.seed"));
    s.percentileLow = p.real("inference.percentile_low");
    s.percentileHigh = p.real("inference.percentile_high");
    return s;
}

UnetModel loadCheckpointModel(const std::filesystem::path& file) {
    if (!std::filesystem::is_regular_file(file))
        throw FileError(file, "checkpoint not found");
    torch::serialize::InputArchive archive;
    loadArchive(archive, file, "checkpoint");
    return readModelArchive(archive, file);
}

UnetTrainResult trainUnet(const std::vector<TrainingPair>& pairs, const UnetTrainSettings& s,
                          const std::filesystem::path& folder, const std::string& parametersJson,
                          const Progress& progress) {
    validate(pairs, s);
    applyTorchThreads();
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec)
        throw FileError(folder, "cannot create the folder: " + ec.message());

    // Validation split: a seeded shuffle, the last share held out (at least one pair trains).
    std::vector<std::size_t> order(pairs.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    RandomStream shuffle(s.seed);
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[shuffle.below(i)]);
    const auto held = std::min(pairs.size() - 1,
                               static_cast<std::size_t>(s.validationFraction * double(pairs.size())));
    const std::vector<std::size_t> train(order.begin(), order.end() - static_cast<std::ptrdiff_t>(held));
    const std::vector<std::size_t> validation(order.end() - static_cast<std::ptrdiff_t>(held), order.end());
    const std::vector<IntensityRange> ranges = pairRanges(pairs, s);

    UnetModel model(s.net, s.task, s.seed);
    std::int64_t done = 0;
    torch::serialize::InputArchive resumed;
    const std::filesystem::path checkpoint = checkpointFile(folder);
    const bool resume = std::filesystem::exists(checkpoint);
    if (resume) {
        loadArchive(resumed, checkpoint, "checkpoint");
        model = readModelArchive(resumed, checkpoint);
        if (!(model.config() == s.net) || model.task() != s.task)
            throw FileError(checkpoint, "the checkpoint holds another network (architecture or task differs); "
                                        "use a new output folder");
        c10::IValue step;
        if (!resumed.try_read("step", step) || !step.isInt())
            throw FileError(checkpoint, "the checkpoint has no step count");
        done = step.toInt();
    }
    model.setNormalisation(s.percentileLow, s.percentileHigh);
    model.setInputCeiling(highestNormalisedInput(pairs, ranges));
    model.setParametersJson(parametersJson);
    UNet3d& net = model.impl().net;
    const torch::Device device = model.impl().device;
    net->train();
    torch::optim::Adam optimizer(net->parameters(), torch::optim::AdamOptions(s.learningRate));
    if (resume) {
        torch::serialize::InputArchive optimizerArchive;
        if (!resumed.try_read("optimizer", optimizerArchive))
            throw FileError(checkpoint, "the checkpoint has no optimizer state");
        optimizer.load(optimizerArchive);
    }

    LoggedLosses logged;
    if (resume)
        logged = dropLogRowsAfter(lossLogFile(folder), done);
    std::ofstream log(lossLogFile(folder), std::ios::app);
    if (!log)
        throw FileError(lossLogFile(folder), "cannot write the loss log");
    if (done == 0)
        log << "step,loss,main,dice,contour,validation_loss\n";

    UnetTrainResult result;
    result.lastLoss = logged.loss;
    result.validationLoss = logged.validation;
    std::int64_t finished = done;
    try {
        for (std::int64_t step = done; step < s.steps; ++step) {
            char text[96];
            std::snprintf(text, sizeof text, "step %lld/%lld loss %.4f", static_cast<long long>(step + 1),
                          static_cast<long long>(s.steps), result.lastLoss);
            progress.report(double(step) / double(s.steps), text);
            Batch batch = makeBatch(pairs, train, ranges, s, step);
            batch.input = batch.input.to(device);
            batch.target = batch.target.to(device);
            batch.contour = batch.contour.to(device);
            optimizer.zero_grad();
            const LossTerms loss = lossFor(s, net->forward(batch.input), batch);
            loss.total.backward();
            optimizer.step();
            finished = step + 1;
            result.lastLoss = loss.total.item<double>();
            std::string validationText;
            const bool checkpointNow = finished % s.checkpointEvery == 0 || finished == s.steps;
            if (checkpointNow) {
                result.validationLoss = validationLoss(model, pairs, validation, ranges, s);
                if (result.validationLoss >= 0.0)
                    validationText = std::to_string(result.validationLoss);
            }
            log << finished << ',' << result.lastLoss << ',' << loss.main << ',' << loss.dice << ','
                << loss.contour << ',' << validationText << '\n';
            log.flush();
            if (checkpointNow)
                saveCheckpoint(checkpoint, model, optimizer, finished);
        }
    } catch (const Cancelled&) {
        if (finished > done)
            saveCheckpoint(checkpoint, model, optimizer, finished);
        throw;
    }
    if (!log)
        throw FileError(lossLogFile(folder), "cannot write the loss log");
    model.save(modelFile(folder));
    progress.report(1.0, "training done");
    result.steps = finished;
    return result;
}

} // namespace nuclei3d
