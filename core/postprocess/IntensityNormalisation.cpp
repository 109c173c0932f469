#include "postprocess/IntensityNormalisation.h"

#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <mutex>
#include <vector>

namespace nuclei3d {
namespace {

constexpr std::size_t kBins = 65536;
constexpr std::size_t kGrain = 1 << 18;

struct ValueSpan {
    float min = std::numeric_limits<float>::infinity();
    float max = -std::numeric_limits<float>::infinity();
    std::uint64_t finite = 0;
};

ValueSpan valueSpan(const Volume<float>& v) {
    ValueSpan total;
    std::mutex merge;
    parallelFor(
        0, v.voxelCount(),
        [&](std::size_t b, std::size_t e) {
            ValueSpan local;
            for (std::size_t i = b; i < e; ++i) {
                const float x = v[i];
                if (!std::isfinite(x))
                    continue;
                local.min = std::min(local.min, x);
                local.max = std::max(local.max, x);
                ++local.finite;
            }
            std::lock_guard<std::mutex> lock(merge);
            total.min = std::min(total.min, local.min);
            total.max = std::max(total.max, local.max);
            total.finite += local.finite;
        },
        kGrain);
    return total;
}

} // namespace

IntensityRange percentileRange(const Volume<float>& volume, double lowPercent, double highPercent,
                               const Progress& progress) {
    if (!(lowPercent >= 0.0 && lowPercent < highPercent && highPercent <= 100.0))
        throw Error("intensity normalisation: the percentiles must satisfy 0 <= low < high <= 100");
    const ValueSpan span = valueSpan(volume);
    progress.report(0.4, "intensity percentiles");
    if (span.finite == 0)
        return {};
    if (span.max == span.min)
        return {span.min, span.max};
    const double scale =
        static_cast<double>(kBins) / (static_cast<double>(span.max) - static_cast<double>(span.min));
    std::vector<std::uint64_t> histogram(kBins, 0);
    std::mutex merge;
    parallelFor(
        0, volume.voxelCount(),
        [&](std::size_t b, std::size_t e) {
            std::vector<std::uint64_t> local(kBins, 0);
            for (std::size_t i = b; i < e; ++i) {
                const float x = volume[i];
                if (!std::isfinite(x))
                    continue;
                const auto bin = static_cast<std::size_t>((static_cast<double>(x) - span.min) * scale);
                ++local[std::min(bin, kBins - 1)];
            }
            std::lock_guard<std::mutex> lock(merge);
            for (std::size_t k = 0; k < kBins; ++k)
                histogram[k] += local[k];
            progress.checkCancelled();
        },
        std::max<std::size_t>(kGrain, volume.voxelCount() / 8));
    // The value at a percentile: the centre of the bin where the cumulative count passes it.
    auto valueAt = [&](double percent) {
        const double rank = percent / 100.0 * static_cast<double>(span.finite - 1);
        std::uint64_t seen = 0;
        for (std::size_t k = 0; k < kBins; ++k) {
            seen += histogram[k];
            if (static_cast<double>(seen) > rank)
                return static_cast<float>(span.min + (static_cast<double>(k) + 0.5) / scale);
        }
        return span.max;
    };
    IntensityRange range{valueAt(lowPercent), valueAt(highPercent)};
    range.low = std::max(range.low, span.min);
    range.high = std::min(range.high, span.max);
    if (range.high <= range.low)
        range.high = span.max; // nearly constant volume: let the few brighter voxels still stand out
    progress.report(1.0, "intensity percentiles");
    return range;
}

void normaliseIntensity(Volume<float>& volume, const IntensityRange& range, const Progress& progress) {
    const double width = static_cast<double>(range.high) - static_cast<double>(range.low);
    const float scale = width > 0 ? static_cast<float>(1.0 / width) : 0.0f;
    const float offset = range.low;
    parallelFor(
        0, volume.voxelCount(),
        [&](std::size_t b, std::size_t e) {
            for (std::size_t i = b; i < e; ++i)
                volume[i] = (volume[i] - offset) * scale;
            progress.checkCancelled();
        },
        kGrain);
    progress.report(1.0, "intensity normalisation");
}

} // namespace nuclei3d
