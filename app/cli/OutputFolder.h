#pragma once
// The result folder of an analysis command (DIR of --out). Files are staged and appear together on
// commit(), so a failed or cancelled run leaves DIR as it was (io/StagedOutputFolder.h), and the
// command can list what it wrote. Writes check the cancel token only (no progress of their own):
// they are quick next to the computation, and a bar that jumps back for each file would be noise.
#include "io/StagedOutputFolder.h"
#include "pipeline/ParameterSet.h"
#include "pipeline/Progress.h"
#include "postprocess/Measurements.h"
#include "volume/AnyVolume.h"

#include <filesystem>
#include <string>
#include <vector>

namespace nuclei3d::cli {

class OutputFolder {
  public:
    /// Creates the folder (and its parents); throws FileError naming it when that fails.
    OutputFolder(const std::string& dir, const CancelToken* cancel);

    void writeVolume(const std::string& name, const AnyVolume& volume);
    /// Labels as uint16 when the largest id fits (half the file), otherwise uint32.
    void writeLabels(const std::string& name, const Volume<std::uint32_t>& labels);
    void writeMeasurements(const std::string& name, const std::vector<NucleusMeasurement>& nuclei);
    void writeParameters(const std::string& name, const ParameterSet& parameters);

    /// Moves every file into DIR together.
    void commit();
    /// "  wrote PATH" for every file, in the order written (after commit()).
    void printWritten() const;

  private:
    StagedOutputFolder m_staged;
    const CancelToken* m_cancel;
    std::vector<std::filesystem::path> m_written;
};

} // namespace nuclei3d::cli
