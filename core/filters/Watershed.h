#pragma once
// Marker-controlled watershed (stage 5: splits touching nuclei along the valleys of the inverted
// distance map, one region per marker).
#include "filters/Connectivity.h"
#include "pipeline/Progress.h"
#include "volume/Volume.h"

#include <cstdint>

namespace nuclei3d {

/// Floods `landscape` from the labelled `markers` (0 = no marker), lowest first, by Meyer's
/// priority flooding: a voxel is claimed by the first region that reaches it and enters the queue at
/// max(its own value, the level being flooded), so the flood never runs back downhill out of order.
/// Equal priorities leave the queue first in, first out, so the result is deterministic (and the
/// same on any thread count: the flood is serial). Only voxels where mask != 0 are flooded (all
/// voxels when mask is null); marker voxels outside the mask are ignored. Every mask voxel connected
/// to a marker through the mask gets a label; others stay 0. No watershed lines are drawn. NaN in
/// the landscape floods last. Throws Error on a shape mismatch.
/// The markers are taken by value and their storage becomes the result: pass them with std::move
/// when they are no longer needed, which saves a label volume (stage 5's peak memory).
/// Memory: the result, one byte per voxel, and 8 bytes per voxel on the flood front.
Volume<std::uint32_t> watershed(const Volume<float>& landscape, Volume<std::uint32_t> markers,
                                const Volume<std::uint8_t>* mask = nullptr,
                                Connectivity connectivity = Connectivity::TwentySix,
                                const Progress& progress = {});

} // namespace nuclei3d
