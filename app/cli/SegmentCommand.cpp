// nuclei3d-cli segment: stages 4 and 5 with trained U-Nets: seg.tif (I_seg, float 0..1), shape.tif
// (I_shape) and stage 5's outputs exactly as `postprocess` writes them (labels.tif, contours.tif,
// segcolor.tif, classes.tif, label.tif, nuclei.csv, params.json).
#include "CliProgressBar.h"
#include "Commands.h"
#include "InputVolumes.h"
#include "ParameterOptions.h"
#include "UnetForwarding.h"

#include "io/TiffVolumeIO.h"
#include "pipeline/Error.h"
#include "pipeline/AnalysisSettings.h"
#include "run/ForegroundAgreement.h"
#include "run/SegmentVolume.h"

#include <cstdio>

namespace nuclei3d::cli {
namespace {

struct SegmentOptions {
    std::string image;
    std::vector<std::string> models;
    std::string outDir;
};

int runSegment(const SegmentOptions& o, const ParameterOptions& params, const VoxelSizeOption& voxelSize,
               const CommandContext& context) {
    ParameterSet parameters = params.resolve(context.threads);
    const PostprocessSettings settings = postprocessSettingsFrom(parameters);
    validate(settings);
    const TileSettings tiles = tileSettingsFrom(parameters);

    // Models and the image's header are checked before any long work.
    SegmentationModels models =
        loadSegmentationModels(std::vector<std::filesystem::path>(o.models.begin(), o.models.end()));
    // The image is normalised as the model's training pairs were (stored in the model file), unless
    // the user asks for other percentiles; params.json records what was used either way.
    if (params.chosenByUser("inference.percentile_low") || params.chosenByUser("inference.percentile_high")) {
        const double low = parameters.real("inference.percentile_low");
        const double high = parameters.real("inference.percentile_high");
        if (!(low < high))
            throw Error("segment: --inference.percentile_low must be below --inference.percentile_high");
        for (UnetModel& model : models.models)
            model.setNormalisation(low, high);
    } else {
        // An ensemble's M1s were trained on the same pairs, so they normalise alike; record the first's.
        parameters.set("inference.percentile_low", models.seg.front()->percentileLow());
        parameters.set("inference.percentile_high", models.seg.front()->percentileHigh());
    }
    const VolumeFileInfo info = readVolumeInfo(o.image);
    const Spacing spacing = voxelSize.resolve(info.spacing, o.image);

    CliProgressBar bar;
    const Progress progress(&bar, context.cancel);
    const Volume<float> image = readIntensityVolume(o.image, spacing, progress.sub(0.0, 0.03));
    requireNotConstant(image, o.image);
    ResultFolder out(o.outDir, progress);
    const Segmentation segmentation =
        segmentVolume(image, models.seg, models.shape, tiles, settings, out, progress.sub(0.03, 1.0));
    const NucleiDescription& result = segmentation.description;
    out.writeMeasurements("nuclei.csv", result.nuclei);
    out.writeParameters("params.json", parameters);
    const auto written = out.commit();
    bar.finish();

    std::printf("U-Net segmentation: %zu nuclei in %s (%s voxels, x y z)\n", result.nuclei.size(), o.image.c_str(),
                shapeText(info.shape).c_str());
    if (models.seg.size() > 1)
        std::printf("  I_seg: the mean of %zu segmentation models (an ensemble)\n", models.seg.size());
    std::printf("  classes from %s\n", models.shape ? "the shape map (M2)" : "the measured roundness (no M2 given)");
    std::printf("%s\n", thresholdReport(result.threshold, result.calibration).c_str());
    for (const auto& file : written)
        std::printf("  wrote %s\n", file.string().c_str());
    std::fprintf(segmentation.foregroundAgreement < kSuspiciousForegroundAgreement ? stderr : stdout, "%s\n",
                 foregroundAgreementReport(segmentation.foregroundAgreement).c_str());
    if (result.nuclei.empty())
        std::fprintf(stderr, "warning: no nuclei were found above the threshold %g\n", result.threshold);
    return 0;
}

} // namespace

Command addSegmentCommand(CLI::App& app) {
    auto options = std::make_shared<SegmentOptions>();
    CLI::App* command = app.add_subcommand(kUnetCommands[2].name, kUnetCommands[2].description);
    command->add_option("image", options->image, "Microscopy volume (TIFF stack)")->required()->type_name("IMAGE.tif");
    command
        ->add_option("--models", options->models,
                     "Trained models (train-unet folders or model files): one or more seg models (several are averaged), "
                     "optionally one shape model")
        ->required()
        ->expected(1, 16)
        ->type_name("MODEL_DIR");
    command->add_option("--out", options->outDir, "Output folder (created if missing)")->required()->type_name("DIR");
    auto voxelSize = std::make_shared<VoxelSizeOption>(*command);
    auto params =
        std::make_shared<ParameterOptions>(*command, std::vector<std::string>{"inference", "postprocess"});
    return {command, [options, params, voxelSize](const CommandContext& context) {
                return runSegment(*options, *params, *voxelSize, context);
            }};
}

} // namespace nuclei3d::cli
