#include "postprocess/PostprocessSettings.h"

#include "pipeline/Error.h"
#include "postprocess/ShapeClasses.h"

#include <cmath>
#include <string>

namespace nuclei3d {

void validate(const PostprocessSettings& s) {
    auto require = [](bool ok, const std::string& message) {
        if (!ok)
            throw Error("post-processing: " + message);
    };
    require(std::isfinite(s.threshold), "the probability threshold must be a number");
    require(std::isfinite(s.growThreshold), "the grow threshold must be a number");
    require(std::isfinite(s.hMicrometres) && s.hMicrometres >= 0,
            "the marker height h must be 0 or positive");
    require(std::isfinite(s.probabilityPower) && s.probabilityPower >= 0,
            "the probability weighting power must be 0 or positive");
    require(std::isfinite(s.probabilitySigma) && s.probabilitySigma >= 0,
            "the probability weighting blur must be 0 or positive");
    require(std::isfinite(s.probabilityReferenceRadius) && s.probabilityReferenceRadius >= 0,
            "the probability weighting reference radius must be 0 or positive");
    require(std::isfinite(s.axialElongation) && s.axialElongation > 0, "the axial elongation must be positive");
    require(std::isfinite(s.contourDistance) && s.contourDistance > 0, "the contour width must be positive");
    require(std::isfinite(s.shapeSigma) && s.shapeSigma >= 0, "the shape map blur must be 0 or positive");
    validateShapeClasses(s.shapeThresholds, s.shapeClasses);
}

} // namespace nuclei3d
