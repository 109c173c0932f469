#include "unet/TiledInference.h"

#include "pipeline/Error.h"
#include "unet/PercentileRange.h"
#include "unet/TorchThreads.h"
#include "unet/UnetModelImpl.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace nuclei3d {
namespace {

// The tiles along one axis: their starts, their common edge, and each voxel's summed weight.
struct AxisTiling {
    std::size_t edge = 0;
    std::vector<std::size_t> starts;
    std::vector<float> weightSum;

    // Weight of offset i in tile t: a squared-sine ramp over the overlap on each side that has a
    // neighbour tile, 1 elsewhere (never 0, as (i + 0.5) stays inside the ramp).
    float weight(std::size_t t, std::size_t i, std::size_t overlap) const {
        float w = 1.0f;
        if (overlap == 0)
            return w;
        const double ramp = 1.5707963267948966 / double(overlap);
        if (t > 0 && i < overlap)
            w *= static_cast<float>(std::pow(std::sin(ramp * (double(i) + 0.5)), 2));
        if (t + 1 < starts.size() && edge - 1 - i < overlap)
            w *= static_cast<float>(std::pow(std::sin(ramp * (double(edge - 1 - i) + 0.5)), 2));
        return w;
    }
};

AxisTiling tileAxis(std::size_t size, std::size_t tile, std::size_t overlap, std::size_t multiple) {
    AxisTiling axis;
    // A volume thinner than a tile is covered by one tile just big enough, padded by replication.
    axis.edge = std::min(tile, (size + multiple - 1) / multiple * multiple);
    const std::size_t stride = axis.edge - std::min(overlap, axis.edge / 2);
    for (std::size_t start = 0;; start += stride) {
        if (start + axis.edge >= size) {
            axis.starts.push_back(size > axis.edge ? size - axis.edge : 0);
            break;
        }
        axis.starts.push_back(start);
    }
    axis.weightSum.assign(size, 0.0f);
    const std::size_t ramp = std::min(overlap, axis.edge / 2);
    for (std::size_t t = 0; t < axis.starts.size(); ++t)
        for (std::size_t i = 0; i < axis.edge && axis.starts[t] + i < size; ++i)
            axis.weightSum[axis.starts[t] + i] += axis.weight(t, i, ramp);
    return axis;
}

// View v of a (1, 1, z, y, x) tile: bit 2 swaps x and y, bit 0 flips x, bit 1 flips y.
torch::Tensor orient(torch::Tensor t, int v) {
    if (v & 4)
        t = t.transpose(3, 4);
    if (v & 1)
        t = t.flip({4});
    if (v & 2)
        t = t.flip({3});
    return t.contiguous();
}

// The inverse of orient: the same steps undone in reverse order.
torch::Tensor unorient(torch::Tensor t, int v) {
    if (v & 2)
        t = t.flip({3});
    if (v & 1)
        t = t.flip({4});
    if (v & 4)
        t = t.transpose(3, 4);
    return t;
}

// The mean sigmoid over the first `views` orientations. Averaging over symmetries the network was
// trained to respect smooths out what one orientation of one seed's weights gets wrong.
torch::Tensor predictTile(UNet3d& net, const torch::Tensor& input, int views) {
    torch::Tensor sum = torch::sigmoid(net->forward(input));
    for (int v = 1; v < views; ++v)
        sum.add_(unorient(torch::sigmoid(net->forward(orient(input, v))), v));
    if (views > 1)
        sum.div_(static_cast<float>(views));
    return sum;
}

} // namespace

TileSettings tileSettingsFrom(const ParameterSet& p) {
    TileSettings t;
    t.tileSize = static_cast<std::size_t>(p.integer("inference.tile_size"));
    t.overlap = static_cast<std::size_t>(p.integer("inference.tile_overlap"));
    t.views = static_cast<int>(p.integer("inference.views"));
    return t;
}

IntensityRange ImageInputRanges::forModel(const UnetModel& model) {
    for (const Measured& m : m_measured)
        if (m.low == model.percentileLow() && m.high == model.percentileHigh())
            return m.range;
    const IntensityRange range =
        percentileRange(m_image.data(), m_image.voxelCount(), model.percentileLow(), model.percentileHigh());
    m_measured.push_back({model.percentileLow(), model.percentileHigh(), range});
    return range;
}

Volume<float> predictVolume(UnetModel& model, const Volume<float>& image, const TileSettings& settings,
                            const Progress& progress, ImageInputRanges* ranges) {
    const auto multiple = static_cast<std::size_t>(model.config().sizeMultiple());
    const std::size_t tile = settings.tileSize / multiple * multiple;
    if (tile == 0)
        throw Error("inference.tile_size must be at least " + std::to_string(multiple) + " for this network");
    if (image.empty())
        throw Error("inference: the volume is empty");
    if (settings.views < 1 || settings.views > 8)
        throw Error("inference.views must be between 1 and 8, not " + std::to_string(settings.views));
    applyTorchThreads();
    const IntensityRange range = ranges ? ranges->forModel(model) : ImageInputRanges(image).forModel(model);
    const float scale = range.high > range.low ? 1.0f / (range.high - range.low) : 0.0f;
    const float ceiling = static_cast<float>(std::min<double>(model.inputCeiling(), std::numeric_limits<float>::max()));
    // Normalised, clamped to what training showed the network; a NaN or -inf voxel (float TIFFs
    // can hold them) becomes background instead of spreading NaN through every convolution.
    const auto networkInput = [&](float raw) {
        const float v = (raw - range.low) * scale;
        return std::isnan(v) || v == -std::numeric_limits<float>::infinity() ? 0.0f : std::min(ceiling, v);
    };

    const AxisTiling ax = tileAxis(image.sizeX(), tile, settings.overlap, multiple);
    const AxisTiling ay = tileAxis(image.sizeY(), tile, settings.overlap, multiple);
    const AxisTiling az = tileAxis(image.sizeZ(), tile, settings.overlap, multiple);
    const std::size_t rampX = std::min(settings.overlap, ax.edge / 2);
    const std::size_t rampY = std::min(settings.overlap, ay.edge / 2);
    const std::size_t rampZ = std::min(settings.overlap, az.edge / 2);

    Volume<float> out(image.shape(), 0.0f, image.spacing());
    UNet3d& net = model.impl().net;
    const torch::Device device = model.impl().device;
    net->eval();
    torch::InferenceMode inferenceMode;
    const std::size_t count = ax.starts.size() * ay.starts.size() * az.starts.size();
    std::vector<float> tileIn(ax.edge * ay.edge * az.edge);
    std::size_t done = 0;
    for (std::size_t tz = 0; tz < az.starts.size(); ++tz)
        for (std::size_t ty = 0; ty < ay.starts.size(); ++ty)
            for (std::size_t tx = 0; tx < ax.starts.size(); ++tx, ++done) {
                progress.report(double(done) / double(count),
                                "tile " + std::to_string(done + 1) + "/" + std::to_string(count));
                const std::size_t x0 = ax.starts[tx], y0 = ay.starts[ty], z0 = az.starts[tz];
                float* to = tileIn.data();
                for (std::size_t k = 0; k < az.edge; ++k)
                    for (std::size_t j = 0; j < ay.edge; ++j) {
                        const std::size_t z = std::min(z0 + k, image.sizeZ() - 1);
                        const std::size_t y = std::min(y0 + j, image.sizeY() - 1);
                        for (std::size_t i = 0; i < ax.edge; ++i)
                            *to++ = networkInput(image.at(std::min(x0 + i, image.sizeX() - 1), y, z));
                    }
                const torch::Tensor input =
                    torch::from_blob(tileIn.data(),
                                     {1, 1, static_cast<std::int64_t>(az.edge), static_cast<std::int64_t>(ay.edge),
                                      static_cast<std::int64_t>(ax.edge)},
                                     torch::kFloat)
                        .to(device);
                const torch::Tensor result = predictTile(net, input, settings.views).to(torch::kCPU).contiguous();
                const float* from = result.data_ptr<float>();
                for (std::size_t k = 0; k < az.edge; ++k) {
                    const std::size_t z = z0 + k;
                    const float wz = az.weight(tz, k, rampZ);
                    for (std::size_t j = 0; j < ay.edge; ++j) {
                        const std::size_t y = y0 + j;
                        const float wzy = wz * ay.weight(ty, j, rampY);
                        const float* row = from + (k * ay.edge + j) * ax.edge;
                        if (z >= image.sizeZ() || y >= image.sizeY())
                            continue;
                        for (std::size_t i = 0; i < ax.edge && x0 + i < image.sizeX(); ++i)
                            out.at(x0 + i, y, z) += wzy * ax.weight(tx, i, rampX) * row[i];
                    }
                }
            }
    for (std::size_t z = 0; z < out.sizeZ(); ++z)
        for (std::size_t y = 0; y < out.sizeY(); ++y) {
            const float wzy = az.weightSum[z] * ay.weightSum[y];
            for (std::size_t x = 0; x < out.sizeX(); ++x)
                out.at(x, y, z) /= wzy * ax.weightSum[x];
        }
    progress.report(1.0, "inference done");
    return out;
}

} // namespace nuclei3d
