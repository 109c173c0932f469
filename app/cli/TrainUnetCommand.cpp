// nuclei3d-cli train-unet: trains M1 (segmentation) or M2 (shape map) on a folder of training pairs
// (METHOD.md stage 3). Ctrl-C stops after the current step and keeps a checkpoint; running the same
// command again resumes from it.
#include "CliProgressBar.h"
#include "Commands.h"
#include "ParameterOptions.h"
#include "UnetForwarding.h"

#include "pipeline/Error.h"
#include "unet/UnetTraining.h"

#include <chrono>
#include <cstdio>
#include <filesystem>

namespace nuclei3d::cli {
namespace {

struct TrainOptions {
    std::string pairsDir;
    std::string task;
    std::string outDir;
};

int runTrain(const TrainOptions& o, const ParameterOptions& params, const CommandContext& context) {
    ParameterSet parameters = params.resolve(context.threads);
    UnetTrainSettings settings = unetTrainSettingsFrom(parameters, unetTaskFromName(o.task));
    const bool resuming = std::filesystem::exists(checkpointFile(o.outDir));

    CliProgressBar bar;
    const Progress progress(&bar, context.cancel);
    const std::vector<TrainingPair> pairs = loadTrainingPairs(o.pairsDir, progress.sub(0.0, 0.02));
    settings.pairVolumes = pairVolumes(o.pairsDir);
    const auto start = std::chrono::steady_clock::now();
    UnetTrainResult result;
    try {
        result = trainUnet(pairs, settings, o.outDir, parameters.toJson(), progress.sub(0.02, 1.0));
    } catch (const Cancelled&) {
        bar.finish();
        if (std::filesystem::exists(checkpointFile(o.outDir)))
            std::fprintf(stderr, "stopped: the checkpoint %s holds the last finished step; run the same command "
                                 "again to resume\n",
                         checkpointFile(o.outDir).string().c_str());
        else
            std::fprintf(stderr, "stopped before the first step finished: nothing to keep\n");
        return 130;
    }
    bar.finish();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("trained %s U-Net (depth %d, base width %d) on %zu pairs: %lld steps%s in %.1f s\n", o.task.c_str(),
                settings.net.depth, settings.net.baseFilters, pairs.size(), static_cast<long long>(result.steps),
                resuming ? " (resumed)" : "", seconds);
    std::printf("  last training loss %.4f", result.lastLoss);
    if (result.validationLoss >= 0.0)
        std::printf(", validation loss %.4f", result.validationLoss);
    std::printf("\n  wrote %s\n  wrote %s\n  wrote %s\n", modelFile(o.outDir).string().c_str(),
                checkpointFile(o.outDir).string().c_str(), lossLogFile(o.outDir).string().c_str());
    return 0;
}

} // namespace

Command addTrainUnetCommand(CLI::App& app) {
    auto options = std::make_shared<TrainOptions>();
    CLI::App* command = app.add_subcommand(kUnetCommands[1].name, kUnetCommands[1].description);
    command->add_option("--pairs", options->pairsDir, "Folder of training pairs (made by `pairs`)")
        ->required()
        ->check(CLI::ExistingDirectory)
        ->type_name("DIR");
    command->add_option("--task", options->task, "seg: M1, nucleus probability; shape: M2, shape map")
        ->required()
        ->check(CLI::IsMember({"seg", "shape"}))
        ->type_name("seg|shape");
    command
        ->add_option("--out", options->outDir,
                     "Model folder: model.pt, checkpoint.pt, loss.csv (a folder with a checkpoint is resumed)")
        ->required()
        ->type_name("MODEL_DIR");
    auto params = std::make_shared<ParameterOptions>(*command, std::vector<std::string>{"unet", "inference"},
                                                     std::map<std::string, std::string>{{"unet.steps", "--steps"}});
    return {command, [options, params](const CommandContext& context) { return runTrain(*options, *params, context); }};
}

} // namespace nuclei3d::cli
