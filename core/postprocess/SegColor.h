#pragma once
// I_segcolor of stage 5: the instance labels painted with one colour per nucleus. The colour is a
// pure function of the id, so the same nucleus keeps its colour across runs, files and views, and
// ids that differ by one (neighbours after raster-order relabelling) get clearly different hues.
#include "pipeline/Progress.h"
#include "volume/AnyVolume.h"

#include <cstdint>

namespace nuclei3d {

/// Black for 0 (background). Otherwise the hue steps by the golden ratio of a turn per id (the
/// most even spread of any sequence), and saturation and brightness cycle through a few levels so
/// that ids whose hues nearly repeat still differ. Never black, never grey.
Rgb8 labelColour(std::uint32_t id);

/// labelColour of every voxel; keeps the spacing.
Volume<Rgb8> segColor(const Volume<std::uint32_t>& labels, const Progress& progress = {});

} // namespace nuclei3d
