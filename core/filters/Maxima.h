#pragma once
// Markers for the marker-controlled watershed (stage 5): regional maxima and h-maxima of a float
// volume (in practice the distance map), each maximum labelled as one connected component.
#include "filters/Connectivity.h"
#include "pipeline/Progress.h"
#include "volume/Volume.h"

#include <cstdint>

namespace nuclei3d {

/// Regional maxima: connected plateaus of equal value (connectivity c) whose every neighbour is
/// lower. Labelled 1..N in raster order of their first voxel; 0 elsewhere. With a mask, only voxels
/// where mask != 0 take part (neighbours outside it are ignored); NaN voxels never take part.
/// Throws Error on a shape mismatch.
Volume<std::uint32_t> regionalMaxima(const Volume<float>& f, const Volume<std::uint8_t>* mask = nullptr,
                                     Connectivity connectivity = Connectivity::TwentySix,
                                     const Progress& progress = {});

/// h-maxima markers: the regional maxima of the reconstruction by dilation of (f - h) under f, i.e.
/// the maxima that rise more than h above the saddle that joins them to a higher one (the highest
/// maximum of each connected part of the mask always survives). h = 0 gives the regional maxima.
/// Labelled as regionalMaxima. Throws Error for a negative or NaN h or a shape mismatch.
/// Memory: one float and one byte volume besides the result.
Volume<std::uint32_t> hMaximaMarkers(const Volume<float>& f, float h,
                                     const Volume<std::uint8_t>* mask = nullptr,
                                     Connectivity connectivity = Connectivity::TwentySix,
                                     const Progress& progress = {});

} // namespace nuclei3d
