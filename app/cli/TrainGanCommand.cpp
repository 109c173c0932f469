// nuclei3d-cli train-gan: trains the Recycle-GAN of METHOD.md stage 2 (or one of its ablations)
// between blurred synthetic binary volumes shaped like the real volume(s) and random crops of the
// real volume(s), then shows the realism check. Ctrl-C stops after the current step and keeps a
// checkpoint; running the same command again resumes from it.
#include "CliProgressBar.h"
#include "Commands.h"
#include "GanDomainText.h"
#include "InputVolumes.h"
#include "ParameterOptions.h"
#include "UnetForwarding.h"

#include "gan/GanGenerator.h"
#include "gan/GanRealismCheck.h"
#include "gan/GanTraining.h"
#include "io/AtomicFile.h"
#include "io/TiffVolumeIO.h"
#include "pipeline/Error.h"
#include "pipeline/StageSettings.h"
#include "run/ShapedSynthesis.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>

namespace nuclei3d::cli {
namespace {

struct TrainGanOptions {
    std::vector<std::string> real;
    std::string outDir;
};

void requireFinite(const Volume<float>& image, const std::string& file) {
    for (std::size_t i = 0; i < image.voxelCount(); ++i)
        if (!std::isfinite(image[i]))
            throw FileError(file, "holds NaN or infinite voxels; the GAN cannot learn from them");
}

int runTrainGan(const TrainGanOptions& o, const ParameterOptions& params, const VoxelSizeOption& voxelSize,
                const CommandContext& context) {
    ParameterSet parameters = params.resolve(context.threads);
    if (parameters.text("gan.mode") == "nogan")
        throw Error("train-gan: --mode nogan uses the synthetic microscope and trains nothing; pick a GAN mode");

    CliProgressBar bar;
    const Progress progress(&bar, context.cancel);
    std::vector<GanRealVolume> real;
    for (std::size_t i = 0; i < o.real.size(); ++i) {
        const std::string& file = o.real[i];
        const Progress reading = progress.sub(0.02 * double(i) / double(o.real.size()),
                                              0.02 * double(i + 1) / double(o.real.size()));
        Volume<float> image = readIntensityVolume(file, voxelSize.resolve(readVolumeInfo(file).spacing, file), reading);
        requireFinite(image, file);
        requireNotConstant(image, file);
        real.push_back({file, std::move(image)});
    }
    // Domain A is shaped like the first real volume: its voxel size, and nuclei of its estimated
    // size and density (what the user set explicitly is kept).
    shapeSynthesisLike(parameters, real.front().image, true,
                       [&params](const std::string& name) { return params.chosenByUser(name); }, progress.sub(0.02, 0.03));
    const GanTrainSettings settings = ganTrainSettingsFrom(parameters);
    validate(settings);
    const SynthSettings synth = synthSettingsFrom(parameters);
    validate(synth);
    const std::filesystem::path out(o.outDir);
    const bool resuming = std::filesystem::exists(ganCheckpointFile(out));

    const auto start = std::chrono::steady_clock::now();
    GanTrainResult result;
    try {
        std::error_code ec;
        std::filesystem::create_directories(out, ec);
        if (ec)
            throw FileError(out, "cannot create the folder: " + ec.message());
        parameters.save(out / "params.json");
        result = trainGan(real, settings, synth, out, parameters.toJson(), progress.sub(0.03, 0.95));
    } catch (const Cancelled&) {
        bar.finish();
        if (std::filesystem::exists(ganCheckpointFile(out)))
            std::fprintf(stderr, "stopped: the checkpoint %s holds the last finished step; run the same command "
                                 "again to resume\n",
                         ganCheckpointFile(out).string().c_str());
        else
            std::fprintf(stderr, "stopped before the first checkpoint: nothing to keep\n");
        return 130;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    GanGenerator generator = GanGenerator::load(ganGeneratorFile(out));
    const GanRealismReport realism = checkGanRealism(generator, real, settings, synth, progress.sub(0.95, 1.0));
    writeTextFileAtomically(out / "realism.json", realismJson(realism));
    bar.finish();

    std::printf("trained %s (slices %d^2, S = %d, width %d, %d residual blocks) on %zu real volume(s): %lld steps%s "
                "in %.1f s\n",
                ganModeName(settings.net.mode), settings.net.sliceSize, settings.net.predictorSlices,
                settings.net.generatorFilters, settings.net.generatorBlocks, real.size(),
                static_cast<long long>(result.steps), resuming ? " (resumed)" : "", seconds);
    std::printf("  domain A: %d synthetic volumes, %s\n", settings.syntheticVolumes,
                ganDomainDensityText(ganDomainSynthSettings(synth, settings)).c_str());
    if (result.stepsThisRun > 0)
        std::printf("  last losses: generator %.4f, discriminators %.4f\n", result.generatorLoss,
                    result.discriminatorLoss);
    std::printf("  realism against the real volume(s) (0 = identical):\n");
    std::printf("    I_syn (G1 output):  histogram distance %.3f, power spectrum distance %.3f\n",
                realism.synthetic.histogramDistance, realism.synthetic.spectrumDistance);
    std::printf("    blurred I_binary:   histogram distance %.3f, power spectrum distance %.3f\n",
                realism.blurred.histogramDistance, realism.blurred.spectrumDistance);
    for (const auto& file : {ganGeneratorFile(out), ganCheckpointFile(out), ganLossLogFile(out), out / "realism.json",
                             out / "params.json"})
        std::printf("  wrote %s\n", file.string().c_str());
    std::printf("  samples in %s\n", ganSampleFolder(out).string().c_str());
    return 0;
}

} // namespace

Command addTrainGanCommand(CLI::App& app) {
    auto options = std::make_shared<TrainGanOptions>();
    CLI::App* command = app.add_subcommand(kUnetCommands[4].name, kUnetCommands[4].description);
    command->add_option("--real", options->real, "Real volume(s): domain B (random crops of each)")
        ->required()
        ->check(CLI::ExistingFile)
        ->type_name("IMAGE.tif...");
    command
        ->add_option("--out", options->outDir,
                     "GAN folder: generator.pt, checkpoint.pt, loss.csv, samples/, realism.json (a folder with a "
                     "checkpoint is resumed)")
        ->required()
        ->type_name("GAN_DIR");
    auto voxelSize = std::make_shared<VoxelSizeOption>(*command);
    auto params = std::make_shared<ParameterOptions>(
        *command, std::vector<std::string>{"gan", "synth", "inference"},
        std::map<std::string, std::string>{{"gan.mode", "--mode"}, {"gan.steps", "--steps"}});
    return {command, [options, params, voxelSize](const CommandContext& context) {
                return runTrainGan(*options, *params, *voxelSize, context);
            }};
}

} // namespace nuclei3d::cli
