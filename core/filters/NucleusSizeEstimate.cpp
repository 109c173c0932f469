#include "filters/NucleusSizeEstimate.h"

#include "filters/DistanceTransform.h"
#include "filters/GaussianBlur.h"
#include "filters/LabelUtilities.h"
#include "filters/Maxima.h"
#include "filters/Threshold.h"
#include "filters/Watershed.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace nuclei3d {
namespace {

constexpr double pi = 3.14159265358979323846;

double median(std::vector<double> values) {
    const std::size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid), values.end());
    double m = values[mid];
    if (values.size() % 2 == 0) {
        m = (m + *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid))) / 2;
    }
    return m;
}

/// A copy of the image with its finite values clipped to the 0.5th..99.9th percentile (estimated
/// on a regular sample), so that a few hot pixels do not squeeze Otsu's 256 bins into one; NaN and
/// infinite voxels become the low end. Throws Error when the volume has no two distinct values.
Volume<float> clippedCopy(const Volume<float>& image, const Progress& progress) {
    const std::size_t n = image.voxelCount();
    const std::size_t stride = std::max<std::size_t>(1, n / 1000000);
    std::vector<float> sample;
    sample.reserve(n / stride + 1);
    float lo = std::numeric_limits<float>::infinity(), hi = -lo;
    for (std::size_t i = 0; i < n; ++i) {
        const float v = image[i];
        if (!std::isfinite(v))
            continue;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        if (i % stride == 0)
            sample.push_back(v);
    }
    if (!(lo < hi))
        throw Error("nucleus size estimate: the volume is flat (no two distinct intensities), so it "
                    "shows no nuclei to measure");
    auto quantile = [&](double q) {
        const auto k = static_cast<std::size_t>(q * static_cast<double>(sample.size() - 1));
        std::nth_element(sample.begin(), sample.begin() + static_cast<std::ptrdiff_t>(k), sample.end());
        return sample[k];
    };
    float qLo = quantile(0.005), qHi = quantile(0.999);
    if (!(qLo < qHi)) { // mostly one value with a few others: keep the full range
        qLo = lo;
        qHi = hi;
    }
    progress.checkCancelled();
    Volume<float> out(image.shape(), 0.0f, image.spacing());
    parallelFor(
        0, n,
        [&](std::size_t b, std::size_t e) {
            for (std::size_t i = b; i < e; ++i) {
                const float v = image[i];
                out[i] = std::isfinite(v) ? std::clamp(v, qLo, qHi) : qLo;
            }
        },
        1 << 16);
    return out;
}

/// Smooths a copy with a physical sigma and thresholds it at Otsu's level.
Volume<std::uint8_t> foreground(const Volume<float>& clipped, const Spacing& s, double sigmaUm,
                                const Progress& progress) {
    Volume<float> smooth = clipped;
    gaussianBlur(smooth, sigmaUm / s.x, sigmaUm / s.y, sigmaUm / s.z, progress.sub(0.0, 0.8));
    const float level = otsuThreshold(smooth, 256, progress.sub(0.8, 0.9));
    Volume<std::uint8_t> mask = thresholdAbove(smooth, level, progress.sub(0.9, 1.0));
    std::size_t on = 0;
    for (std::uint8_t v : mask.storage())
        on += v != 0;
    if (on == 0 || on == mask.voxelCount())
        throw Error("nucleus size estimate: Otsu's threshold finds no separate foreground (the volume "
                    "is nearly flat after smoothing), so there are no nuclei to measure");
    return mask;
}

/// Median over the regions that count (`keep[id]`) of sqrt(var_z / mean(var_x, var_y)), with the
/// variances of their voxel positions in micrometres. Regions cut by the volume's border have
/// lost part of their extent along one axis; they count only when no region is whole.
double medianAxialElongation(const Volume<std::uint32_t>& labels, const std::vector<bool>& keep, const Spacing& s) {
    struct Moments {
        double n = 0, x = 0, y = 0, z = 0, xx = 0, yy = 0, zz = 0;
        bool cut = false;
    };
    std::vector<Moments> moments(keep.size());
    const Shape shape = labels.shape();
    std::size_t i = 0;
    for (std::size_t z = 0; z < shape.z; ++z)
        for (std::size_t y = 0; y < shape.y; ++y)
            for (std::size_t x = 0; x < shape.x; ++x, ++i) {
                const std::uint32_t id = labels[i];
                if (id == 0 || id >= keep.size() || !keep[id])
                    continue;
                Moments& m = moments[id];
                m.cut = m.cut || x == 0 || y == 0 || z == 0 || x + 1 == shape.x || y + 1 == shape.y || z + 1 == shape.z;
                const double px = double(x) * s.x, py = double(y) * s.y, pz = double(z) * s.z;
                m.n += 1;
                m.x += px;
                m.y += py;
                m.z += pz;
                m.xx += px * px;
                m.yy += py * py;
                m.zz += pz * pz;
            }
    std::vector<double> ratios, cutRatios;
    for (const Moments& m : moments) {
        if (m.n < 2)
            continue;
        const auto variance = [&](double sum, double sumSquares) {
            return std::max(0.0, sumSquares / m.n - (sum / m.n) * (sum / m.n));
        };
        const double lateral = 0.5 * (variance(m.x, m.xx) + variance(m.y, m.yy));
        const double axial = variance(m.z, m.zz);
        if (lateral > 0 && axial > 0)
            (m.cut ? cutRatios : ratios).push_back(std::sqrt(axial / lateral));
    }
    if (ratios.empty())
        ratios = std::move(cutRatios);
    return ratios.empty() ? 1.0 : median(ratios);
}

/// Each region's outline where an annotator draws it: Otsu's level cuts the long axial ramp of the
/// PSF short, so the regions are grown, by a watershed of the smoothed image, into the basin
/// around each one, and a basin's voxels count where the smoothed intensity rises above its
/// floor by kOutlineLevel of its height (floor: the basin's darkest voxel, so a slow background
/// gradient does not matter; height: its brightest voxel). `smooth` is used up as the
/// watershed's landscape (negated in place: one volume fewer at the peak).
Volume<std::uint32_t> annotatedOutlines(Volume<float> smooth, Volume<std::uint32_t> regions,
                                        const Progress& progress) {
    // About where bbbc050's annotators stop on the axial ramp (15 % of the peak above background).
    constexpr float kOutlineLevel = 0.15f;
    Volume<float>& landscape = smooth;
    for (float& v : landscape.storage())
        v = -v;
    Volume<std::uint32_t> basins = watershed(landscape, std::move(regions), nullptr, Connectivity::TwentySix, progress);
    const std::size_t count = maxLabel(basins) + 1;
    std::vector<float> floorOf(count, std::numeric_limits<float>::infinity());
    std::vector<float> peakOf(count, -std::numeric_limits<float>::infinity());
    for (std::size_t i = 0; i < basins.voxelCount(); ++i) {
        const std::uint32_t id = basins[i];
        floorOf[id] = std::min(floorOf[id], -landscape[i]);
        peakOf[id] = std::max(peakOf[id], -landscape[i]);
    }
    for (std::size_t i = 0; i < basins.voxelCount(); ++i) {
        const std::uint32_t id = basins[i];
        if (id != 0 && -landscape[i] < floorOf[id] + kOutlineLevel * (peakOf[id] - floorOf[id]))
            basins[i] = 0;
    }
    return basins;
}

} // namespace

NucleusSizeEstimate estimateNucleusSize(const Volume<float>& image, const Spacing& spacing,
                                        const Progress& progress, bool measureElongation) {
    if (image.empty())
        throw Error("nucleus size estimate: the volume is empty");
    const Spacing s = spacing.known ? spacing : Spacing{};
    if (!(s.x > 0) || !(s.y > 0) || !(s.z > 0) || !std::isfinite(s.x) || !std::isfinite(s.y) ||
        !std::isfinite(s.z))
        throw Error("nucleus size estimate: the voxel size must be positive");
    const double finest = std::min({s.x, s.y, s.z});
    const double voxelVolume = s.x * s.y * s.z;

    progress.report(0.0, "nucleus size estimate");
    Volume<float> clipped = clippedCopy(image, progress);

    // Pass 1: the scale. Median height of the distance-map maxima (the inscribed radius of each
    // blob); maxima under 1.5 finest voxels are specks of noise or texture, not nuclei.
    double inscribed = 0.0;
    {
        const Volume<std::uint8_t> mask = foreground(clipped, s, finest, progress.sub(0.05, 0.2));
        const Volume<float> distance = distanceTransform(mask, s, progress.sub(0.2, 0.3));
        const Volume<std::uint32_t> markers =
            hMaximaMarkers(distance, static_cast<float>(finest), &mask, Connectivity::TwentySix,
                           progress.sub(0.3, 0.4));
        std::vector<double> height(maxLabel(markers) + 1, 0.0);
        for (std::size_t i = 0; i < markers.voxelCount(); ++i)
            if (markers[i] != 0)
                height[markers[i]] = std::max<double>(height[markers[i]], distance[i]);
        std::vector<double> all, big;
        for (std::size_t id = 1; id < height.size(); ++id) {
            if (!std::isfinite(height[id]))
                continue;
            all.push_back(height[id]);
            if (height[id] >= 1.5 * finest)
                big.push_back(height[id]);
        }
        if (all.empty())
            throw Error("nucleus size estimate: no nucleus-like region found (the foreground has no "
                        "background around it)");
        inscribed = median(big.empty() ? all : big);
    }

    // Pass 2: smoothing and marker height at the nuclei's own scale, then the regions' sizes.
    // The inscribed radius is about 0.7 of the equivalent one, so sigma2 is about a tenth of the
    // diameter (ACCURACY.md's rule of thumb) and h2 a fourteenth of the radius; both chosen on the
    // 24 volumes of ../shared/data (docs/ACCURACY.md), which makes the figures there tuned ones.
    const double sigma2 = std::max(finest, 0.3 * inscribed);
    const double h2 = std::max(0.5 * finest, 0.1 * inscribed);
    Volume<std::uint32_t> labels;
    {
        Volume<std::uint8_t> mask = foreground(clipped, s, sigma2, progress.sub(0.4, 0.6));
        Volume<float> distance = distanceTransform(mask, s, progress.sub(0.6, 0.7));
        Volume<std::uint32_t> markers = hMaximaMarkers(distance, static_cast<float>(h2), &mask,
                                                       Connectivity::TwentySix, progress.sub(0.7, 0.8));
        for (float& d : distance.storage())
            d = -d;
        labels = watershed(distance, std::move(markers), &mask, Connectivity::TwentySix,
                           progress.sub(0.8, 0.9));
    }
    const std::vector<std::uint64_t> sizes = objectSizes(labels);
    // Regions smaller than a ball of half the inscribed radius are fragments (a cut corner of the
    // foreground, a speck), not nuclei.
    const double minVoxels =
        std::max(8.0, 4.0 / 3.0 * pi * std::pow(0.5 * inscribed, 3) / voxelVolume);
    std::vector<double> radii;
    std::vector<bool> counted(sizes.size(), false);
    for (std::size_t id = 1; id < sizes.size(); ++id)
        if (sizes[id] > 0 && static_cast<double>(sizes[id]) >= minVoxels) {
            radii.push_back(std::cbrt(3.0 * static_cast<double>(sizes[id]) * voxelVolume / (4.0 * pi)));
            counted[id] = true;
        }
    if (radii.empty())
        throw Error("nucleus size estimate: the foreground holds no region big enough to be a nucleus");

    NucleusSizeEstimate estimate;
    estimate.radiusUm = median(radii);
    estimate.radiusVoxels[0] = estimate.radiusUm / s.z;
    estimate.radiusVoxels[1] = estimate.radiusUm / s.y;
    estimate.radiusVoxels[2] = estimate.radiusUm / s.x;
    estimate.nucleiSeen = radii.size();
    if (!measureElongation) {
        progress.report(1.0, "nucleus size estimate");
        return estimate;
    }
    // The outline is cut on the clipped image smoothed lightly (one finest voxel, enough against
    // noise): sigma2's blur is isotropic in micrometres and would round the nuclei it measures.
    Volume<float> light = std::move(clipped);
    gaussianBlur(light, finest / s.x, finest / s.y, finest / s.z, progress.sub(0.9, 0.93));
    estimate.axialElongation = medianAxialElongation(
        annotatedOutlines(std::move(light), std::move(labels), progress.sub(0.93, 0.98)), counted, s);
    progress.report(1.0, "nucleus size estimate");
    return estimate;
}

} // namespace nuclei3d
