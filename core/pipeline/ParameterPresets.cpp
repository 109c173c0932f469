#include "pipeline/ParameterPresets.h"

#include "pipeline/Error.h"

namespace nuclei3d {

const std::vector<ParameterPreset>& parameterPresets() {
    static const std::vector<ParameterPreset> presets{
        {"cpu",
         "Fast CPU recipe (measured)",
         "The settings docs/ACCURACY.md measured on a 2-core CPU: the non-GAN synthetic microscope, two width-8 "
         "M1s trained 300 steps at learning rate 1e-3 on 32^3 pairs cut from six 64^3 volumes, eight views per "
         "tile, M1's check and fallback threshold at 0.2, the distance map weighted by the blurred I_seg squared "
         "before the watershed. Minutes per bbbc050 volume, above the classical baseline on bbbc050, GoNuclear and stardist_synth.",
         {{"gan.mode", "nogan"},
          {"pairs.volumes", "6"},
          {"pairs.volume_size", "64"},
          {"pairs.crop_size", "32"},
          {"unet.base_filters", "8"},
          {"unet.steps", "300"},
          {"unet.learning_rate", "0.001"},
          {"unet.ensemble", "2"},
          {"inference.views", "8"},
          {"postprocess.threshold", "0.2"},
          {"postprocess.probability_power", "2"}}},
        {"publication",
         "Publication-sized networks (GPU)",
         "The network sizes of the publication: U-Net with 4 levels and 32 channels at the first, GAN "
         "generators and discriminators 64 channels wide with 9 residual blocks on 128^2 slices. Many "
         "times slower than the defaults on a CPU (docs/BENCHMARKS.md); meant for a GPU.",
         {{"unet.depth", "4"},
          {"unet.base_filters", "32"},
          {"gan.slice_size", "128"},
          {"gan.generator_filters", "64"},
          {"gan.generator_blocks", "9"},
          {"gan.discriminator_filters", "64"}}},
    };
    return presets;
}

const ParameterPreset& parameterPreset(const std::string& id) {
    std::string known;
    for (const ParameterPreset& preset : parameterPresets()) {
        if (preset.id == id)
            return preset;
        known += (known.empty() ? "" : ", ") + preset.id;
    }
    throw Error("unknown preset \"" + id + "\" (known: " + known + ")");
}

void applyPreset(ParameterSet& parameters, const ParameterPreset& preset) {
    ParameterSet changed = parameters; // a bad value leaves the caller's set untouched
    for (const auto& [name, text] : preset.values)
        changed.setFromText(name, text);
    parameters = std::move(changed);
}

bool takesHoursOnACpu(const ParameterSet& parameters, bool trainsGan) {
    // Measured on 2 cores (docs/BENCHMARKS.md, ACCURACY.md): a GAN step about 1 s, a default U-Net step
    // (width 16, batch 2 of 64^3) about 3 s, so a thousand steps of either is most of an hour or more.
    const bool longGan =
        trainsGan && parameters.text("gan.mode") != "nogan" && parameters.integer("gan.steps") >= 1000;
    return longGan || parameters.integer("unet.steps") >= 1000;
}

} // namespace nuclei3d
