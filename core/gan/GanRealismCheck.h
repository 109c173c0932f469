#pragma once
// The realism check shown after GAN training (issue 5): a fresh synthetic volume shaped like the
// real one is turned into I_syn by G1 and compared with the real volumes (Realism.h). The blurred
// I_binary it came from is compared too, as the reference the GAN should improve on.
#include "gan/GanGenerator.h"
#include "gan/GanTraining.h"
#include "gan/Realism.h"
#include "pipeline/Progress.h"
#include "synth/SynthSettings.h"

#include <string>
#include <vector>

namespace nuclei3d {

struct GanRealismReport {
    RealismFigures synthetic; ///< I_syn (G1's output) against the real volumes
    RealismFigures blurred;   ///< the blurred I_binary G1 started from, against the same
    std::size_t window = 0;   ///< power spectrum window (the training slice size)
};

/// The real volume on 0..1 as the GAN sees it: percentiles low..high mapped to 0..1, clamped.
Volume<float> normaliseRealVolume(const Volume<float>& image, double percentileLow, double percentileHigh);

/// Makes one synthetic volume like trainGan's domain A (seed synth.seed + 1000, not one of the
/// training volumes), runs G1 on it and compares. Throws Cancelled on cancel.
GanRealismReport checkGanRealism(GanGenerator& generator, const std::vector<GanRealVolume>& real,
                                 const GanTrainSettings& settings, const SynthSettings& synth,
                                 const Progress& progress = {});

/// {"synthetic": {...}, "blurred_input": {...}, "window": n} for realism.json.
std::string realismJson(const GanRealismReport& report);

} // namespace nuclei3d
