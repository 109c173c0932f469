#pragma once
// Stage 1 of METHOD.md: random ellipsoid nuclei with uniformly random orientations, and the volumes
// made from them (I_binary, I_instances, I_contour, I_shapemarker, PSF-blurred I_binary).
//
// Deterministic: the same settings (seed included) give bit-identical output on any thread count and
// any platform. Placement runs on the calling thread; the voxel passes and the blur use
// threadCount() threads.
#include "pipeline/Progress.h"
#include "synth/SynthResult.h"
#include "synth/SynthSettings.h"

namespace nuclei3d {

/// Validates the settings (Error), places the nuclei and derives every map. When fewer nuclei fit
/// than asked for, the result says so in result.shortfall (this is not an error). Throws Cancelled
/// when progress asks to stop.
SynthResult generateSynthetic(const SynthSettings& settings, const Progress& progress = {});

} // namespace nuclei3d
