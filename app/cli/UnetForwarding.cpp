#include "UnetForwarding.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#ifdef _WIN32
#include <process.h>
#else
#include <unistd.h>
#endif

namespace nuclei3d::cli {
namespace {

#ifdef _WIN32
constexpr const char* kHelperName = "nuclei3d-cli-unet.exe";
#else
constexpr const char* kHelperName = "nuclei3d-cli-unet";
#endif

// The helper installed next to this executable; empty when that place is not known.
std::filesystem::path helperNextToUs(const char* argv0) {
    std::error_code ec;
    std::filesystem::path self = std::filesystem::canonical("/proc/self/exe", ec);
    if (ec && argv0 && std::strchr(argv0, '/'))
        self = std::filesystem::absolute(argv0, ec);
    if (ec || self.empty())
        return {};
    return self.parent_path() / kHelperName;
}

} // namespace

bool isUnetCommandLine(int argc, char** argv) {
    // The first two words that are not options (nor the value of --threads / -j) name the command.
    std::vector<std::string> words;
    for (int i = 1; i < argc && words.size() < 2; ++i) {
        const std::string arg = argv[i];
        if (arg == "--threads" || arg == "-j") {
            ++i;
            continue;
        }
        if (!arg.empty() && arg[0] == '-')
            continue;
        words.push_back(arg);
    }
    if (words.empty())
        return false;
    for (const UnetCommandInfo& command : kUnetCommands)
        if (words[0] == command.name)
            return true;
    return words[0] == "bench" && words.size() > 1 && words[1] == "unet";
}

void addForwardedUnetCommands(CLI::App& app) {
    for (const UnetCommandInfo& command : kUnetCommands)
        app.add_subcommand(command.name, command.description)->allow_extras();
}

int runUnetExecutable(int argc, char** argv) {
    std::vector<char*> args(argv, argv + argc);
    args.push_back(nullptr);
    const std::filesystem::path helper = helperNextToUs(argc > 0 ? argv[0] : nullptr);
#ifdef _WIN32
    const std::string program = helper.empty() ? std::string(kHelperName) : helper.string();
    args[0] = const_cast<char*>(program.c_str());
    const intptr_t status = _spawnvp(_P_WAIT, program.c_str(), args.data());
    if (status >= 0)
        return static_cast<int>(status);
#else
    if (!helper.empty() && std::filesystem::exists(helper)) {
        const std::string program = helper.string();
        args[0] = const_cast<char*>(program.c_str());
        execv(program.c_str(), args.data());
    } else {
        args[0] = const_cast<char*>(kHelperName);
        execvp(kHelperName, args.data());
    }
#endif
    std::fprintf(stderr,
                 "error: the U-Net commands need %s (nuclei3d-cli linked with LibTorch), which was not found next "
                 "to nuclei3d-cli or on PATH: %s\n",
                 kHelperName, std::strerror(errno));
    return 1;
}

} // namespace nuclei3d::cli
