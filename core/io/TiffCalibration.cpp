#include "io/TiffCalibration.h"

#include "io/LengthUnits.h"

#include <cmath>

namespace nuclei3d {

namespace {

bool usable(double micrometres) {
    return std::isfinite(micrometres) && micrometres > 0.0;
}

Spacing checked(double x, double y, double z) {
    // Damaged metadata (a zero resolution, a negative spacing) is treated as no calibration rather
    // than an error: the voxels are still perfectly readable.
    if (!usable(x) || !usable(y) || !usable(z))
        return Spacing{};
    return Spacing::micrometres(x, y, z);
}

// Voxel size along one axis from a TIFF resolution (pixels per unit); one unit when absent.
double pixelSize(const std::optional<double>& pixelsPerUnit, double micrometresPerUnit) {
    if (!pixelsPerUnit)
        return micrometresPerUnit;
    return micrometresPerUnit / *pixelsPerUnit;
}

std::optional<Spacing> fromOme(const OmePixels& ome) {
    if (!ome.present || !ome.physicalSizeX)
        return std::nullopt;
    const auto fx = micrometresPerUnit(ome.unitX);
    const auto fy = micrometresPerUnit(ome.unitY);
    const auto fz = micrometresPerUnit(ome.unitZ);
    if (!fx)
        return std::nullopt; // e.g. "pixel": not a physical calibration
    const double x = *ome.physicalSizeX * *fx;
    const double y = ome.physicalSizeY && fy ? *ome.physicalSizeY * *fy : x;
    // Like ImageJ, a stack without a z step is taken to have one unit between slices.
    const double z = ome.physicalSizeZ && fz ? *ome.physicalSizeZ * *fz : 1.0;
    return checked(x, y, z);
}

std::optional<Spacing> fromImageJ(const ImageJDescription& imagej, const TiffResolution& resolution) {
    if (!imagej.present)
        return std::nullopt;
    const auto fx = micrometresPerUnit(imagej.unit);
    if (!fx)
        return std::nullopt;
    const auto fy = imagej.yunit.empty() ? fx : micrometresPerUnit(imagej.yunit);
    const auto fz = imagej.zunit.empty() ? fx : micrometresPerUnit(imagej.zunit);
    const double x = pixelSize(resolution.x, *fx);
    const double y = fy ? pixelSize(resolution.y ? resolution.y : resolution.x, *fy) : x;
    const double z = fz ? imagej.spacing.value_or(1.0) * *fz : x;
    return checked(x, y, z);
}

std::optional<Spacing> fromResolutionUnit(const TiffResolution& resolution) {
    constexpr std::uint16_t inch = 2;
    constexpr std::uint16_t centimetre = 3;
    if (!resolution.x || (resolution.unit != inch && resolution.unit != centimetre))
        return std::nullopt;
    const double perUnit = resolution.unit == inch ? 25400.0 : 10000.0;
    const double x = pixelSize(resolution.x, perUnit);
    const double y = pixelSize(resolution.y ? resolution.y : resolution.x, perUnit);
    // A plain TIFF has no z step at all; cubic voxels are the least surprising guess.
    return checked(x, y, x);
}

} // namespace

Spacing spacingFromMetadata(const OmePixels& ome, const ImageJDescription& imagej,
                            const TiffResolution& resolution) {
    if (auto spacing = fromOme(ome); spacing && spacing->known)
        return *spacing;
    if (auto spacing = fromImageJ(imagej, resolution); spacing && spacing->known)
        return *spacing;
    if (auto spacing = fromResolutionUnit(resolution))
        return *spacing;
    return Spacing{};
}

} // namespace nuclei3d
