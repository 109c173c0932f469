// nuclei3d-cli postprocess: stage 5 on a probability map (and optionally a shape map and the image),
// written as labels.tif, contours.tif, segcolor.tif, classes.tif, label.tif, nuclei.csv and
// params.json (the CLI contract).
#include "CliProgressBar.h"
#include "Commands.h"
#include "InputVolumes.h"
#include "OutputFolder.h"
#include "ParameterOptions.h"

#include "io/TiffVolumeIO.h"
#include "pipeline/AnalysisSettings.h"
#include "postprocess/Stage5.h"

#include <cstdio>

namespace nuclei3d::cli {
namespace {

struct PostprocessOptions {
    std::string seg;
    std::string shape;
    std::string image;
    std::string outDir;
};

int runPostprocess(const PostprocessOptions& o, const ParameterOptions& params,
                   const VoxelSizeOption& voxelSize, const CommandContext& context) {
    ParameterSet parameters = params.resolve(context.threads);
    const PostprocessSettings settings = postprocessSettingsFrom(parameters);
    validate(settings);

    // Every input is checked against the probability map before any long work starts.
    const VolumeFileInfo info = readVolumeInfo(o.seg);
    if (!o.shape.empty())
        requireSameShape(o.shape, o.seg, info.shape);
    if (!o.image.empty())
        requireSameShape(o.image, o.seg, info.shape);
    const Spacing spacing = voxelSize.resolve(info.spacing, o.seg);

    CliProgressBar bar;
    const Progress progress(&bar, context.cancel);
    Volume<float> probability = readMapVolume(o.seg, spacing, progress.sub(0.0, 0.05));
    requireNotConstant(probability, o.seg);
    OutputFolder out(o.outDir, context.cancel);
    NucleiInputs inputs;
    if (!o.shape.empty())
        inputs.shapeMap = [&o, &spacing] { return readMapVolume(o.shape, spacing); };
    if (!o.image.empty())
        inputs.image = [&o, &spacing] { return readIntensityVolume(o.image, spacing); };
    const NucleiDescription result =
        runStage5(std::move(probability), inputs, settings, out, progress.sub(0.05, 1.0));
    out.writeMeasurements("nuclei.csv", result.nuclei);
    out.writeParameters("params.json", parameters);
    out.commit();
    bar.finish();

    std::printf("stage 5: %zu nuclei in %s (%s voxels, x y z)\n", result.nuclei.size(), o.seg.c_str(),
                shapeText(info.shape).c_str());
    std::vector<std::size_t> perClass(result.classification.names.size(), 0);
    for (const NucleusMeasurement& n : result.nuclei)
        if (n.id < result.classification.classOfLabel.size())
            ++perClass[result.classification.classOfLabel[n.id]];
    std::printf("  classes (%s):",
                result.classification.fromShapeMap ? "from the shape map" : "from the measured roundness");
    for (std::size_t c = 0; c < perClass.size(); ++c)
        std::printf("%s %s %zu", c ? "," : "", result.classification.names[c].c_str(), perClass[c]);
    std::printf("\n");
    std::printf("%s\n", thresholdReport(result.threshold, result.calibration).c_str());
    if (spacing.known)
        std::printf("  voxel size %g x %g x %g um (x y z)\n", spacing.x, spacing.y, spacing.z);
    out.printWritten();
    if (result.nuclei.empty())
        std::fprintf(stderr, "warning: no nuclei were found above the threshold %g\n", result.threshold);
    return 0;
}

} // namespace

Command addPostprocessCommand(CLI::App& app) {
    auto options = std::make_shared<PostprocessOptions>();
    CLI::App* command = app.add_subcommand(
        "postprocess",
        "Stage 5: instance labels, contours, colours, shape classes and I_label from a probability map");
    command->add_option("--seg", options->seg, "Nucleus probability map I_seg (float 0..1, or 8/16-bit)")
        ->required()
        ->type_name("SEG.tif");
    command
        ->add_option("--shape", options->shape,
                     "Shape map I_shape (float 0..1, or 8/16-bit); without it, classes "
                     "come from each nucleus's measured roundness")
        ->type_name("SHAPE.tif");
    command
        ->add_option("--image", options->image,
                     "The microscopy volume: intensity columns and I_label background")
        ->type_name("IMAGE.tif");
    command->add_option("--out", options->outDir, "Output folder (created if missing)")
        ->required()
        ->type_name("DIR");
    auto voxelSize = std::make_shared<VoxelSizeOption>(*command);
    auto params = std::make_shared<ParameterOptions>(*command, std::vector<std::string>{"postprocess"});
    return {command, [options, params, voxelSize](const CommandContext& context) {
                return runPostprocess(*options, *params, *voxelSize, context);
            }};
}

} // namespace nuclei3d::cli
