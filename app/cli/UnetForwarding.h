#pragma once
// nuclei3d-cli stays free of LibTorch: loading it costs every start about 2 s and 160 MB (measured
// on the 2-core test machine), even for --version, info or classic. The commands that run a
// network (pairs, train-unet, segment, run, train-gan, bench unet) live in nuclei3d-cli-unet, the same CLI
// linked with LibTorch, installed next to it; nuclei3d-cli hands those command lines over to it
// unchanged (exec on POSIX, so signals and the exit status are the helper's own).
#include <CLI/CLI.hpp>

namespace nuclei3d::cli {

struct UnetCommandInfo {
    const char* name;
    const char* description;
};

/// The commands that need LibTorch (the U-Nets and train-gan) with their one-line descriptions (shared by both executables' help).
extern const UnetCommandInfo kUnetCommands[5];

/// True when the command line's command is one of kUnetCommands or `bench unet`.
bool isUnetCommandLine(int argc, char** argv);

/// Declares the network commands in `app` by name and description only, so that its help lists them:
/// their command lines are handed to nuclei3d-cli-unet before `app` parses anything.
void addForwardedUnetCommands(CLI::App& app);

/// Replaces this process with nuclei3d-cli-unet on the same arguments; returns only on failure
/// (after printing why), with exit status 1.
int runUnetExecutable(int argc, char** argv);

} // namespace nuclei3d::cli
