#pragma once
// Grey-scale morphological reconstruction by dilation, the engine of the h-maxima transform
// (stage 5's watershed markers).
#include "filters/Connectivity.h"
#include "pipeline/Progress.h"
#include "volume/Volume.h"

#include <cstdint>

namespace nuclei3d {

/// Replaces `marker` by its reconstruction by dilation under `mask`: the largest function below
/// mask that marker's values can reach by spreading through neighbours (connectivity c) without
/// rising above mask on the way. marker is first clipped to mask. When `domain` is given, only its
/// nonzero voxels take part (the rest of marker is left as it was), so values never travel through
/// the outside. Vincent's hybrid algorithm (IEEE TIP 1993): a raster and an anti-raster scan, run
/// in parallel on slabs of slices, then a FIFO queue finishes what the scans could not reach. The
/// result is unique, so it does not depend on the thread count. Throws Error on a shape mismatch.
void reconstructByDilation(Volume<float>& marker, const Volume<float>& mask,
                           const Volume<std::uint8_t>* domain,
                           Connectivity connectivity = Connectivity::TwentySix,
                           const Progress& progress = {});

} // namespace nuclei3d
