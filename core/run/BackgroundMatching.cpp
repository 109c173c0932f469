#include "run/BackgroundMatching.h"

#include "filters/Threshold.h"
#include "pipeline/Error.h"
#include "synth/SyntheticMicroscope.h"
#include "synth/SyntheticNuclei.h"
#include "unet/PercentileRange.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace nuclei3d {
namespace {

// Medians over at most about this many voxels per class: a regular sample of a whole microscopy
// volume is as good as all of it, and keeps the memory bounded.
constexpr std::size_t kMedianSample = std::size_t{1} << 22;

float median(std::vector<float>& values) {
    if (values.empty())
        return 0.0f;
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

// Bisection steps per search: 0.9 / 2^10 < 0.001 of full scale for the background, a factor of
// 10^(5 / 2^10) < 1.2 % for the photons.
constexpr int kBisectionSteps = 10;
// Rounds of (background, then photons): the second changes the first's result by a few per cent,
// the third by less.
constexpr int kRounds = 3;
constexpr double kMaxBackground = 0.9;
constexpr double kMaxLog10Photons = 5.0;
// The calibration volume's largest edge (voxels): enough nuclei for stable medians, fast to simulate.
constexpr std::size_t kCalibrationEdge = 64;

// The x in [low, high] where the increasing function f reaches target, by bisection; exactly an end
// when the target lies at or beyond it.
template <typename F>
double bisect(double low, double high, double target, F&& f) {
    if (f(low) >= target)
        return low;
    if (f(high) <= target)
        return high;
    for (int i = 0; i < kBisectionSteps; ++i) {
        const double middle = 0.5 * (low + high);
        (f(middle) < target ? low : high) = middle;
    }
    return 0.5 * (low + high);
}

} // namespace

BackgroundLook measureBackgroundLook(const Volume<float>& image, double lowPercent, double highPercent,
                                     const Progress& progress) {
    if (image.empty())
        throw Error("background level: the volume is empty");
    const IntensityRange range = percentileRange(image.data(), image.voxelCount(), lowPercent, highPercent);
    if (!(range.high > range.low))
        throw Error("background level: the volume is flat (its percentiles coincide)");
    progress.report(0.1, "background level: smoothing");
    const auto [smoothed, threshold] = smoothedOtsu(image, 1.0, progress.sub(0.1, 0.8));
    const std::size_t stride = std::max<std::size_t>(1, image.voxelCount() / kMedianSample);
    std::vector<float> background, nuclei;
    double sum = 0.0, sumSquares = 0.0;
    for (std::size_t i = 0; i < image.voxelCount(); i += stride) {
        const float value = range.normalise(image[i]);
        if (!std::isfinite(value) || !std::isfinite(smoothed[i]))
            continue;
        if (smoothed[i] > threshold) {
            nuclei.push_back(value);
        } else {
            background.push_back(value);
            sum += value;
            sumSquares += double(value) * value;
        }
        if ((i / stride) % 65536 == 0)
            progress.checkCancelled();
    }
    progress.report(0.9, "background level: medians");
    BackgroundLook look;
    const double nucleusLevel = median(nuclei);
    if (background.empty() || !(nucleusLevel > 0.0))
        return look; // nothing stands out: treated as a black, noiseless background
    const double n = double(background.size());
    const double mean = sum / n;
    look.level = std::max(0.0, double(median(background))) / nucleusLevel;
    look.noise = std::sqrt(std::max(0.0, sumSquares / n - mean * mean)) / nucleusLevel;
    return look;
}

BackgroundMatch matchBackground(SynthSettings synth, MicroscopeSettings microscope, const BackgroundLook& target,
                                double lowPercent, double highPercent, const Progress& progress) {
    if (!std::isfinite(target.level) || !std::isfinite(target.noise))
        throw Error("background matching: the target's level and noise must be finite");
    // Nuclei as the pairs will have them, on a smaller volume.
    synth.shape = Shape{std::min(synth.shape.x, kCalibrationEdge), std::min(synth.shape.y, kCalibrationEdge),
                        std::min(synth.shape.z, kCalibrationEdge)};
    validate(synth);
    const SynthResult nuclei = generateSynthetic(synth, progress.sub(0.0, 0.1));
    int evaluations = 0;
    // Each bisection looks at both ends and then kBisectionSteps middles; one more look at the result.
    const int total = kRounds * 2 * (kBisectionSteps + 2) + 1;
    const auto lookAt = [&](double background, double photons) {
        microscope.background = background;
        microscope.photons = photons;
        const Volume<float> picture = simulateMicroscope(nuclei.instances, nuclei.nuclei.size(), microscope);
        const BackgroundLook look = measureBackgroundLook(picture, lowPercent, highPercent);
        progress.report(0.1 + 0.9 * double(++evaluations) / total, "matching the background");
        return look;
    };
    // The given settings are the floor: never a darker background or fewer photons' noise.
    const double leastBackground = std::clamp(microscope.background, 0.0, kMaxBackground);
    const double mostLog10Photons = std::clamp(std::log10(std::max(1.0, microscope.photons)), 0.0, kMaxLog10Photons);
    double background = leastBackground;
    double log10Photons = mostLog10Photons;
    for (int round = 0; round < kRounds; ++round) {
        background = bisect(leastBackground, kMaxBackground, target.level,
                            [&](double b) { return lookAt(b, std::pow(10.0, log10Photons)).level; });
        // Noise falls as photons grow: bisect on its negative, which grows.
        log10Photons = bisect(0.0, mostLog10Photons, -target.noise,
                              [&](double l) { return -lookAt(background, std::pow(10.0, l)).noise; });
    }
    BackgroundMatch match;
    match.background = background;
    match.photons = std::pow(10.0, log10Photons);
    match.look = lookAt(match.background, match.photons);
    return match;
}

} // namespace nuclei3d
