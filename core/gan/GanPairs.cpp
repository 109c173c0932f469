#include "gan/GanPairs.h"

namespace nuclei3d {

std::string ganPairsInput(GanMode mode, const std::string& source) {
    return std::string("GAN G1 (") + ganModeName(mode) + ") from " + source;
}

std::size_t writeGanTrainingPairs(const std::filesystem::path& folder, const PairSettings& settings,
                                  GanGenerator& generator, const std::string& source,
                                  const ParameterSet& parameters, const Progress& progress) {
    const auto g1 = [&generator](const SynthResult& synth, std::uint64_t, const Progress& part) {
        return generator.synthesize(synth.blurred, part);
    };
    return writeTrainingPairs(folder, settings, parameters, g1, ganPairsInput(generator.config().mode, source),
                              progress);
}

} // namespace nuclei3d
