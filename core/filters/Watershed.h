#pragma once
// Marker-controlled watershed (stage 5: splits touching nuclei along the valleys of the inverted
// distance map, one region per marker).
#include "filters/Connectivity.h"
#include "pipeline/Progress.h"
#include "volume/Volume.h"

#include <cstddef>
#include <cstdint>

namespace nuclei3d {

/// How watershed() splits the volume for its parallel flood. The grid depends only on these sizes
/// and the volume, never on the thread count, so the result is the same on any thread count.
struct WatershedTiling {
    Shape brick{128, 128, 64}; ///< voxels of each brick's core (the last brick per axis may be smaller)
    std::size_t halo = 20;     ///< voxels flooded around each core on every side, first round
};

/// What a tiled flood did, for tests and benchmarks.
struct WatershedReport {
    std::size_t bricks = 0;          ///< bricks per attempt (1: the volume fits one brick)
    std::size_t attempts = 0;        ///< tiled rounds run (the halo doubles after each)
    std::size_t lastHalo = 0;        ///< halo of the last tiled round
    std::size_t refloodedBricks = 0; ///< bricks flooded again in later rounds
    std::size_t seamMismatches = 0;  ///< seam voxels whose two floods disagreed, summed over rounds
    bool serialFallback = false;     ///< every tiled attempt disagreed: the global flood decided
};

/// Floods `landscape` from the labelled `markers` (0 = no marker), lowest first, by Meyer's
/// priority flooding: a voxel is claimed by the first region that reaches it and enters the queue at
/// max(its own value, the level being flooded), so the flood never runs back downhill out of order.
/// Equal priorities leave the queue first in, first out, so the result is deterministic. Only
/// voxels where mask != 0 are flooded (all voxels when mask is null); marker voxels outside the
/// mask are ignored. Every mask voxel connected to a marker through the mask gets a label; others
/// stay 0. No watershed lines are drawn. NaN in the landscape floods last. Throws Error on a shape
/// mismatch.
///
/// Parallel and cache friendly: the volume is cut into fixed bricks (WatershedTiling); each brick
/// is flooded on its own, with a halo around it, in a small local copy, and keeps the labels of its
/// core. A brick's core equals the global flood wherever everything that decides it happens inside
/// the brick and its halo. That is checked, not assumed: every brick also records the labels its
/// flood gave the voxels just outside its core, and these must equal what the neighbouring brick
/// decided there. The bricks on both sides of a disagreeing seam are flooded again with twice the
/// halo (twice more at most), and if seams still disagree the serial global flood
/// (watershedSerial) decides the whole volume, which is exact by construction.
/// The result never depends on the thread count.
/// The markers are taken by value and their storage becomes the result: pass them with std::move
/// when they are no longer needed, which saves a label volume (stage 5's peak memory).
/// Memory: the result, a list of the marker voxels, per thread one brick with halo (about 9 bytes
/// per voxel of 168 x 168 x 104) and the bricks' seam labels (4 bytes per core surface voxel).
Volume<std::uint32_t> watershed(const Volume<float>& landscape, Volume<std::uint32_t> markers,
                                const Volume<std::uint8_t>* mask = nullptr,
                                Connectivity connectivity = Connectivity::TwentySix,
                                const Progress& progress = {}, const WatershedTiling& tiling = {},
                                WatershedReport* report = nullptr);

/// The same flood done once over the whole volume on one thread per connected part of the mask
/// (the method before the tiling, kept as the exact fallback and as the tests' reference).
/// Memory: the result, one byte per voxel, and 8 bytes per voxel on the flood front.
Volume<std::uint32_t> watershedSerial(const Volume<float>& landscape, Volume<std::uint32_t> markers,
                                      const Volume<std::uint8_t>* mask = nullptr,
                                      Connectivity connectivity = Connectivity::TwentySix,
                                      const Progress& progress = {});

} // namespace nuclei3d
