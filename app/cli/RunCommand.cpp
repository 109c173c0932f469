// nuclei3d-cli run: the whole pipeline on one real volume with no annotation (core/run/
// WholePipeline.h): synthesis shaped like the image, the GAN trained on the image (--synth, the
// contract's name for gan.mode; nogan uses the synthetic microscope), training pairs, M1 and M2,
// inference, stage 5, and stage 6 with --gt; --gan uses a finished GAN instead of training one.
// Every intermediate is written to DIR; running again into DIR resumes.
#include "CliProgressBar.h"
#include "Commands.h"
#include "GanDomainText.h"
#include "InputVolumes.h"
#include "ParameterOptions.h"
#include "UnetForwarding.h"

#include "io/TiffVolumeIO.h"
#include "pipeline/Error.h"
#include "pipeline/ParameterPresets.h"
#include "pipeline/ParameterSchema.h"
#include "run/ForegroundAgreement.h"
#include "run/WholePipeline.h"
#include "synth/TrainingPairs.h"
#include "unet/ComputeBackend.h"

#include <cstdio>

namespace nuclei3d::cli {
namespace {

const std::vector<std::string> kRunStages{"synth", "gan", "microscope", "pairs", "unet", "inference", "postprocess",
                                          "evaluate"};

struct RunOptions {
    std::string image;
    std::string outDir;
    std::string gt;
    std::string gan; ///< a finished GAN's folder: used instead of training one
    bool noSizeEstimate = false;
};

int runRun(const RunOptions& o, const ParameterOptions& params, const VoxelSizeOption& voxelSize,
           const CommandContext& context) {
    WholePipelineSettings settings;
    settings.parameters = params.resolve(context.threads);
    settings.image = o.image;
    settings.outDir = o.outDir;
    settings.groundTruth = o.gt;
    settings.estimateNucleusSize = !o.noSizeEstimate;
    settings.ganFolder = o.gan;
    if (!networksRunOnGpu() && takesHoursOnACpu(settings.parameters, o.gan.empty()))
        std::fprintf(stderr, "note: with these settings the networks train for an hour or more on a CPU; --preset cpu "
                             "is the recipe measured at minutes per volume (README, docs/ACCURACY.md)\n");
    const VolumeFileInfo info = readVolumeInfo(o.image);
    settings.voxelSize = voxelSize.resolve(info.spacing, o.image);
    for (const std::string& stage : kRunStages)
        for (const ParameterSpec* spec : ParameterSchema::instance().forStage(stage))
            if (params.chosenByUser(spec->name))
                settings.fixedParameters.push_back(spec->name);

    CliProgressBar bar;
    WholePipelineResult result;
    try {
        result = runWholePipeline(settings, Progress(&bar, context.cancel));
    } catch (const Cancelled&) {
        bar.finish();
        std::fprintf(stderr, "stopped: the training checkpoints in %s (gan/, m1/, m2/) are kept; run the same "
                             "command again to resume\n",
                     o.outDir.c_str());
        return 130;
    }
    bar.finish();

    const SynthesisShape& s = result.synthesis;
    std::printf("whole pipeline on %s (%s voxels, x y z)\n", o.image.c_str(), shapeText(result.shape).c_str());
    if (s.estimated) {
        std::printf("  nucleus size estimate: radius %.3g um (median of %zu regions) -> semi-axes %.3g-%.3g um, "
                    "foreground fraction %.3f, marker height h %.3g um, smallest nucleus %zu voxels; nuclei look "
                    "%.3g times taller along z than across (synthetic nuclei stretched %.3g times)\n",
                    s.radiusUm, s.nucleiSeen, s.radiusMinUm, s.radiusMaxUm, s.foregroundFraction, s.markerHeightUm,
                    s.minSizeVoxels, s.measuredElongation, s.axialElongation);
        std::printf("  background at %.3g of the nuclei's level, noise %.3g (normalised) -> synthetic microscope "
                    "background %.3g, %.3g photons at full scale\n",
                    s.background.level, s.background.noise, s.microscopeBackground, s.microscopePhotons);
    }
    if (result.pairInput == "nogan")
        std::printf("  training input: the non-GAN synthetic microscope (--synth nogan)\n");
    else if (!result.ganFolder.empty())
        std::printf("  training input: G1 of the %s GAN in %s (given with --gan, not trained here)\n",
                    result.pairInput.c_str(), result.ganFolder.string().c_str());
    else if (result.ganReused)
        std::printf("  training input: G1 of the %s GAN in %s/gan (finished earlier, reused)\n",
                    result.pairInput.c_str(), o.outDir.c_str());
    else
        std::printf("  training input: G1 of the %s GAN trained on the image in %s/gan: %lld steps in %.1f s "
                    "(domain A: %s)\n",
                    result.pairInput.c_str(), o.outDir.c_str(), static_cast<long long>(result.ganSteps),
                    result.ganSeconds, ganDomainDensityText(result.ganDomain).c_str());
    const PairSettings pairs = pairSettingsFrom(result.parameters);
    if (const std::size_t microscope = microscopeVolumeCount(pairs); result.pairInput != "nogan" && microscope > 0)
        std::printf("  the synthetic microscope's input for %zu of the %zu pair volumes (pairs.microscope_share "
                    "%.2f), G1's for the others\n",
                    microscope, pairs.volumes, pairs.microscopeShare);
    if (result.ganRealism && result.blurredRealism)
        std::printf("  realism against the image (0 = identical; %s/%s): I_syn histogram %.3f, spectrum "
                    "%.3f; blurred input histogram %.3f, spectrum %.3f\n",
                    o.outDir.c_str(), o.gan.empty() ? "gan/realism.json" : "gan_realism.json",
                    result.ganRealism->histogramDistance, result.ganRealism->spectrumDistance,
                    result.blurredRealism->histogramDistance, result.blurredRealism->spectrumDistance);
    std::printf("  %zu training pairs; M1 %lld steps (loss %.4f), M2 %lld steps (loss %.4f)\n",
                result.pairs, static_cast<long long>(result.segSteps), result.segLoss,
                static_cast<long long>(result.shapeSteps), result.shapeLoss);
    if (result.segAttempts.size() > 1) {
        std::printf("  M1 trained %zu times; foreground overlap of its I_seg with a plain Otsu threshold:",
                    result.segAttempts.size());
        const char* separator = " ";
        for (const WholePipelineResult::SegAttempt& attempt : result.segAttempts) {
            std::printf("%sseed %llu %.2f", separator, static_cast<unsigned long long>(attempt.seed),
                        attempt.foregroundAgreement);
            separator = ", ";
        }
        const std::vector<std::filesystem::path> used = result.usedSegFolders();
        std::printf(";%s", used.size() > 1 ? " I_seg is the mean of" : " using");
        for (std::size_t i = 0; i < used.size(); ++i)
            std::printf("%s%s", i ? ", " : " ", used[i].string().c_str());
        std::printf("\n");
    }
    std::printf("%s\n", thresholdReport(result.threshold, result.thresholdCalibration).c_str());
    std::printf("  %zu nuclei\n", result.nuclei);
    std::printf("  time: size estimate %.1f s, pairs %.1f s, M1 with its check %.1f s, M2 %.1f s, M2 inference + stage 5 %.1f s, "
                "writing%s %.1f s\n",
                result.seconds[0], result.seconds[1], result.seconds[2], result.seconds[3], result.seconds[4],
                result.evaluation ? " + evaluation" : "", result.seconds[5]);
    for (const auto& file : result.written)
        std::printf("  wrote %s\n", file.string().c_str());
    std::printf("  training pairs in %s/pairs, models in %s/m1 and %s/m2%s\n", o.outDir.c_str(), o.outDir.c_str(),
                o.outDir.c_str(),
                result.pairInput == "nogan" ? "" : (", GAN in " + (o.gan.empty() ? o.outDir + "/gan" : o.gan)).c_str());
    std::fprintf(result.foregroundAgreement < kSuspiciousForegroundAgreement ? stderr : stdout, "%s\n",
                 foregroundAgreementReport(result.foregroundAgreement).c_str());
    if (result.evaluation)
        std::printf("%s", result.evaluation->toTable().c_str());
    if (result.nuclei == 0)
        std::fprintf(stderr, "warning: no nuclei were found\n");
    return 0;
}

} // namespace

Command addRunCommand(CLI::App& app) {
    auto options = std::make_shared<RunOptions>();
    CLI::App* command = app.add_subcommand(kUnetCommands[3].name, kUnetCommands[3].description);
    command->add_option("image", options->image, "Microscopy volume (TIFF stack)")->required()->type_name("IMAGE.tif");
    command->add_option("--out", options->outDir, "Output folder for every intermediate and result")
        ->required()
        ->type_name("DIR");
    command->add_option("--gt", options->gt, "Ground-truth instance labels: evaluate the result (stage 6)")
        ->type_name("GT.tif");
    command->add_flag("--no-size-estimate", options->noSizeEstimate,
                      "Take the nucleus size and density from synth.* instead of estimating them from the image");
    command
        ->add_option("--gan", options->gan,
                     "Use the finished GAN of this folder (train-gan's --out, or an earlier run's DIR/gan) instead of "
                     "training one on the image: for the other volumes of a time series or of the same microscope. "
                     "Its gan.* parameters apply; its realism against the image goes to DIR/gan_realism.json")
        ->check(CLI::ExistingDirectory)
        ->type_name("GAN_DIR");
    auto voxelSize = std::make_shared<VoxelSizeOption>(*command);
    auto params = std::make_shared<ParameterOptions>(*command, kRunStages,
                                                     std::map<std::string, std::string>{{"gan.mode", "--synth"}});
    return {command, [options, params, voxelSize](const CommandContext& context) {
                return runRun(*options, *params, *voxelSize, context);
            }};
}

} // namespace nuclei3d::cli
