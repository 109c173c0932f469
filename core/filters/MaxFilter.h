#pragma once
// Grey-level dilation by a box: each voxel becomes the largest value within `radius` voxels of it
// along every axis. Stage 5 uses it to measure a probability map against its neighbourhood's peak.
#include "pipeline/Progress.h"
#include "volume/Volume.h"

#include <cstddef>

namespace nuclei3d {

/// Replaces every voxel of v by the maximum of the box [x-rx, x+rx] x [y-ry, y+ry] x [z-rz, z+rz]
/// clipped to the volume (a radius of 0 leaves that axis alone). Separable, one pass per axis, each
/// line in time proportional to its length whatever the radius (a monotonic queue). Runs on
/// threadCount() threads; the result does not depend on the thread count. Throws Cancelled when
/// progress asks to stop.
void boxMaxFilter(Volume<float>& v, std::size_t rx, std::size_t ry, std::size_t rz,
                  const Progress& progress = {});

} // namespace nuclei3d
