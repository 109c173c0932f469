#pragma once
// Decides the voxel size of a TIFF stack from the metadata it may carry, in this order: OME-XML
// PhysicalSize*, then ImageJ's unit and spacing with the X/YResolution tags, then a ResolutionUnit of
// centimetre or inch. With none of these the spacing is unknown (1, 1, 1 and known = false).
#include "io/ImageJMetadata.h"
#include "io/OmeMetadata.h"
#include "volume/Spacing.h"

#include <cstdint>
#include <optional>

namespace nuclei3d {

/// The TIFF resolution tags as stored: pixels per resolution unit.
struct TiffResolution {
    std::optional<double> x;
    std::optional<double> y;
    std::uint16_t unit = 0; ///< the ResolutionUnit tag (1 none, 2 inch, 3 centimetre); 0 when absent
};

Spacing spacingFromMetadata(const OmePixels& ome, const ImageJDescription& imagej,
                            const TiffResolution& resolution);

} // namespace nuclei3d
