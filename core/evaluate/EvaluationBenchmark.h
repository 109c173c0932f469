#pragma once
// Speed check of stage 6 for `nuclei3d-cli bench evaluate`: builds a ground-truth label volume of
// ball-shaped nuclei and a shifted, partly merged prediction of the given size, then times
// evaluateInstances on them. Needs about 8 bytes of memory per voxel.
#include "pipeline/Progress.h"
#include "volume/Shape.h"

#include <string>

namespace nuclei3d {

/// One line: size, object counts, seconds to evaluate, voxels per second, thread count, and the
/// scores (so a run can be checked for sense). Throws Error for an empty shape or one too small
/// to hold a nucleus (under about 20 voxels along an axis); Cancelled when progress is cancelled.
std::string benchmarkEvaluation(Shape shape, const Progress& progress = {});

} // namespace nuclei3d
