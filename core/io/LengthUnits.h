#pragma once
// Converts the length units found in microscopy metadata (ImageJ "unit=", OME PhysicalSizeXUnit,
// TIFF ResolutionUnit) to micrometres, the one unit used inside Nuclei3D.
#include <optional>
#include <string>

namespace nuclei3d {

/// Micrometres per one of `unit`: "micron", "um", "µm" (UTF-8, Latin-1, "\u00B5m" as ImageJ escapes
/// it, or an XML character reference), "nm", "mm", "cm", "m", "Å", "inch", ... Case and blanks are
/// ignored. nullopt for "pixel", an empty unit or anything unknown, which all mean "not calibrated".
std::optional<double> micrometresPerUnit(const std::string& unit);

} // namespace nuclei3d
