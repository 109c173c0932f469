#include "filters/Threshold.h"

#include "filters/GaussianBlur.h"
#include "filters/ParallelProgress.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace nuclei3d {
namespace {

constexpr std::size_t kBatch = 1 << 20; // voxels between two progress reports

struct Range {
    float low = std::numeric_limits<float>::infinity();
    float high = -std::numeric_limits<float>::infinity();
    bool any() const { return low <= high; }
};

/// Splits [0, voxels) into one part per thread, in a fixed order so per-part results merge the same
/// way every time.
std::size_t partCount(std::size_t voxels) {
    return std::max<std::size_t>(
        1, std::min<std::size_t>(static_cast<std::size_t>(threadCount()), voxels / kBatch));
}

} // namespace

float otsuThreshold(const Volume<float>& volume, std::size_t bins, const Progress& progress) {
    if (bins < 2)
        throw Error("Otsu threshold: at least 2 histogram bins are needed");
    const std::size_t n = volume.voxelCount();
    const std::size_t parts = partCount(n);
    const float* data = volume.data();

    std::vector<Range> ranges(parts);
    ParallelProgress rangeTracker(progress.sub(0.0, 0.4), n, "Otsu threshold");
    parallelFor(0, parts, [&](std::size_t b, std::size_t e) {
        for (std::size_t p = b; p < e; ++p) {
            // Branch-free so that the compiler can vectorise it: v - v is 0 only for finite v.
            float low = std::numeric_limits<float>::infinity(), high = -low;
            const std::size_t end = n * (p + 1) / parts;
            for (std::size_t start = n * p / parts; start < end; start += kBatch) {
                const std::size_t stop = std::min(end, start + kBatch);
                for (std::size_t i = start; i < stop; ++i) {
                    const float v = data[i];
                    const bool finite = v - v == 0.0f;
                    low = finite && v < low ? v : low;
                    high = finite && v > high ? v : high;
                }
                rangeTracker.advance(stop - start);
            }
            ranges[p] = Range{low, high};
        }
    });
    Range all;
    for (const Range& r : ranges) {
        all.low = std::min(all.low, r.low);
        all.high = std::max(all.high, r.high);
    }
    if (!all.any())
        throw Error("Otsu threshold: the volume has no finite voxel");
    if (all.low == all.high)
        return all.low;

    // numpy.histogram's binning: index from the scaled offset, then nudged so that a value on a bin
    // edge lands where the edge says; the maximum goes into the last bin.
    const double low = all.low, high = all.high;
    const double width = (high - low) / static_cast<double>(bins);
    std::vector<double> edges(bins + 1);
    for (std::size_t k = 0; k <= bins; ++k)
        edges[k] = k == bins ? high : low + width * static_cast<double>(k);
    auto edge = [&](std::size_t k) { return edges[k]; };
    std::vector<std::vector<std::uint64_t>> histograms(parts, std::vector<std::uint64_t>(bins, 0));
    ParallelProgress histogramTracker(progress.sub(0.4, 1.0), n, "Otsu threshold");
    parallelFor(0, parts, [&](std::size_t b, std::size_t e) {
        for (std::size_t p = b; p < e; ++p) {
            // Two interleaved counters per bin: runs of voxels in one bin (flat background) would
            // otherwise wait on each other's increments.
            std::vector<std::uint64_t> hist(2 * bins, 0);
            const std::size_t end = n * (p + 1) / parts;
            const double scale = static_cast<double>(bins) / (high - low);
            for (std::size_t start = n * p / parts; start < end; start += kBatch) {
                const std::size_t stop = std::min(end, start + kBatch);
                for (std::size_t i = start; i < stop; ++i) {
                    const double v = data[i];
                    if (!std::isfinite(v))
                        continue;
                    auto k = static_cast<std::size_t>((v - low) * scale);
                    if (k >= bins)
                        k = bins - 1;
                    if (k > 0 && v < edge(k))
                        --k;
                    else if (k + 1 < bins && v >= edge(k + 1))
                        ++k;
                    ++hist[2 * k + (i & 1)];
                }
                histogramTracker.advance(stop - start);
            }
            for (std::size_t k = 0; k < bins; ++k)
                histograms[p][k] = hist[2 * k] + hist[2 * k + 1];
        }
    });
    std::vector<double> hist(bins, 0.0), centre(bins);
    for (std::size_t k = 0; k < bins; ++k) {
        for (std::size_t p = 0; p < parts; ++p)
            hist[k] += static_cast<double>(histograms[p][k]);
        centre[k] = (edge(k) + edge(k + 1)) / 2.0;
    }
    // Class weights and means below (k and lower) and above (k + 1 and higher) each split point.
    std::vector<double> weightAbove(bins + 1, 0.0), sumAbove(bins + 1, 0.0);
    for (std::size_t k = bins; k-- > 0;) {
        weightAbove[k] = weightAbove[k + 1] + hist[k];
        sumAbove[k] = sumAbove[k + 1] + hist[k] * centre[k];
    }
    double weightBelow = 0.0, sumBelow = 0.0, best = -1.0;
    std::size_t bestBin = 0;
    for (std::size_t k = 0; k + 1 < bins; ++k) {
        weightBelow += hist[k];
        sumBelow += hist[k] * centre[k];
        if (weightBelow == 0.0 || weightAbove[k + 1] == 0.0)
            continue;
        const double meanDiff = sumBelow / weightBelow - sumAbove[k + 1] / weightAbove[k + 1];
        const double variance = weightBelow * weightAbove[k + 1] * meanDiff * meanDiff;
        if (variance > best) {
            best = variance;
            bestBin = k;
        }
    }
    return static_cast<float>(centre[bestBin]);
}

Volume<std::uint8_t> thresholdAbove(const Volume<float>& volume, float threshold, const Progress& progress) {
    Volume<std::uint8_t> mask(volume.shape(), 0, volume.spacing());
    const std::size_t n = volume.voxelCount();
    ParallelProgress tracker(progress, n, "threshold");
    parallelFor(0, (n + kBatch - 1) / kBatch, [&](std::size_t b, std::size_t e) {
        const float* in = volume.data();
        std::uint8_t* out = mask.data();
        for (std::size_t batch = b; batch < e; ++batch) {
            const std::size_t stop = std::min(n, (batch + 1) * kBatch);
            for (std::size_t i = batch * kBatch; i < stop; ++i)
                out[i] = in[i] > threshold ? 255 : 0;
            tracker.advance(stop - batch * kBatch);
        }
    });
    return mask;
}

SmoothedOtsu smoothedOtsu(const Volume<float>& image, double sigma, const Progress& progress) {
    SmoothedOtsu result{image, 0.0f};
    gaussianBlur(result.smoothed, sigma, sigma, sigma, progress.sub(0.0, 0.875));
    result.threshold = otsuThreshold(result.smoothed, 256, progress.sub(0.875, 1.0));
    return result;
}

} // namespace nuclei3d
