#pragma once
// The stage-5 measurements of the nuclei of one labels layer, looked up by id for the hover
// read-out: from the measurements a job just made, or from the nuclei.csv a run wrote beside its
// labels (postprocess/MeasurementsCsv.h is the format).
//
// Threads: built on any thread, then shared immutable (const methods only).
#include "postprocess/Measurements.h"

#include <QString>

#include <cstdint>
#include <filesystem>
#include <vector>

namespace nuclei3d::ui {

class NucleusTable {
  public:
    NucleusTable() = default;
    explicit NucleusTable(std::vector<NucleusMeasurement> nuclei);

    /// Reads a nuclei.csv; FileError naming the file when it cannot be read, lacks a needed column
    /// or holds a row that is not numbers where numbers belong.
    static NucleusTable readCsv(const std::filesystem::path& file);

    /// Null when the id has no row.
    const NucleusMeasurement* find(std::uint32_t id) const;
    std::size_t size() const { return m_nuclei.size(); }

  private:
    std::vector<NucleusMeasurement> m_nuclei; // sorted by id
};

/// "523.4 um^3, diameter 10.0 um, roundness 0.81, class elongated" for the status bar.
QString describeMeasurement(const NucleusMeasurement& nucleus);

} // namespace nuclei3d::ui
