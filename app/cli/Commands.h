#pragma once
// Each subcommand of nuclei3d-cli registers itself on the app and returns the function that runs
// it after parsing. Runners return the process exit code and throw nuclei3d::Error on user errors.
#include "pipeline/Progress.h"

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>

namespace nuclei3d::cli {

struct CommandContext {
    CancelToken* cancel = nullptr; ///< set by Ctrl-C
    int threads = 0;               ///< --threads
};

using CommandRunner = std::function<int(const CommandContext&)>;

struct Command {
    CLI::App* parser = nullptr; ///< the subcommand, to ask whether it was given
    CommandRunner run;
};

Command addSynthCommand(CLI::App& app);
Command addInfoCommand(CLI::App& app);
Command addBenchCommand(CLI::App& app);
Command addClassicCommand(CLI::App& app);
Command addPostprocessCommand(CLI::App& app);
Command addEvaluateCommand(CLI::App& app);
Command addPairsCommand(CLI::App& app);
Command addTrainUnetCommand(CLI::App& app);
Command addSegmentCommand(CLI::App& app);
Command addRunCommand(CLI::App& app);
/// train-gan (stage 2) links LibTorch: it runs in nuclei3d-cli-unet, nuclei3d-cli hands it over.
Command addTrainGanCommand(CLI::App& app);

} // namespace nuclei3d::cli
