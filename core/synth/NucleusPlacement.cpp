#include "synth/NucleusPlacement.h"

#include "synth/NucleusPlacer.h"
#include "synth/RandomRotation.h"
#include "synth/RandomStream.h"
#include "synth/VoxelEllipsoid.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <locale>
#include <sstream>
#include <vector>

namespace nuclei3d {
namespace {

// In fill-to-fraction mode there is no count to run out of: placement ends when this many nuclei in
// a row found no place, i.e. when the volume is full for the sizes drawn.
constexpr int kGiveUpsInARowWhenFilling = 10;

// The semi-axis values {min, min + step, ..., max}; the small tolerance keeps max itself when
// (max - min) / step is an integer spoiled by rounding (e.g. steps of 0.1).
std::vector<double> radiusValues(const SynthSettings& s) {
    const auto steps =
        static_cast<std::size_t>(std::floor((s.radiusMax - s.radiusMin) / s.radiusStep + 1e-9));
    std::vector<double> values(steps + 1);
    for (std::size_t k = 0; k <= steps; ++k)
        values[k] = s.radiusMin + static_cast<double>(k) * s.radiusStep;
    return values;
}

std::string fullVolumeReason(const SynthSettings& s) {
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << "the volume is full under the overlap rule (max overlap " << s.maxOverlap << "; ";
    if (s.count == 0)
        out << kGiveUpsInARowWhenFilling << " nuclei in a row found no free place in " << s.maxAttempts
            << " attempts each)";
    else
        out << "each missing nucleus found no free place in " << s.maxAttempts << " attempts)";
    return out.str();
}

} // namespace

void placeNuclei(const SynthSettings& s, SynthResult& result, const Progress& progress) {
    Volume<std::uint32_t>& instances = result.instances;
    const Spacing spacing = placementSpacing(s);
    const std::vector<double> radii = radiusValues(s);
    const double sizes[3] = {static_cast<double>(s.shape.x), static_cast<double>(s.shape.y),
                             static_cast<double>(s.shape.z)};
    const bool filling = s.count == 0;
    const double targetForeground = s.foregroundFraction * static_cast<double>(instances.voxelCount());

    RandomStream random(s.seed);
    NucleusPlacer placer(instances, s.maxOverlap);
    result.nuclei.clear();
    result.requested = s.count;
    result.shortfall.clear();

    std::size_t foreground = 0;
    std::size_t drawn = 0;
    int givenUpInARow = 0;
    double reported = -1.0;
    for (;;) {
        const double done = filling ? static_cast<double>(foreground) / targetForeground
                                    : static_cast<double>(drawn) / static_cast<double>(s.count);
        if (filling ? (static_cast<double>(foreground) >= targetForeground ||
                       givenUpInARow >= kGiveUpsInARowWhenFilling ||
                       result.nuclei.size() == std::numeric_limits<std::uint32_t>::max())
                    : drawn == s.count)
            break;
        // About 256 reports over the whole placement; cancel is checked for every nucleus.
        if (done - reported >= 1.0 / 256) {
            progress.report(done, "placing nuclei");
            reported = done;
        } else {
            progress.checkCancelled();
        }
        ++drawn;

        // Draw order is part of the output's definition (same seed, same volume): three semi-axes,
        // the rotation, then a centre per attempt. Size and orientation are kept across attempts so
        // that crowding does not bias the size distribution towards small nuclei. (A braced list is
        // evaluated left to right, so the x, y, z draws below happen in that order on every compiler.)
        const std::array<double, 3> axes = {radii[random.below(radii.size())],
                                            radii[random.below(radii.size())],
                                            radii[random.below(radii.size())]};
        const Rotation3 rotation = randomRotation(random);
        const auto id = static_cast<std::uint32_t>(result.nuclei.size() + 1);
        bool placed = false;
        for (int attempt = 0; attempt < s.maxAttempts && !placed; ++attempt) {
            const std::array<double, 3> centre = {
                random.uniform(0.0, sizes[0]), random.uniform(0.0, sizes[1]), random.uniform(0.0, sizes[2])};
            const VoxelEllipsoid ellipsoid(centre, axes, rotation, spacing);
            const std::size_t owned = placer.tryPlace(ellipsoid, id);
            if (owned == 0)
                continue;
            placed = true;
            SynthNucleus n;
            n.id = id;
            n.cx = centre[0];
            n.cy = centre[1];
            n.cz = centre[2];
            n.ax = axes[0];
            n.ay = axes[1];
            n.az = axes[2];
            n.rotation = rotation;
            n.voxels = owned;
            const double shortest = std::min({axes[0], axes[1], axes[2]});
            const double longest = std::max({axes[0], axes[1], axes[2]});
            n.shapeValue = static_cast<std::uint8_t>(std::lround(255.0 * shortest / longest));
            result.nuclei.push_back(n);
            foreground += owned;
        }
        givenUpInARow = placed ? 0 : givenUpInARow + 1;
    }
    progress.report(1.0, "placing nuclei");

    std::ostringstream out;
    out.imbue(std::locale::classic());
    if (!filling && result.nuclei.size() < s.count) {
        out << "placed " << result.nuclei.size() << " of " << s.count
            << " requested nuclei: " << fullVolumeReason(s);
    } else if (filling && static_cast<double>(foreground) < targetForeground) {
        const double reached = static_cast<double>(foreground) / static_cast<double>(instances.voxelCount());
        out << "reached a foreground fraction of " << reached << " of the requested " << s.foregroundFraction
            << " with " << result.nuclei.size() << " nuclei: " << fullVolumeReason(s);
    }
    result.shortfall = out.str();
}

} // namespace nuclei3d
