// nuclei3d-cli: the headless front end of Nuclei3D (batch and cluster use). Same core, same
// parameters, same results as the window.
#include "Commands.h"
#include "ParameterOptions.h"
#include "UnetForwarding.h"

#include "Version.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdio>
#include <exception>

namespace {

nuclei3d::CancelToken g_cancel;

extern "C" void onInterrupt(int) {
    // Only a lock-free atomic store here: the work notices at its next progress check, stops,
    // and removes its temporary files, so Ctrl-C never leaves half-written results.
    g_cancel.cancel();
}

} // namespace

int main(int argc, char** argv) {
    using namespace nuclei3d;
    CLI::App app{"Nuclei3D: find, outline and classify cell nuclei in 3D fluorescence microscopy volumes.",
                 "nuclei3d-cli"};
    app.set_version_flag("--version", std::string("nuclei3d-cli ") + kVersion);
    app.require_subcommand(1);
    app.get_formatter()->column_width(42);
    cli::CommandContext context;
    context.cancel = &g_cancel;
    cli::addGeneralOptions(app, context.threads);

    std::vector<cli::Command> commands{cli::addSynthCommand(app),       cli::addInfoCommand(app),
                                       cli::addClassicCommand(app),     cli::addPostprocessCommand(app),
                                       cli::addEvaluateCommand(app),    cli::addBenchCommand(app)};
#ifdef NUCLEI3D_CLI_UNET
    for (auto add : {cli::addPairsCommand, cli::addTrainUnetCommand, cli::addSegmentCommand, cli::addRunCommand,
                     cli::addTrainGanCommand})
        commands.push_back(add(app));
#else
    // The U-Net commands run in nuclei3d-cli-unet, which loads LibTorch (see UnetForwarding.h).
    if (cli::isUnetCommandLine(argc, argv))
        return cli::runUnetExecutable(argc, argv);
    cli::addForwardedUnetCommands(app);
#endif

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }

    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    setThreadCount(context.threads);
    try {
        for (const auto& command : commands)
            if (command.parser->parsed())
                return command.run(context);
    } catch (const Cancelled&) {
        std::fprintf(stderr, "\ncancelled: nothing was left half-written\n");
        return 130;
    } catch (const Error& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
    } catch (const std::bad_alloc&) {
        std::fprintf(stderr, "error: out of memory (the volume is too large for this machine)\n");
        return 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
    return 1;
}
