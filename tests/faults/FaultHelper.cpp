// A small program the fault tests run in a child process, so that a fault can hit it where it
// would hit a user: a file-size limit during a write, or kill -9 in the middle of training.
//   fault_helper write-volume FILE EDGE       writes an EDGE^3 uint16 volume to FILE
//   fault_helper write-text FILE BYTES        writes BYTES bytes of text to FILE (atomically)
//   fault_helper train FOLDER STEPS           trains the tiny test U-Net into FOLDER, printing
//                                             "step N" on stdout as each step starts
// Exit code 0 on success; 1 with the error message on stderr otherwise.
#include "io/AtomicFile.h"
#include "io/TiffVolumeIO.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"
#include "unet/UnetTraining.h"

#include "../core/unet/UnetTestSupport.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

using namespace nuclei3d;

namespace {

/// Prints the step text of every progress report at once, so the test sees where training is.
class StepPrinter : public ProgressSink {
public:
    bool update(double, const std::string& step) override {
        std::printf("%s\n", step.c_str());
        std::fflush(stdout);
        return true;
    }
};

int writeVolumeCommand(const std::string& file, std::size_t edge) {
    Volume<std::uint16_t> volume(Shape{edge, edge, edge});
    for (std::size_t i = 0; i < volume.voxelCount(); ++i)
        volume.data()[i] = static_cast<std::uint16_t>(i * 7919u);
    writeVolume(file, volume);
    return 0;
}

int writeTextCommand(const std::string& file, std::size_t bytes) {
    writeTextFileAtomically(file, std::string(bytes, 'x'));
    return 0;
}

int trainCommand(const std::string& folder, std::int64_t steps) {
    // One thread: the uninterrupted and the resumed run must add up floats in the same order.
    setThreadCount(1);
    UnetTrainSettings settings = test::tinyTraining(steps);
    StepPrinter printer;
    const UnetTrainResult result =
        trainUnet(test::tinyPairs(), settings, folder, "{}", Progress(&printer, nullptr));
    std::printf("finished %lld\n", static_cast<long long>(result.steps));
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: fault_helper write-volume FILE EDGE | write-text FILE BYTES | train FOLDER STEPS\n";
        return 2;
    }
    const std::string command = argv[1];
    const unsigned long long number = std::strtoull(argv[3], nullptr, 10);
    try {
        if (command == "write-volume")
            return writeVolumeCommand(argv[2], static_cast<std::size_t>(number));
        if (command == "write-text")
            return writeTextCommand(argv[2], static_cast<std::size_t>(number));
        if (command == "train")
            return trainCommand(argv[2], static_cast<std::int64_t>(number));
    } catch (const std::exception& e) {
        std::cerr << e.what() << '\n';
        return 1;
    }
    std::cerr << "fault_helper: unknown command " << command << '\n';
    return 2;
}
