#include "postprocess/ClassicSettings.h"

#include "pipeline/Error.h"

#include <cmath>
#include <string>

namespace nuclei3d {

void validate(const ClassicSettings& s) {
    auto require = [](bool ok, const std::string& message) {
        if (!ok)
            throw Error("classical baseline: " + message);
    };
    require(std::isfinite(s.smoothingSigma) && s.smoothingSigma >= 0,
            "the smoothing sigma must be 0 or positive");
    require(std::isfinite(s.threshold), "the manual threshold must be a number");
    require(std::isfinite(s.thresholdFactor) && s.thresholdFactor > 0,
            "the threshold factor must be positive");
    require(std::isfinite(s.hMicrometres) && s.hMicrometres >= 0,
            "the marker height h must be 0 or positive");
    require(std::isfinite(s.nucleusRadius) && s.nucleusRadius >= 0,
            "the nucleus radius must be 0 (estimate it) or positive");
    require(std::isfinite(s.sigmaPerRadius) && s.sigmaPerRadius >= 0 && std::isfinite(s.hPerRadius) &&
                s.hPerRadius >= 0,
            "the sigma and h per radius ratios must be 0 or positive");
    require(s.lowPercent >= 0 && s.lowPercent < s.highPercent && s.highPercent <= 100,
            "the normalisation percentiles must satisfy 0 <= low < high <= 100");
}

} // namespace nuclei3d
