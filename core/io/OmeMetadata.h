#pragma once
// Reads the few facts Nuclei3D needs from OME-XML (the ImageDescription of an OME-TIFF): the voxel
// size and whether the image has several channels, time points or series. Not a general XML parser.
#include <cstddef>
#include <optional>
#include <string>

namespace nuclei3d {

struct OmePixels {
    bool present = false;       ///< an OME <Pixels> element was found
    std::size_t imageCount = 0; ///< number of <Pixels> elements (one per series)
    std::size_t sizeC = 1;
    std::size_t sizeT = 1;
    std::size_t sizeZ = 1;
    std::optional<double> physicalSizeX; ///< in the matching unit below
    std::optional<double> physicalSizeY;
    std::optional<double> physicalSizeZ;
    std::string unitX = "\xc2\xb5m"; ///< OME's default unit is the micrometre
    std::string unitY = "\xc2\xb5m";
    std::string unitZ = "\xc2\xb5m";
};

/// Describes the first image of an OME-XML document; `present` is false for any other text.
OmePixels parseOmePixels(const std::string& xml);

} // namespace nuclei3d
