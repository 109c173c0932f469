#include "gan/GanPairs.h"

namespace nuclei3d {

std::string ganPairsInput(GanMode mode, const std::string& source, const PairSettings& settings) {
    std::string input = std::string("GAN G1 (") + ganModeName(mode) + ") from " + source;
    if (const std::size_t microscope = microscopeVolumeCount(settings); microscope > 0)
        input += ", the synthetic microscope for " + std::to_string(microscope) + " of " +
                 std::to_string(settings.volumes) + " volumes";
    return input;
}

std::size_t writeGanTrainingPairs(const std::filesystem::path& folder, const PairSettings& settings,
                                  GanGenerator& generator, const std::string& source,
                                  const ParameterSet& parameters, const Progress& progress) {
    const std::size_t firstMicroscopeVolume = settings.volumes - microscopeVolumeCount(settings);
    const auto input = [&](const SynthResult& synth, std::size_t volume, std::uint64_t seed, const Progress& part) {
        if (volume >= firstMicroscopeVolume)
            return microscopeInput(settings, synth, seed, part);
        return generator.synthesize(synth.blurred, part);
    };
    return writeTrainingPairs(folder, settings, parameters, input,
                              ganPairsInput(generator.config().mode, source, settings), progress);
}

} // namespace nuclei3d
