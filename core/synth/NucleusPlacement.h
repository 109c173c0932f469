#pragma once
// The sequential part of stage 1: drawing each nucleus's size, orientation and position and placing
// it into I_instances (reject and redraw under the overlap rule). Inherently ordered: nucleus i may
// only go where nuclei 1..i-1 left room.
#include "pipeline/Progress.h"
#include "synth/SynthResult.h"
#include "synth/SynthSettings.h"

namespace nuclei3d {

/// Places nuclei into result.instances (already allocated, all 0, of settings.shape) and fills
/// result.nuclei, result.requested and result.shortfall. settings must be valid.
void placeNuclei(const SynthSettings& settings, SynthResult& result, const Progress& progress = {});

} // namespace nuclei3d
