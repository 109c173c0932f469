#pragma once
// Separable 3D Gaussian smoothing of a float volume, in place. Used for the PSF blur of stage 1 and
// for smoothing in post-processing. Sigmas are in voxels: converting micrometres to voxels (spacing
// aware smoothing) is the caller's job.
#include "pipeline/Progress.h"
#include "volume/Volume.h"

#include <vector>

namespace nuclei3d {

/// Blurs v with a Gaussian of the given sigma (voxels) per axis; sigma 0 leaves that axis alone.
/// The kernel is sampled at integer offsets, truncated at 4 sigma and normalised to sum 1. Borders
/// are mirrored about the outer voxel faces (the edge voxel repeats: ... c b a | a b c ... ), which
/// keeps a constant volume constant and the total intensity unchanged, also when an axis is shorter
/// than the kernel. Runs on threadCount() threads with one line or plane buffer per thread; the
/// result does not depend on the thread count. Throws Error for a negative or non-finite sigma and
/// Cancelled when progress asks to stop.
void gaussianBlur(Volume<float>& v, double sigmaX, double sigmaY, double sigmaZ,
                  const Progress& progress = {});

/// The normalised half kernel: weights[k] is the weight at offsets +k and -k (weights[0] the centre).
/// Empty for sigma 0.
std::vector<float> gaussianKernelHalf(double sigma);

} // namespace nuclei3d
