#include "run/WholePipeline.h"

#include "evaluate/Evaluation.h"
#include "io/TiffVolumeIO.h"
#include "pipeline/AnalysisSettings.h"
#include "pipeline/Error.h"
#include "run/ResultFolder.h"
#include "run/SegmentVolume.h"
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

// The pairs already in `folder` were made with these synthesis parameters (a rerun reuses them).
bool pairsMadeWith(const std::filesystem::path& folder, const ParameterSet& parameters) {
    std::ifstream in(folder / "pairs.json");
    if (!in)
        return false;
    try {
        const nlohmann::json stored = nlohmann::json::parse(in).at("parameters").at("parameters");
        const nlohmann::json now = nlohmann::json::parse(parameters.toJson()).at("parameters");
        for (const char* stage : {"synth", "microscope", "pairs"})
            if (stored.value(stage, nlohmann::json()) != now.value(stage, nlohmann::json()))
                return false;
        return true;
    } catch (const nlohmann::json::exception&) {
        return false;
    }
}

} // namespace

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
    const Volume<float> image = readImage(settings.image, result.spacing, progress.sub(0.0, 0.01));
    const auto fixed = [&settings](const std::string& name) {
        return std::find(settings.fixedParameters.begin(), settings.fixedParameters.end(), name) !=
               settings.fixedParameters.end();
    };
    result.synthesis = shapeSynthesisLike(parameters, image, settings.estimateNucleusSize, fixed,
                                          progress.sub(0.01, 0.03));
    result.seconds[0] = secondsSince(start);

    // Training pairs (kept when a previous run into this folder made them with the same settings).
    start = Clock::now();
    const std::filesystem::path pairsDir = out / "pairs";
    const PairSettings pairSettings = pairSettingsFrom(parameters);
    if (!pairsMadeWith(pairsDir, parameters)) {
        switch (settings.pairSource) {
        case PairSource::SyntheticMicroscope:
            writeTrainingPairs(pairsDir, pairSettings, parameters, progress.sub(0.03, 0.1));
            break;
        }
    }
    std::vector<TrainingPair> pairs = loadTrainingPairs(pairsDir, progress.sub(0.1, 0.11));
    const std::vector<std::size_t> volumes = pairVolumes(pairsDir);
    result.pairs = pairs.size();
    result.seconds[1] = secondsSince(start);

    // Stage 3: M1 and M2 (each resumes from its checkpoint when there is one).
    const std::string parametersJson = parameters.toJson();
    start = Clock::now();
    UnetTrainSettings seg = unetTrainSettingsFrom(parameters, UnetTask::Segmentation);
    seg.pairVolumes = volumes;
    const UnetTrainResult m1 = trainUnet(pairs, seg, out / "m1", parametersJson, progress.sub(0.11, 0.5));
    result.segSteps = m1.steps;
    result.segLoss = m1.lastLoss;
    result.seconds[2] = secondsSince(start);
    start = Clock::now();
    UnetTrainSettings shape = unetTrainSettingsFrom(parameters, UnetTask::Shape);
    shape.pairVolumes = volumes;
    const UnetTrainResult m2 = trainUnet(pairs, shape, out / "m2", parametersJson, progress.sub(0.5, 0.89));
    result.shapeSteps = m2.steps;
    result.shapeLoss = m2.lastLoss;
    result.seconds[3] = secondsSince(start);
    pairs.clear();
    pairs.shrink_to_fit();

    // Stages 4 and 5, then 6 with a ground truth; the result files appear together.
    start = Clock::now();
    UnetModel segModel = UnetModel::load(modelFile(out / "m1"));
    UnetModel shapeModel = UnetModel::load(modelFile(out / "m2"));
    const PostprocessSettings postprocess = postprocessSettingsFrom(parameters);
    validate(postprocess);
    ResultFolder folder(out, progress);
    folder.keepLabels(!settings.groundTruth.empty());
    const NucleiDescription description = segmentVolume(image, segModel, &shapeModel, tileSettingsFrom(parameters),
                                                        postprocess, folder, progress.sub(0.89, 0.98));
    result.nuclei = description.nuclei.size();
    result.seconds[4] = secondsSince(start);
    start = Clock::now();
    folder.writeMeasurements("nuclei.csv", description.nuclei);
    if (!settings.groundTruth.empty()) {
        const Volume<std::uint32_t> gt = readLabelVolume(settings.groundTruth);
        result.evaluation = evaluateInstances(folder.takeLabels(), gt, evaluationOptionsFrom(parameters),
                                              progress.sub(0.98, 1.0));
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
