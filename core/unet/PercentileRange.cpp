#include "unet/PercentileRange.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace nuclei3d {
namespace {

float rankValue(std::vector<float>& sample, double percent) {
    const double position = std::clamp(percent, 0.0, 100.0) / 100.0 * double(sample.size() - 1);
    const auto rank = static_cast<std::size_t>(std::llround(position));
    std::nth_element(sample.begin(), sample.begin() + static_cast<std::ptrdiff_t>(rank), sample.end());
    return sample[rank];
}

} // namespace

IntensityRange percentileRange(const float* values, std::size_t n, double lowPercent, double highPercent) {
    if (n == 0)
        return {};
    constexpr std::size_t kMaxSample = std::size_t{1} << 22;
    const std::size_t stride = std::max<std::size_t>(1, (n + kMaxSample - 1) / kMaxSample);
    std::vector<float> sample;
    sample.reserve(n / stride + 1);
    for (std::size_t i = 0; i < n; i += stride)
        if (std::isfinite(values[i]))
            sample.push_back(values[i]);
    if (sample.empty())
        return {};
    IntensityRange range;
    range.low = rankValue(sample, lowPercent);
    range.high = rankValue(sample, highPercent);
    return range;
}

} // namespace nuclei3d
