#include "synth/SynthSettings.h"

#include "pipeline/Error.h"

#include <cmath>
#include <limits>
#include <locale>
#include <sstream>
#include <string>

namespace nuclei3d {
namespace {

std::string number(double value) {
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << value;
    return out.str();
}

void require(bool ok, const std::string& message) {
    if (!ok)
        throw Error("synthetic nuclei: " + message);
}

} // namespace

void validate(const SynthSettings& s) {
    require(!s.shape.empty(), "the volume must be at least 1 voxel along every axis (got " +
                                  std::to_string(s.shape.x) + " x " + std::to_string(s.shape.y) + " x " +
                                  std::to_string(s.shape.z) + ")");
    if (s.spacing.known) {
        const bool positive = std::isfinite(s.spacing.x) && std::isfinite(s.spacing.y) &&
                              std::isfinite(s.spacing.z) && s.spacing.x > 0 && s.spacing.y > 0 &&
                              s.spacing.z > 0;
        require(positive, "the voxel size must be positive on every axis (got " + number(s.spacing.x) +
                              " x " + number(s.spacing.y) + " x " + number(s.spacing.z) + " um)");
    }
    require(std::isfinite(s.radiusMin) && s.radiusMin > 0,
            "the smallest semi-axis must be positive (got " + number(s.radiusMin) + " um)");
    require(std::isfinite(s.radiusMax) && s.radiusMax >= s.radiusMin,
            "the largest semi-axis (" + number(s.radiusMax) + " um) must not be smaller than the smallest (" +
                number(s.radiusMin) + " um)");
    require(std::isfinite(s.radiusStep) && s.radiusStep > 0,
            "the semi-axis step must be positive (got " + number(s.radiusStep) + " um)");
    // A bound on the number of radius values keeps the draw well defined (and catches a step typed in
    // the wrong unit); a million distinct sizes is far beyond any use.
    require((s.radiusMax - s.radiusMin) / s.radiusStep <= 1e6,
            "the semi-axis step " + number(s.radiusStep) + " um is too small for the range " +
                number(s.radiusMin) + ".." + number(s.radiusMax) + " um");
    require(s.count <= std::numeric_limits<std::uint32_t>::max(),
            "at most 4294967295 nuclei fit the 32-bit instance ids (asked for " + std::to_string(s.count) +
                ")");
    if (s.count == 0)
        require(std::isfinite(s.foregroundFraction) && s.foregroundFraction > 0 && s.foregroundFraction <= 1,
                "with a nucleus count of 0 the foreground fraction must lie in (0, 1] (got " +
                    number(s.foregroundFraction) + ")");
    require(std::isfinite(s.maxOverlap) && s.maxOverlap >= 0 && s.maxOverlap <= 1,
            "the largest overlap must lie in [0, 1] (got " + number(s.maxOverlap) + ")");
    require(s.maxAttempts >= 1,
            "at least one attempt per nucleus is needed (got " + std::to_string(s.maxAttempts) + ")");
    require(std::isfinite(s.axialElongation) && s.axialElongation > 0,
            "the axial elongation must be positive (got " + number(s.axialElongation) + ")");
    require(std::isfinite(s.blurSigma) && s.blurSigma >= 0,
            "the blur sigma must be 0 (no blur) or positive (got " + number(s.blurSigma) + " voxels)");
}

Spacing effectiveSpacing(const SynthSettings& s) {
    return s.spacing.known ? s.spacing : Spacing{};
}

Spacing placementSpacing(const SynthSettings& s) {
    Spacing spacing = effectiveSpacing(s);
    spacing.z /= s.axialElongation;
    return spacing;
}

} // namespace nuclei3d
