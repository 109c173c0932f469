#pragma once
// What stage 1 produces: the synthetic volumes of METHOD.md (I_binary, I_instances, I_contour,
// I_shapemarker, the PSF-blurred I_binary) and a record of every nucleus placed.
#include "volume/Volume.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace nuclei3d {

/// One placed ellipsoid. Coordinates are continuous voxel units in which voxel i covers [i, i+1),
/// so its centre is at i + 0.5 and a centre lies in [0, size] on each axis.
struct SynthNucleus {
    std::uint32_t id = 0;             // its value in I_instances (1..N in placement order)
    double cx = 0, cy = 0, cz = 0;    // centre, in voxels
    double ax = 0, ay = 0, az = 0;    // semi-axes, in micrometres (along the body axes)
    std::array<double, 9> rotation{}; // row-major R: body axes -> volume axes (R^T maps back)
    std::size_t voxels = 0;           // voxels it owns in I_instances (cropped, first owner wins)
    std::uint8_t shapeValue = 0;      // round(255 * a_min / a_max): its I_shapemarker value
};

struct SynthResult {
    Volume<std::uint8_t> binary;      // I_binary: 255 inside a nucleus, 0 outside
    Volume<std::uint32_t> instances;  // I_instances: nucleus id, 0 outside
    Volume<std::uint8_t> contour;     // I_contour: 255 on each nucleus's boundary voxels
    Volume<std::uint8_t> shapemarker; // I_shapemarker: shapeValue inside each nucleus
    Volume<float> blurred;            // I_binary (0/255) blurred by the PSF Gaussian
    std::vector<SynthNucleus> nuclei; // in id order: nuclei[i].id == i + 1
    std::size_t requested = 0;        // settings.count (0 in fill-to-fraction mode)
    std::string shortfall;            // empty, or a sentence saying what could not be placed and why
};

} // namespace nuclei3d
