// nuclei3d-cli pairs: training pairs for the U-Nets (METHOD.md stage 3) from the non-GAN synthetic
// microscope, optionally shaped like a real volume (its voxel size, nucleus size and density).
#include "CliProgressBar.h"
#include "Commands.h"
#include "InputVolumes.h"
#include "ParameterOptions.h"
#include "UnetForwarding.h"

#include "gan/GanPairs.h"
#include "io/TiffVolumeIO.h"
#include "run/ShapedSynthesis.h"
#include "synth/TrainingPairs.h"

#include <cstdio>

namespace nuclei3d::cli {
namespace {

struct PairsOptions {
    std::string outDir;
    std::string like;
    std::string gan; ///< GAN folder (train-gan): its G1 makes the input instead of the microscope
    bool noSizeEstimate = false;
};

int runPairs(const PairsOptions& o, const ParameterOptions& params, const VoxelSizeOption& voxelSize,
             const CommandContext& context) {
    ParameterSet parameters = params.resolve(context.threads);
    CliProgressBar bar;
    const Progress progress(&bar, context.cancel);
    SynthesisShape shaped;
    if (!o.like.empty()) {
        const VolumeFileInfo info = readVolumeInfo(o.like);
        const Spacing spacing = voxelSize.resolve(info.spacing, o.like);
        Volume<float> image = readIntensityVolume(o.like, spacing, progress.sub(0.0, 0.02));
        requireNotConstant(image, o.like);
        shaped = shapeSynthesisLike(parameters, image, !o.noSizeEstimate,
                                    [&params](const std::string& name) { return params.chosenByUser(name); },
                                    progress.sub(0.02, 0.05));
    }
    const PairSettings settings = pairSettingsFrom(parameters);
    validate(settings.synth);
    std::size_t count = 0;
    std::string input = "non-GAN microscope";
    if (!o.gan.empty()) {
        GanGenerator generator = GanGenerator::load(o.gan);
        count = writeGanTrainingPairs(o.outDir, settings, generator, o.gan, parameters, progress.sub(0.05, 1.0));
        input = ganPairsInput(generator.config().mode, o.gan, settings);
    } else {
        count = writeTrainingPairs(o.outDir, settings, parameters, progress.sub(0.05, 1.0));
    }
    bar.finish();
    if (shaped.estimated) {
        std::printf("nucleus size estimated from %s: radius %.3g um (median of %zu regions), %.3g times taller "
                    "along z than across (synthetic nuclei stretched %.3g times)\n",
                    o.like.c_str(), shaped.radiusUm, shaped.nucleiSeen, shaped.measuredElongation,
                    shaped.axialElongation);
        std::printf("background at %.3g of the nuclei's level, noise %.3g (normalised) -> synthetic microscope "
                    "background %.3g, %.3g photons at full scale\n",
                    shaped.background.level, shaped.background.noise, shaped.microscopeBackground, shaped.microscopePhotons);
    }
    std::printf("%zu training pairs of %zu^3 voxels from %zu synthetic volumes of %zu^3 (%s)\n", count,
                settings.cropSize, settings.volumes, settings.volumeSize, input.c_str());
    std::printf("  nuclei: semi-axes %g-%g um, %s\n", settings.synth.radiusMin, settings.synth.radiusMax,
                settings.synth.count ? (std::to_string(settings.synth.count) + " per volume").c_str()
                                     : ("foreground fraction " + std::to_string(settings.synth.foregroundFraction)).c_str());
    std::printf("  wrote %s/pairs.json and the pairs' TIFFs\n", o.outDir.c_str());
    return 0;
}

} // namespace

Command addPairsCommand(CLI::App& app) {
    auto options = std::make_shared<PairsOptions>();
    CLI::App* command = app.add_subcommand(kUnetCommands[0].name, kUnetCommands[0].description);
    command->add_option("--out", options->outDir, "Output folder (created if missing)")->required()->type_name("DIR");
    command
        ->add_option("--like", options->like,
                     "Shape the synthesis like a real volume: its voxel size, and nuclei of its estimated size and density")
        ->check(CLI::ExistingFile)
        ->type_name("IMAGE.tif");
    command
        ->add_option("--gan", options->gan,
                     "Input made by the GAN of this folder (train-gan); the microscope's for pairs.microscope_share "
                     "of the volumes")
        ->check(CLI::ExistingDirectory)
        ->type_name("GAN_DIR");
    command->add_flag("--no-size-estimate", options->noSizeEstimate,
                      "With --like: take the nucleus size and density from synth.* instead of estimating them");
    auto voxelSize = std::make_shared<VoxelSizeOption>(*command);
    auto params = std::make_shared<ParameterOptions>(
        *command, std::vector<std::string>{"pairs", "synth", "microscope"},
        std::map<std::string, std::string>{{"pairs.volumes", "--count"}});
    return {command, [options, params, voxelSize](const CommandContext& context) {
                return runPairs(*options, *params, *voxelSize, context);
            }};
}

} // namespace nuclei3d::cli
