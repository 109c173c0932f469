#pragma once
// The nucleus measurements as a CSV table: one header row whose column names carry their units,
// then one row per nucleus. Decimal point always '.', whatever the locale; fields with a comma,
// quote or line break (class names) are quoted as RFC 4180 says.
#include "postprocess/Measurements.h"

#include <filesystem>
#include <string>
#include <vector>

namespace nuclei3d {

/// The header row's column names, in order (without the line break).
const std::vector<std::string>& measurementsCsvColumns();

/// The whole table as text, '\n' line ends. Intensity cells are empty for nuclei measured
/// without an intensity volume; touches_border is 1 or 0.
std::string measurementsCsv(const std::vector<NucleusMeasurement>& nuclei);

/// Writes measurementsCsv(nuclei) atomically (the file is complete or absent); throws FileError.
void writeMeasurementsCsv(const std::filesystem::path& file, const std::vector<NucleusMeasurement>& nuclei);

} // namespace nuclei3d
