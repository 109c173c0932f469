#pragma once
// The part that stage 5 and the classical baseline share: a foreground mask becomes one label per
// nucleus. Spacing-aware Euclidean distance to the background, one marker per h-maximum of that
// distance (h in micrometres: a bump in the distance map lower than h does not make a nucleus of
// its own), marker-controlled watershed on the inverted distance within the mask, then objects
// under the size limit are removed and the rest numbered 1..N in raster order.
#include "filters/Connectivity.h"
#include "pipeline/Progress.h"
#include "postprocess/StepRunner.h"
#include "volume/Volume.h"

#include <cstdint>

namespace nuclei3d {

struct SplitSettings {
    double hMicrometres = 1.0; // voxels when the mask's spacing is not known
    Connectivity connectivity = Connectivity::TwentySix;
    std::uint64_t minSize = 50; // voxels
    // Nuclei look this many times taller along z than they are wide (axial PSF): the distance map
    // shrinks z by it, so that a stretched nucleus has one central maximum instead of a ridge whose
    // bumps become extra markers.
    double axialElongation = 1.0;
    // Optional: the distance is multiplied by weight^weightPower before the markers and the
    // watershed (ours). A probability map that dips between touching nuclei turns the wide neck
    // that plain distance cannot cut into a valley; at the nuclei's centres (weight near 1) the
    // distance and so h keep their meaning. Null or a power of 0: the distance alone (METHOD.md).
    const Volume<float>* weight = nullptr;
    double weightPower = 0.0;
};

/// Labels of the nuclei in mask (!= 0 is foreground), with the mask's spacing. The mask is taken
/// over and freed as soon as the watershed is done. Peak memory is reached in the watershed: mask,
/// distance (negated in place as the landscape) and labels, 9 bytes per voxel, plus the watershed's
/// own state byte and flood queue (docs/BENCHMARKS.md has the figures). Throws Error for a negative
/// h, a negative weight power or a weight of another size, Cancelled when progress asks to stop.
Volume<std::uint32_t> splitNuclei(Volume<std::uint8_t> mask, const SplitSettings& settings,
                                  const Progress& progress = {}, StepObserver* observer = nullptr);

} // namespace nuclei3d
