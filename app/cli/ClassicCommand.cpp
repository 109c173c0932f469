// nuclei3d-cli classic: the classical baseline (CellProfiler-style) on one image, written as
// labels.tif, contours.tif, segcolor.tif, nuclei.csv and params.json (the CLI contract).
#include "CliProgressBar.h"
#include "Commands.h"
#include "InputVolumes.h"
#include "OutputFolder.h"
#include "ParameterOptions.h"

#include "io/TiffVolumeIO.h"
#include "pipeline/AnalysisSettings.h"
#include "postprocess/ClassicPipeline.h"
#include "postprocess/Stage5.h"

#include <cstdio>

namespace nuclei3d::cli {
namespace {

struct ClassicOptions {
    std::string image;
    std::string outDir;
};

int runClassic(const ClassicOptions& o, const ParameterOptions& params, const VoxelSizeOption& voxelSize,
               const CommandContext& context) {
    ParameterSet parameters = params.resolve(context.threads);
    const ClassicSettings settings = classicSettingsFrom(parameters);
    validate(settings);
    const PostprocessSettings describe = postprocessSettingsFrom(parameters);

    const VolumeFileInfo info = readVolumeInfo(o.image);
    const Spacing spacing = voxelSize.resolve(info.spacing, o.image);

    CliProgressBar bar;
    const Progress progress(&bar, context.cancel);
    Volume<float> image = readIntensityVolume(o.image, spacing, progress.sub(0.0, 0.05));
    requireNotConstant(image, o.image);
    OutputFolder out(o.outDir, context.cancel);
    ClassicThresholds thresholds;
    const Volume<std::uint32_t> labels =
        classicSegmentation(std::move(image), settings, progress.sub(0.05, 0.75), nullptr, &thresholds);
    out.writeLabels("labels.tif", labels);

    // The image is read again for the intensity columns: it was consumed by the smoothing, and
    // not holding it through the watershed keeps the peak memory down.
    NucleiInputs inputs;
    inputs.image = [&o, &spacing] { return readIntensityVolume(o.image, spacing); };
    NucleiProducts products;
    products.classes = false;
    products.labelPicture = false;
    const NucleiDescription result =
        describeNuclei(labels, inputs, describe, products, out, progress.sub(0.75, 1.0));
    out.writeMeasurements("nuclei.csv", result.nuclei);
    out.writeParameters("params.json", parameters);
    out.commit();
    bar.finish();

    std::printf("classical baseline: %zu nuclei in %s (%s voxels, x y z)\n", result.nuclei.size(),
                o.image.c_str(), shapeText(labels.shape()).c_str());
    if (settings.thresholdMethod == ClassicThresholdMethod::Otsu)
        std::printf("  threshold %.4g on the normalised image (Otsu %.4g x factor %.3g)\n", thresholds.used,
                    thresholds.otsu, settings.thresholdFactor);
    else
        std::printf("  threshold %.4g on the normalised image (manual)\n", thresholds.used);
    if (spacing.known)
        std::printf("  voxel size %g x %g x %g um (x y z)\n", spacing.x, spacing.y, spacing.z);
    out.printWritten();
    if (result.nuclei.empty())
        std::fprintf(stderr, "warning: no nuclei were found; try a lower --classic.threshold_factor\n");
    return 0;
}

} // namespace

Command addClassicCommand(CLI::App& app) {
    auto options = std::make_shared<ClassicOptions>();
    CLI::App* command = app.add_subcommand(
        "classic",
        "Classical baseline (smoothing, Otsu, distance transform, h-maxima, watershed, size filter)");
    command->add_option("image", options->image, "Microscopy volume (TIFF stack)")
        ->required()
        ->type_name("IMAGE.tif");
    command->add_option("--out", options->outDir, "Output folder (created if missing)")
        ->required()
        ->type_name("DIR");
    auto voxelSize = std::make_shared<VoxelSizeOption>(*command);
    auto params = std::make_shared<ParameterOptions>(*command, std::vector<std::string>{"classic"});
    return {command, [options, params, voxelSize](const CommandContext& context) {
                return runClassic(*options, *params, *voxelSize, context);
            }};
}

} // namespace nuclei3d::cli
