#include "run/WholePipeline.h"

#include "evaluate/Evaluation.h"
#include "gan/GanPairs.h"
#include "gan/GanRealismCheck.h"
#include "gan/GanTraining.h"
#include "io/AtomicFile.h"
#include "io/TiffVolumeIO.h"
#include "pipeline/AnalysisSettings.h"
#include "pipeline/Error.h"
#include "pipeline/StageSettings.h"
#include "postprocess/ResultFolder.h"
#include "run/SegmentVolume.h"
#include "run/SegmenterRetry.h"
#include "synth/TrainingPairs.h"
#include "unet/UnetTraining.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <fstream>

namespace nuclei3d {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

Volume<float> readImage(const std::filesystem::path& file, const Spacing& spacing, const Progress& progress) {
    AnyVolume any = readVolume(file, progress);
    if (voxelType(any) == VoxelType::Rgb8)
        throw FileError(file, "is an RGB colour image; a single-channel (grey) volume is needed");
    Volume<float> image = std::holds_alternative<Volume<float>>(any) ? std::move(std::get<Volume<float>>(any))
                                                                     : toFloat(any);
    image.setSpacing(spacing);
    float low = image.empty() ? 0.0f : image[0], high = low;
    for (std::size_t i = 0; i < image.voxelCount(); ++i) {
        low = std::min(low, image[i]);
        high = std::max(high, image[i]);
    }
    if (!(high > low))
        throw FileError(file, "every voxel holds the same value: there is nothing to segment");
    return image;
}

// The parameter file (pairs.json's "parameters", or a params.json) holds the same values as
// `parameters` for every one of `stages`; false when it is missing or unreadable.
bool madeWith(const std::filesystem::path& file, const ParameterSet& parameters,
              const std::vector<std::string>& stages, const std::string& input = {}) {
    std::ifstream in(file);
    if (!in)
        return false;
    try {
        nlohmann::json stored = nlohmann::json::parse(in);
        if (!input.empty() && stored.value("input", std::string()) != input)
            return false;
        if (stored.contains("format")) // a pairs.json: the parameters are one member of it
            stored = stored.at("parameters");
        stored = stored.at("parameters");
        const nlohmann::json now = nlohmann::json::parse(parameters.toJson()).at("parameters");
        for (const std::string& stage : stages)
            if (stored.value(stage, nlohmann::json()) != now.value(stage, nlohmann::json()))
                return false;
        return true;
    } catch (const nlohmann::json::exception&) {
        return false;
    }
}

// Whether the user set the parameter explicitly (settings.fixedParameters).
bool chosenByUser(const WholePipelineSettings& settings, const std::string& name) {
    return std::find(settings.fixedParameters.begin(), settings.fixedParameters.end(), name) !=
           settings.fixedParameters.end();
}

// Runs `work` with the image lent to it as the GAN code's real volume, and takes the image back
// whatever happens (it can be large: no copy).
template <typename Work>
void withImageLent(Volume<float>& image, const std::filesystem::path& imageFile, Work&& work) {
    std::vector<GanRealVolume> real;
    real.push_back({imageFile, std::move(image)});
    struct GiveBack {
        Volume<float>& to;
        std::vector<GanRealVolume>& from;
        ~GiveBack() { to = std::move(from.front().image); }
    } giveBack{image, real};
    work(real);
}

// G1 against the image (the realism check of train-gan), written to `file`.
void writeRealism(GanGenerator& generator, const std::vector<GanRealVolume>& real, const ParameterSet& parameters,
                  const std::filesystem::path& file, WholePipelineResult& result, const Progress& progress) {
    const GanRealismReport realism =
        checkGanRealism(generator, real, ganTrainSettingsFrom(parameters), synthSettingsFrom(parameters), progress);
    writeTextFileAtomically(file, realismJson(realism));
    result.ganRealism = realism.synthetic;
    result.blurredRealism = realism.blurred;
}

// Stage 2 into `folder`: the GAN between blurred synthetic volumes shaped like `image` (the
// parameters are already shaped) and the image itself, then its realism check (realism.json). A
// finished GAN made with the same gan.* and synth.* is reused; otherwise trainGan resumes its
// checkpoint when there is one.
void trainRunGan(Volume<float>& image, const std::filesystem::path& imageFile, const ParameterSet& parameters,
                 const std::filesystem::path& folder, WholePipelineResult& result, const Progress& progress) {
    const GanTrainSettings gan = ganTrainSettingsFrom(parameters);
    validate(gan);
    const SynthSettings synth = synthSettingsFrom(parameters);
    validate(synth);
    const std::filesystem::path stored = folder / "params.json";
    const std::filesystem::path realismFile = folder / "realism.json";
    const bool finished = std::filesystem::exists(ganGeneratorFile(folder)) && madeWith(stored, parameters, {"gan", "synth"});
    if (finished && std::filesystem::exists(realismFile)) {
        result.ganReused = true;
        progress.report(1.0, "GAN reused");
        return;
    }
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec)
        throw FileError(folder, "cannot create the folder: " + ec.message());
    const auto start = Clock::now();
    withImageLent(image, imageFile, [&](std::vector<GanRealVolume>& real) {
        if (finished) { // a run stopped during the realism check: only the check is left to do
            result.ganReused = true;
        } else {
            parameters.save(stored);
            result.ganSteps = trainGan(real, gan, synth, folder, parameters.toJson(), progress.sub(0.0, 0.95)).steps;
            result.ganSeconds = secondsSince(start);
            result.ganDomain = ganDomainSynthSettings(synth, gan);
        }
        GanGenerator generator = GanGenerator::load(ganGeneratorFile(folder));
        writeRealism(generator, real, parameters, realismFile, result, progress.sub(0.95, 1.0));
    });
}

// A finished GAN from elsewhere (settings.ganFolder) instead of stage 2: its gan.* parameters
// replace this run's, so params.json says what made G1, and its realism against this image goes to
// gan_realism.json (a GAN trained on one volume of a series may suit another less). gan.mode
// becomes the GAN's.
void adoptGivenGan(Volume<float>& image, const WholePipelineSettings& settings, ParameterSet& parameters,
                          WholePipelineResult& result, const Progress& progress) {
    const std::filesystem::path& folder = settings.ganFolder;
    if (!std::filesystem::exists(ganGeneratorFile(folder)))
        throw FileError(folder, "holds no finished GAN (no generator.pt; train-gan and run write it when their "
                                "steps are done)");
    GanGenerator generator = GanGenerator::load(ganGeneratorFile(folder));
    const std::string mode = ganModeName(generator.config().mode);
    // Another GAN mode chosen explicitly contradicts the folder; nogan (the cpu preset's) yields to it.
    if (chosenByUser(settings, "gan.mode") && parameters.text("gan.mode") != mode && parameters.text("gan.mode") != "nogan")
        throw FileError(folder, "holds a " + mode + " GAN, but gan.mode (--synth) asks for " +
                                    parameters.text("gan.mode") + "; leave --synth out to use it");
    const std::filesystem::path stored = folder / "params.json";
    if (std::filesystem::exists(stored)) {
        std::ifstream in(stored);
        nlohmann::json gan;
        try {
            gan = nlohmann::json::parse(in).at("parameters").at("gan");
        } catch (const nlohmann::json::exception& e) {
            throw FileError(stored, std::string("is not a parameter file with a \"gan\" section: ") + e.what());
        }
        parameters.mergeJson(nlohmann::json{{"gan", gan}}.dump(), stored.string());
    }
    parameters.set("gan.mode", mode); // the generator's own word wins over a params.json edited by hand
    withImageLent(image, settings.image, [&](std::vector<GanRealVolume>& real) {
        writeRealism(generator, real, parameters, settings.outDir / "gan_realism.json", result, progress);
    });
    result.ganReused = true;
    result.ganFolder = folder;
}

// Models trained on pairs that are made again are stale: their files go, so M1 and M2 start afresh.
void removeStaleModels(const std::filesystem::path& out) {
    for (const char* model : {"m1", "m2"}) {
        const std::filesystem::path folder = out / model;
        for (const std::filesystem::path& file : {checkpointFile(folder), modelFile(folder), lossLogFile(folder)}) {
            std::error_code ec;
            std::filesystem::remove(file, ec);
            if (ec)
                throw FileError(file, "cannot remove the model trained on the previous pairs: " + ec.message());
        }
    }
    removeSegmenterRetries(out);
}

} // namespace

std::vector<std::filesystem::path> WholePipelineResult::usedSegFolders() const {
    std::vector<std::filesystem::path> folders;
    for (const SegAttempt& attempt : segAttempts)
        if (attempt.used)
            folders.push_back(attempt.folder);
    return folders;
}

WholePipelineResult runWholePipeline(const WholePipelineSettings& settings, const Progress& progress) {
    // Inputs first, before any long work: the image, and the ground truth's size against it.
    const VolumeFileInfo info = readVolumeInfo(settings.image);
    if (!settings.groundTruth.empty()) {
        const VolumeFileInfo gt = readVolumeInfo(settings.groundTruth);
        if (gt.shape != info.shape)
            throw FileError(settings.groundTruth, "the ground truth's size differs from the image " +
                                                      settings.image.string() + "'s");
    }
    WholePipelineResult result;
    result.spacing = settings.voxelSize.known ? settings.voxelSize : info.spacing;
    result.shape = info.shape;
    ParameterSet parameters = settings.parameters;
    const std::filesystem::path out = settings.outDir;
    std::error_code ec;
    std::filesystem::create_directories(out, ec);
    if (ec)
        throw FileError(out, "cannot create the folder: " + ec.message());

    // Stage 1's geometry, size and density shaped like the image.
    auto start = Clock::now();
    Volume<float> image = readImage(settings.image, result.spacing, progress.sub(0.0, 0.01));
    const auto fixed = [&settings](const std::string& name) { return chosenByUser(settings, name); };
    result.synthesis = shapeSynthesisLike(parameters, image, settings.estimateNucleusSize, fixed,
                                          progress.sub(0.01, 0.03));
    result.seconds[0] = secondsSince(start);

    // Stage 2 (GAN modes): trained on the image, or a finished one given. The training's share of
    // the bar follows its steps against both U-Nets' (a rough weight: a bar, not a time estimate).
    const bool givenGan = !settings.ganFolder.empty();
    if (givenGan && settings.pairSource != PairSource::FromParameters)
        throw Error("a GAN folder was given for a run whose pairs come from the synthetic microscope");
    double ganEnd = 0.03;
    if (givenGan) { // sets gan.mode to the given GAN's
        ganEnd = 0.05;
        adoptGivenGan(image, settings, parameters, result, progress.sub(0.03, ganEnd));
    }
    const bool useGan = settings.pairSource == PairSource::FromParameters && parameters.text("gan.mode") != "nogan";
    result.pairInput = useGan ? parameters.text("gan.mode") : "nogan";
    const std::filesystem::path ganDir = givenGan ? settings.ganFolder : out / "gan";
    if (useGan && !givenGan) {
        const double ganSteps = double(parameters.integer("gan.steps"));
        ganEnd += 0.9 * ganSteps / (ganSteps + 2.0 * double(parameters.integer("unet.steps")));
        trainRunGan(image, settings.image, parameters, ganDir, result, progress.sub(0.03, ganEnd));
    }
    const Progress rest = progress.sub(ganEnd, 1.0);

    // Training pairs (kept when a previous run into this folder made them with the same settings
    // and the same kind of input).
    start = Clock::now();
    const std::filesystem::path pairsDir = out / "pairs";
    const PairSettings pairSettings = pairSettingsFrom(parameters);
    std::vector<std::string> pairStages{"synth", "microscope", "pairs"};
    if (useGan)
        pairStages.push_back("gan");
    // The run's own GAN is named relative to the run folder: the same run under another spelling of
    // its path reuses its pairs. A given GAN is named by its absolute path.
    const std::string ganSource =
        givenGan ? std::filesystem::absolute(settings.ganFolder).lexically_normal().string() : "gan/ of this run";
    const std::string input = useGan ? ganPairsInput(ganModeFromName(result.pairInput), ganSource, pairSettings)
                                     : std::string(kMicroscopePairsInput);
    if (!madeWith(pairsDir / "pairs.json", parameters, pairStages, input)) {
        removeStaleModels(out);
        if (useGan) {
            GanGenerator generator = GanGenerator::load(ganGeneratorFile(ganDir));
            writeGanTrainingPairs(pairsDir, pairSettings, generator, ganSource, parameters, rest.sub(0.0, 0.07));
        } else {
            writeTrainingPairs(pairsDir, pairSettings, parameters, rest.sub(0.0, 0.07));
        }
    }
    std::vector<TrainingPair> pairs = loadTrainingPairs(pairsDir, rest.sub(0.07, 0.08));
    const std::vector<std::size_t> volumes = pairVolumes(pairsDir);
    result.pairs = pairs.size();
    result.seconds[1] = secondsSince(start);

    // Stage 3: M1 (again with the next seed while its I_seg looks wrong, run/SegmenterRetry.h) and
    // M2; each resumes from its checkpoint when there is one.
    const std::string parametersJson = parameters.toJson();
    const TileSettings tiles = tileSettingsFrom(parameters);
    const PostprocessSettings postprocess = postprocessSettingsFrom(parameters);
    validate(postprocess);
    start = Clock::now();
    UnetTrainSettings seg = unetTrainSettingsFrom(parameters, UnetTask::Segmentation);
    seg.pairVolumes = volumes;
    SegmenterRetrySettings retry;
    retry.attempts = static_cast<int>(parameters.integer("unet.attempts"));
    retry.retryBelow = parameters.real("unet.retry_below");
    retry.ensemble = static_cast<int>(parameters.integer("unet.ensemble"));
    retry.threshold = postprocess.threshold;
    SegmenterChoice m1 = trainSegmenterWithRetries(pairs, seg, image, tiles, retry, out, parametersJson,
                                                   rest.sub(0.08, 0.48));
    const std::vector<std::size_t> used = m1.usedAttempts();
    const SegmenterAttempt& first = m1.attempts[used.front()];
    result.segSteps = first.training.steps;
    result.segLoss = first.training.lastLoss;
    for (const SegmenterAttempt& attempt : m1.attempts)
        result.segAttempts.push_back({attempt.seed, attempt.folder, attempt.agreement, attempt.used});
    result.seconds[2] = secondsSince(start);
    start = Clock::now();
    UnetTrainSettings shape = unetTrainSettingsFrom(parameters, UnetTask::Shape);
    shape.pairVolumes = volumes;
    const UnetTrainResult m2 = trainUnet(pairs, shape, out / "m2", parametersJson, rest.sub(0.48, 0.88));
    result.shapeSteps = m2.steps;
    result.shapeLoss = m2.lastLoss;
    result.seconds[3] = secondsSince(start);
    pairs.clear();
    pairs.shrink_to_fit();

    // Stages 4 and 5, then 6 with a ground truth; the result files appear together.
    start = Clock::now();
    UnetModel shapeModel = UnetModel::load(modelFile(out / "m2"));
    ResultFolder folder(out, progress);
    folder.keepLabels(!settings.groundTruth.empty());
    const Segmentation segmentation = segmentProbability(std::move(m1.probability), image, &shapeModel, tiles,
                                                         postprocess, folder, rest.sub(0.88, 0.98), &m1.reference);
    const NucleiDescription& description = segmentation.description;
    result.foregroundAgreement = segmentation.foregroundAgreement;
    result.threshold = description.threshold;
    result.thresholdCalibration = description.calibration;
    result.nuclei = description.nuclei.size();
    result.seconds[4] = secondsSince(start);
    start = Clock::now();
    folder.writeMeasurements("nuclei.csv", description.nuclei);
    if (!settings.groundTruth.empty()) {
        const Volume<std::uint32_t> gt = readLabelVolume(settings.groundTruth);
        EvaluationOptions evaluation = evaluationOptionsFrom(parameters);
        evaluation.scoreEmptyPrediction = true; // networks that found nothing score 0, the run is kept
        result.evaluation = evaluateInstances(folder.takeLabels(), gt, evaluation, rest.sub(0.98, 1.0));
        folder.writeText("evaluation.json", result.evaluation->toJson());
    }
    folder.writeParameters("params.json", parameters);
    result.written = folder.commit();
    result.seconds[5] = secondsSince(start);
    result.parameters = std::move(parameters);
    progress.report(1.0, "done");
    return result;
}

} // namespace nuclei3d
