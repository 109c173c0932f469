#pragma once
// Exact Euclidean distance transforms (stage 5: the distance map whose maxima become the watershed
// markers, and the per-nucleus distance whose threshold draws the contours).
//
// Separable lower envelope of parabolas (Felzenszwalb & Huttenlocher, "Distance transforms of
// sampled functions"): one pass per axis, linear in the number of voxels, exact for any spacing.
// Distances are between voxel centres, in micrometres (in voxels when the spacing is unknown).
// Outside the volume counts as neither foreground nor background, as in scipy.ndimage's
// distance_transform_edt: the volume's border does not act as a boundary.
#include "pipeline/Progress.h"
#include "volume/Spacing.h"
#include "volume/Volume.h"

#include <cstdint>

namespace nuclei3d {

/// Distance of every foreground voxel (mask != 0) to the nearest background voxel; 0 on background.
/// When the mask has no background voxel at all, every voxel gets +infinity (there is no nearest
/// background voxel); test with std::isinf. spacing.known == false means 1 x 1 x 1. The result
/// carries the mask's spacing. Throws Error for a non-positive spacing.
Volume<float> distanceTransform(const Volume<std::uint8_t>& mask, const Spacing& spacing,
                                const Progress& progress = {});

/// Distance of every labelled voxel to the nearest voxel that is not of its own label (background
/// or another object); 0 on background (label 0). Touching objects therefore each get their own
/// boundary along the contact. An object with no other voxel in the whole volume gets +infinity.
/// Any ids are accepted; consecutive ones (relabelConsecutive) are the fastest.
Volume<float> distanceToObjectBoundary(const Volume<std::uint32_t>& labels, const Spacing& spacing,
                                       const Progress& progress = {});

} // namespace nuclei3d
