#pragma once
// Stage 5's contours (I_contour of the result): the voxels of each nucleus whose distance to the
// outside of that nucleus (background or another nucleus) is at most a given number of voxels, so
// touching nuclei each get their own outline along the contact.
#include "pipeline/Progress.h"
#include "volume/Volume.h"

#include <cstdint>

namespace nuclei3d {

/// 255 on contour voxels, 0 elsewhere. Distances are between voxel centres and counted in voxels
/// (spacing ignored), so 1 keeps the voxels with a face neighbour outside the nucleus, as stage 1's
/// I_contour. The volume's border is not an outside (distanceToObjectBoundary's convention): a
/// nucleus cut by the border is outlined only where it meets background or another nucleus, and
/// the only object of a volume without background has no contour. Throws Error for a
/// non-positive distance. Widths under 2 voxels (the default is 1) reach only the 26 neighbours,
/// so they are found by a neighbour test that gives the same voxels as the distance transform, in
/// one pass and without its float volume; wider contours use distanceToObjectBoundary.
Volume<std::uint8_t> nucleusContours(const Volume<std::uint32_t>& labels, double distanceVoxels,
                                     const Progress& progress = {});

} // namespace nuclei3d
