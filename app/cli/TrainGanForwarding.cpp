// Recognises a train-gan command line in nuclei3d-cli, which hands it to nuclei3d-cli-unet (the
// GAN, like the U-Nets, needs LibTorch; see UnetForwarding.h). No LibTorch here.
#include "Commands.h"

#include <string>

namespace nuclei3d::cli {

bool isTrainGanCommandLine(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--threads") { // the global option's value is not a command
            ++i;
            continue;
        }
        if (!arg.empty() && arg[0] == '-')
            continue;
        return arg == "train-gan";
    }
    return false;
}

} // namespace nuclei3d::cli
