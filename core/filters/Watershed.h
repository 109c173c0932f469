#pragma once
// Marker-controlled watershed (stage 5: splits touching nuclei along the valleys of the inverted
// distance map, one region per marker).
#include "filters/Connectivity.h"
#include "pipeline/Progress.h"
#include "volume/Volume.h"

#include <cstddef>
#include <cstdint>

namespace nuclei3d {

/// What the flood did, for tests and benchmarks.
struct WatershedReport {
    std::size_t levels = 0;         ///< flooding levels used (at most kWatershedLevels)
    bool quantised = false;         ///< more distinct values than levels: nearby values shared a level
    std::size_t layers = 0;         ///< breadth-first layers flooded, over all levels
    std::size_t parallelLayers = 0; ///< of these, the ones large enough to be shared out to threads
};

/// The most flooding levels watershed() uses.
inline constexpr std::size_t kWatershedLevels = 1023;
/// Slices per slab of the flood's visiting order (see watershed()).
inline constexpr std::size_t kWatershedSlabSlices = 8;

/// Floods `landscape` from the labelled `markers` (0 = no marker), lowest first, by Meyer's
/// priority flooding: a voxel is claimed by the first region that reaches it and is queued at
/// max(its own level, the level being flooded), so the flood never runs back downhill out of order.
/// Only voxels where mask != 0 are flooded (all voxels when mask is null); marker voxels outside the
/// mask are ignored. Every mask voxel connected to a marker through the mask gets a label; others
/// stay 0. No watershed lines are drawn. NaN in the landscape floods last. Throws Error on a shape
/// mismatch; honours cancel.
///
/// Ties: each level floods breadth first (layer by layer) from what the lower levels reached, as a
/// priority queue with first-in first-out ties does, so a plateau is split halfway between the
/// regions that reach it. Inside one layer the voxels are visited in raster order, first those in
/// slabs of kWatershedSlabSlices slices of even number, then the odd ones (the even slabs flood in
/// parallel). A voxel reached by two regions in the same layer goes to the one visited first in that
/// order; a priority queue gives it to the one queued first. That is the only difference from the
/// textbook flood (about 1 % of the voxels on the benchmark's 512 x 512 x 415 nuclei, along the
/// borders of touching nuclei), and it is what makes the flood sweep the volume in memory order
/// instead of jumping between all the fronts. The result is deterministic and the same on any
/// thread count.
///
/// Levels: the landscape's values (in the mask) are ranked, and the flood runs on the ranks, which
/// is exactly the flood of the values themselves when there are at most kWatershedLevels distinct
/// values (values closer than a millionth of the value range count as one). The distance maps of
/// stage 5 have a few hundred (square roots of sums of squares). With more, the range is cut into
/// kWatershedLevels equal levels (report->quantised).
///
/// The markers are taken by value and their storage becomes the result: pass them with std::move
/// when they are no longer needed, which saves a label volume (stage 5's peak memory).
/// Memory: the result, 2 bytes per voxel, and 4 bytes per voxel on the flood front, about three
/// times over (buckets, the layer being flooded, the next one and a sort buffer).
Volume<std::uint32_t> watershed(const Volume<float>& landscape, Volume<std::uint32_t> markers,
                                const Volume<std::uint8_t>* mask = nullptr,
                                Connectivity connectivity = Connectivity::TwentySix,
                                const Progress& progress = {}, WatershedReport* report = nullptr);

/// The watershed of -heights: each marker floods from the highest values down (the valleys of the
/// negated map are the peaks of `heights`). Stage 5 floods the distance map this way to split
/// touching nuclei at their necks, and the probability map to grow nuclei into their rim. `heights`
/// is taken by value and negated in place (pass it with std::move when it is no longer needed).
Volume<std::uint32_t> watershedDownhill(Volume<float> heights, Volume<std::uint32_t> markers,
                                        const Volume<std::uint8_t>* mask = nullptr,
                                        Connectivity connectivity = Connectivity::TwentySix,
                                        const Progress& progress = {});

} // namespace nuclei3d
