#pragma once
// Reads and writes the ImageJ ImageDescription ("ImageJ=1.11a\nimages=..\nslices=..\nunit=..\n
// spacing=..\n"), which Fiji, tifffile and napari use for the z step and the length unit of a stack.
#include "volume/Spacing.h"

#include <cstddef>
#include <optional>
#include <string>

namespace nuclei3d {

struct ImageJDescription {
    bool present = false;   ///< the description starts with "ImageJ="
    std::size_t images = 0; ///< 0 when not given
    std::size_t channels = 1;
    std::size_t slices = 0;
    std::size_t frames = 1;
    std::optional<double> spacing; ///< z step in `zunit` (or `unit`)
    std::string unit;              ///< x (and, unless given separately, y and z) unit
    std::string yunit;
    std::string zunit;
};

/// Parses an ImageDescription; `present` is false when it is not ImageJ's.
ImageJDescription parseImageJDescription(const std::string& text);

/// The description Nuclei3D writes: `slices` pages, unit and z spacing when the spacing is known,
/// and the display range when one is given (so Fiji shows 16-bit and float data sensibly).
std::string formatImageJDescription(std::size_t slices, const Spacing& spacing,
                                    std::optional<double> displayMin, std::optional<double> displayMax);

} // namespace nuclei3d
