#pragma once
// Small inputs shared by the tests that train a GAN (no test logic of its own).
#include "gan/GanConfig.h"
#include "gan/GanTraining.h"
#include "synth/SynthSettings.h"
#include "volume/Volume.h"

#include <cmath>
#include <filesystem>
#include <vector>

namespace nuclei3d::test {

/// A tiny configuration: 16x16 slices, width 4, one residual block, S slices.
inline GanTrainSettings tinyGan(GanMode mode, int slices = 2, std::int64_t steps = 4) {
    GanTrainSettings s;
    s.net.mode = mode;
    s.net.sliceSize = 16;
    s.net.predictorSlices = slices;
    s.net.generatorFilters = 4;
    s.net.generatorBlocks = 1;
    s.net.downsamplings = 2;
    s.net.discriminatorFilters = 4;
    s.net.discriminatorLayers = 3;
    s.steps = steps;
    s.cropSize = 24;
    s.syntheticVolumes = 1;
    s.sampleEvery = 2;
    s.checkpointEvery = 2;
    s.learningRate = 1e-3;
    s.seed = 7;
    return s;
}

/// Stage-1 settings for the domain-A volumes of the tiny runs.
inline SynthSettings tinySynth() {
    SynthSettings s;
    s.count = 4;
    s.radiusMin = 3.0;
    s.radiusMax = 5.0;
    s.blurSigma = 1.0;
    s.seed = 11;
    return s;
}

/// A "real" volume: smooth blobs on a dim background with a little deterministic texture.
inline GanRealVolume tinyReal(std::size_t size = 24, std::size_t depth = 12) {
    Volume<float> v(Shape{size, size, depth});
    for (std::size_t z = 0; z < depth; ++z)
        for (std::size_t y = 0; y < size; ++y)
            for (std::size_t x = 0; x < size; ++x)
                v.at(x, y, z) = 100.0f + 800.0f * static_cast<float>(std::pow(std::sin(0.4 * double(x)) *
                                                                                  std::cos(0.3 * double(y) + 0.2 * double(z)), 2)) +
                                static_cast<float>((x * 7 + y * 13 + z * 3) % 17);
    return {"real.tif", std::move(v)};
}

/// Trains a tiny recyclegan-hd (tinyGan with S = 2, two steps) on tinyReal into `folder`: a real
/// generator.pt for tests that need G1 and care not what it learned.
inline void trainTinyGan(const std::filesystem::path& folder) {
    trainGan({tinyReal()}, tinyGan(GanMode::RecycleGanHd, 2, 2), tinySynth(), folder, "{}");
}

} // namespace nuclei3d::test
