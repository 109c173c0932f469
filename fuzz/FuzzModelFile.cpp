// libFuzzer target: the U-Net model and checkpoint readers (core/unet UnetModel::load and
// loadCheckpointModel). Both must turn any file into a model or a FileError naming the file.
#include "FuzzInputFile.h"
#include "pipeline/Error.h"
#include "unet/UnetModel.h"
#include "unet/UnetTraining.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::filesystem::path file = nuclei3d::fuzz::scratchFile(".pt");
    nuclei3d::fuzz::writeInput(file, data, size);
    try {
        const nuclei3d::UnetModel model = nuclei3d::UnetModel::load(file);
        (void)model;
    } catch (const nuclei3d::FileError& e) {
        if (e.file() != file)
            __builtin_trap(); // the message must name the file the user gave
    }
    try {
        const nuclei3d::UnetModel model = nuclei3d::loadCheckpointModel(file);
        (void)model;
    } catch (const nuclei3d::FileError& e) {
        if (e.file() != file)
            __builtin_trap();
    }
    return 0;
}
