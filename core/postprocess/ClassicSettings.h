#pragma once
// Settings of the classical baseline (the publication's "CellProfiler" pipeline), as plain data.
#include "filters/Connectivity.h"

#include <cstdint>

namespace nuclei3d {

enum class ClassicThresholdMethod { Otsu, Manual };

/// Where the smoothing sigma and the marker height h come from: Auto derives both from the nucleus
/// radius (estimated from the image by estimateNucleusSize, or given), Manual takes them as set.
enum class ClassicSizes { Auto, Manual };

struct ClassicSettings {
    double smoothingSigma = 1.5; // um (voxels when the spacing is unknown); converted per axis; 0 = none
    ClassicThresholdMethod thresholdMethod = ClassicThresholdMethod::Otsu;
    double threshold = 0.5;       // manual threshold on the normalised image (0 = 1st, 1 = 99.8th percentile)
    double thresholdFactor = 0.8; // multiplies Otsu's threshold (CellProfiler's correction factor)
    double hMicrometres = 0.5;    // h of the h-maxima markers on the distance map
    ClassicSizes sizes = ClassicSizes::Manual;
    double nucleusRadius = 0.0;   // um (voxels when unknown), Auto only; 0 = estimate from the image
    double sigmaPerRadius = 0.2;  // Auto: sigma = this x radius (a tenth of the diameter)
    double hPerRadius = 0.07;     // Auto: h = this x radius (a fourteenth of the radius; see ACCURACY.md)
    Connectivity connectivity = Connectivity::Six; // markers and watershed
    std::uint64_t minSize = 50;                    // voxels
    double lowPercent = 1.0;                       // intensity normalisation: this percentile -> 0
    double highPercent = 99.8;                     // and this one -> 1
};

/// Throws Error with a message meant for the user when the settings cannot be used.
void validate(const ClassicSettings& settings);

} // namespace nuclei3d
