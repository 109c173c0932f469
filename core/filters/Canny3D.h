#pragma once
// A 3D Canny edge detector: the real edge map of stage 3's contour term where no gradient is
// needed (e.g. checking I_contour against the edges of a prediction), and a general viewer tool.
#include "pipeline/Progress.h"
#include "volume/Volume.h"

#include <cstdint>

namespace nuclei3d {

struct CannyOptions {
    /// Gaussian smoothing per axis, in voxels (0: none along that axis), as for gaussianBlur.
    double sigmaX = 1.0;
    double sigmaY = 1.0;
    double sigmaZ = 1.0;
    /// Hysteresis thresholds on the gradient magnitude of the smoothed volume, in intensity units
    /// per voxel: an edge voxel is a local maximum along the gradient with magnitude >= low that is
    /// 26-connected, through such voxels, to one with magnitude >= high.
    float lowThreshold = 0.1f;
    float highThreshold = 0.2f;
};

/// 255 on edge voxels, 0 elsewhere. Gaussian smoothing (gaussianBlur), gradient by central
/// differences (one-sided on the border), non-maximum suppression along the 3D gradient direction
/// (magnitude interpolated trilinearly one step ahead and behind), then hysteresis. A constant
/// volume has no edges. Memory: two float volumes and the result. Throws Error when
/// lowThreshold > highThreshold or a sigma is negative, Cancelled when progress asks to stop.
Volume<std::uint8_t> canny3d(const Volume<float>& volume, const CannyOptions& options = {},
                             const Progress& progress = {});

} // namespace nuclei3d
