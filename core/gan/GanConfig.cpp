#include "gan/GanConfig.h"

#include "pipeline/Error.h"

#include <algorithm>

namespace nuclei3d {

const char* ganModeName(GanMode mode) {
    switch (mode) {
    case GanMode::CycleGan: return "cyclegan";
    case GanMode::SpCycleGan: return "spcyclegan";
    case GanMode::RecycleGan: return "recyclegan";
    case GanMode::RecycleGanHd: return "recyclegan-hd";
    }
    return "recyclegan-hd";
}

GanMode ganModeFromName(const std::string& name) {
    for (GanMode m : {GanMode::CycleGan, GanMode::SpCycleGan, GanMode::RecycleGan, GanMode::RecycleGanHd})
        if (name == ganModeName(m))
            return m;
    throw Error("unknown GAN mode '" + name + "' (expected recyclegan-hd, recyclegan, cyclegan or spcyclegan)");
}

bool usesPredictors(GanMode mode) { return mode == GanMode::RecycleGan || mode == GanMode::RecycleGanHd; }

bool GanNetworkConfig::operator==(const GanNetworkConfig& o) const {
    return mode == o.mode && sliceSize == o.sliceSize && predictorSlices == o.predictorSlices &&
           generatorFilters == o.generatorFilters && generatorBlocks == o.generatorBlocks &&
           downsamplings == o.downsamplings && discriminatorFilters == o.discriminatorFilters &&
           discriminatorLayers == o.discriminatorLayers;
}

GanNetworkConfig GanNetworkConfig::publication(GanMode mode) {
    GanNetworkConfig c;
    c.mode = mode;
    c.sliceSize = 128;
    c.generatorFilters = 64;
    c.generatorBlocks = 9;
    c.downsamplings = 2;
    c.discriminatorFilters = 64;
    c.discriminatorLayers = 3;
    return c;
}

GanTrainSettings ganTrainSettingsFrom(const ParameterSet& p) {
    GanTrainSettings s;
    s.net.mode = ganModeFromName(p.text("gan.mode"));
    s.net.sliceSize = static_cast<int>(p.integer("gan.slice_size"));
    s.net.predictorSlices = static_cast<int>(p.integer("gan.predictor_slices"));
    s.net.generatorFilters = static_cast<int>(p.integer("gan.generator_filters"));
    s.net.generatorBlocks = static_cast<int>(p.integer("gan.generator_blocks"));
    s.net.downsamplings = static_cast<int>(p.integer("gan.generator_downsamplings"));
    s.net.discriminatorFilters = static_cast<int>(p.integer("gan.discriminator_filters"));
    s.net.discriminatorLayers = static_cast<int>(p.integer("gan.discriminator_layers"));
    s.weights.recycleA = p.real("gan.lambda_recycle_ab");
    s.weights.recycleB = p.real("gan.lambda_recycle_ba");
    s.weights.recurrentA = p.real("gan.lambda_recurrent_a");
    s.weights.recurrentB = p.real("gan.lambda_recurrent_b");
    s.weights.contour = p.real("gan.lambda_contour");
    s.weights.spatial = p.real("gan.lambda_spatial");
    s.weights.geometry = p.real("gan.lambda_geometry");
    s.learningRate = p.real("gan.learning_rate");
    s.beta1 = p.real("gan.beta1");
    s.beta2 = p.real("gan.beta2");
    s.steps = p.integer("gan.steps");
    s.cropSize = static_cast<int>(p.integer("gan.crop_size"));
    s.syntheticVolumes = static_cast<int>(p.integer("gan.synthetic_volumes"));
    s.domainForegroundFraction = p.real("gan.foreground_fraction");
    s.sampleEvery = p.integer("gan.sample_every");
    s.checkpointEvery = p.integer("gan.checkpoint_every");
    s.seed = static_cast<std::uint64_t>(p.integer("gan.seed"));
    s.cycleNoise = p.real("gan.cycle_noise");
    s.contourSkipsEmptySlices = p.boolean("gan.contour_skip_empty");
    s.percentileLow = p.real("inference.percentile_low");
    s.percentileHigh = p.real("inference.percentile_high");
    return s;
}

SynthSettings ganDomainSynthSettings(const SynthSettings& synth, const GanTrainSettings& settings) {
    SynthSettings a = synth;
    if (settings.domainForegroundFraction > 0.0) {
        a.count = 0;
        a.foregroundFraction = settings.domainForegroundFraction;
    }
    return a;
}

void validate(const GanTrainSettings& s) {
    const GanNetworkConfig& n = s.net;
    if (n.predictorSlices < 2)
        throw Error("gan.predictor_slices must be at least 2");
    if (n.downsamplings < 1 || n.generatorFilters < 1 || n.discriminatorFilters < 1 || n.discriminatorLayers < 1 ||
        n.generatorBlocks < 0)
        throw Error("GAN network sizes must be positive");
    if (n.sliceSize < 8 || n.sliceSize % n.sizeMultiple() != 0)
        throw Error("gan.slice_size (" + std::to_string(n.sliceSize) + ") must be a multiple of " +
                    std::to_string(n.sizeMultiple()) + " (2 to the power gan.generator_downsamplings)");
    // The discriminator halves the slice in all but its last layer; the 4x4 stride-1 layers after
    // it take a pixel each, and at least one output pixel must be left.
    const int strided = 1 + std::max(0, n.discriminatorLayers - 2);
    if (strided >= 16 || (n.sliceSize >> strided) < 3)
        throw Error("gan.slice_size is too small for the discriminator");
    if (s.steps < 1 || s.sampleEvery < 1 || s.checkpointEvery < 1 || !(s.learningRate > 0.0))
        throw Error("GAN training: steps, sample and checkpoint intervals and learning rate must be positive");
    if (s.syntheticVolumes < 1)
        throw Error("gan.synthetic_volumes must be at least 1");
    if (s.cropSize < n.sliceSize)
        throw Error("gan.crop_size must be at least gan.slice_size");
}

} // namespace nuclei3d
