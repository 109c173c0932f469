#pragma once
// The voxel maps of stage 1 that follow from I_instances alone: I_binary, I_contour, I_shapemarker,
// and I_binary as float (0/255), ready to be blurred by the PSF.
#include "pipeline/Progress.h"
#include "synth/SynthResult.h"

namespace nuclei3d {

/// Fills result.binary, contour, shapemarker and blurred (unblurred yet) from result.instances and
/// result.nuclei (shapeValue per id), in parallel over slices.
void deriveSynthMaps(SynthResult& result, const Progress& progress = {});

} // namespace nuclei3d
