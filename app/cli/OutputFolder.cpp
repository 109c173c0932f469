#include "OutputFolder.h"

#include "io/TiffVolumeIO.h"
#include "postprocess/MeasurementsCsv.h"

#include <algorithm>
#include <cstdio>
#include <limits>

namespace nuclei3d::cli {
namespace fs = std::filesystem;

OutputFolder::OutputFolder(const std::string& dir, const CancelToken* cancel)
    : m_staged(fs::path(dir)), m_cancel(cancel) {}

void OutputFolder::writeVolume(const std::string& name, const AnyVolume& volume) {
    nuclei3d::writeVolume(m_staged.stagedPath(name), volume, {}, Progress(nullptr, m_cancel));
}

void OutputFolder::writeLabels(const std::string& name, const Volume<std::uint32_t>& labels) {
    writeVolume(name, narrowestLabels(labels));
}

void OutputFolder::writeMeasurements(const std::string& name, const std::vector<NucleusMeasurement>& nuclei) {
    writeMeasurementsCsv(m_staged.stagedPath(name), nuclei);
}

void OutputFolder::writeParameters(const std::string& name, const ParameterSet& parameters) {
    parameters.save(m_staged.stagedPath(name));
}

void OutputFolder::commit() {
    Progress(nullptr, m_cancel).checkCancelled();
    m_written = m_staged.commit();
}

void OutputFolder::printWritten() const {
    for (const fs::path& file : m_written)
        std::printf("  wrote %s\n", file.string().c_str());
}

} // namespace nuclei3d::cli
