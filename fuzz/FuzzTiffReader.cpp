// libFuzzer target: the TIFF volume reader (core/io). Any input must end in a volume or in a
// nuclei3d::Error; a crash, a sanitizer report, a leak or a huge allocation is a finding.
#include "FuzzInputFile.h"
#include "io/TiffVolumeIO.h"
#include "pipeline/Error.h"

#include <tiffio.h>

namespace {

const std::filesystem::path& inputFile() {
    static const std::filesystem::path file = nuclei3d::fuzz::scratchFile(".tif");
    return file;
}

void silenceLibtiff() {
    // libtiff prints a warning for every odd tag; that output would drown libFuzzer's.
    TIFFSetWarningHandler(nullptr);
    TIFFSetErrorHandler(nullptr);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const bool silenced = (silenceLibtiff(), true);
    (void)silenced;
    nuclei3d::fuzz::writeInput(inputFile(), data, size);
    try {
        const nuclei3d::VolumeFileInfo info = nuclei3d::readVolumeInfo(inputFile());
        (void)info;
        const nuclei3d::AnyVolume volume = nuclei3d::readVolume(inputFile());
        (void)volume;
    } catch (const nuclei3d::Error&) {
    }
    try {
        const auto labels = nuclei3d::readLabelVolume(inputFile());
        (void)labels;
    } catch (const nuclei3d::Error&) {
    }
    return 0;
}
