#pragma once
// Probability (I_seg) and shape (I_shape) maps arrive as whatever a tool wrote: float 0..1 from the
// networks, 8-bit 0..255 (stage 1's I_shapemarker, or a probability saved as an image) or 16-bit.
// Stage 5's thresholds are on the 0..1 scale, so integer maps are scaled by their type's maximum.
#include "volume/AnyVolume.h"

#include <string>

namespace nuclei3d {

/// float: as it is; uint8: / 255; uint16: / 65535. A 32-bit integer volume (labels, not a map) and
/// an RGB volume are refused with an Error that names `what` (e.g. the file).
Volume<float> mapOnUnitScale(AnyVolume volume, const std::string& what);

} // namespace nuclei3d
