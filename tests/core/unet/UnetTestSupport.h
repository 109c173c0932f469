#pragma once
// Small inputs shared by the U-Net tests (no test logic of its own).
#include "pipeline/Parallel.h"
#include "synth/SyntheticMicroscope.h"
#include "synth/SyntheticNuclei.h"
#include "synth/TrainingPairs.h"
#include "unet/UnetTraining.h"

#include <vector>

namespace nuclei3d::test {

/// Eight 16^3 pairs cut from one 32^3 synthetic volume with its microscope image.
inline std::vector<TrainingPair> tinyPairs() {
    SynthSettings s;
    s.shape = Shape{32, 32, 32};
    s.count = 10;
    s.radiusMin = 3.0;
    s.radiusMax = 5.0;
    s.blurSigma = 1.0;
    s.seed = 5;
    const SynthResult synth = generateSynthetic(s);
    MicroscopeSettings m;
    m.psfSigma = 1.0;
    m.seed = 5;
    const Volume<float> input = simulateMicroscope(synth.instances, synth.nuclei.size(), m);
    return cutTrainingPairs(synth, input, 16);
}

/// A fast network and schedule for tests: depth 2, base width 4.
inline UnetTrainSettings tinyTraining(std::int64_t steps) {
    UnetTrainSettings t;
    t.net.depth = 2;
    t.net.baseFilters = 4;
    t.steps = steps;
    t.batchSize = 2;
    t.learningRate = 1e-2;
    t.validationFraction = 0.25;
    t.checkpointEvery = 5;
    t.seed = 3;
    return t;
}

} // namespace nuclei3d::test
