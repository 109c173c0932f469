#include "OutputFolder.h"

#include <cstdio>

namespace nuclei3d::cli {

OutputFolder::OutputFolder(const std::string& dir, const CancelToken* cancel)
    : ResultFolder(std::filesystem::path(dir), Progress(nullptr, cancel)) {}

void OutputFolder::printWritten() const {
    for (const std::filesystem::path& file : written())
        std::printf("  wrote %s\n", file.string().c_str());
}

} // namespace nuclei3d::cli
