#include "gan/GanPairs.h"

#include "io/AtomicFile.h"
#include "io/TiffVolumeIO.h"
#include "pipeline/Error.h"
#include "synth/SyntheticNuclei.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace nuclei3d {

std::size_t writeGanTrainingPairs(const std::filesystem::path& folder, const PairSettings& settings,
                                  GanGenerator& generator, const std::string& source,
                                  const ParameterSet& parameters, const Progress& progress) {
    if (settings.cropSize == 0 || settings.cropSize > settings.volumeSize)
        throw Error("pairs.crop_size must be at least 1 and at most pairs.volume_size");
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec)
        throw FileError(folder, "cannot create the folder: " + ec.message());
    nlohmann::json list = nlohmann::json::array();
    std::size_t index = 0;
    for (std::size_t v = 0; v < settings.volumes; ++v) {
        const Progress part = progress.sub(double(v) / settings.volumes, double(v + 1) / settings.volumes);
        SynthSettings synth = settings.synth;
        synth.shape = Shape{settings.volumeSize, settings.volumeSize, settings.volumeSize};
        synth.seed = settings.synth.seed + v;
        const SynthResult result = generateSynthetic(synth, part.sub(0.0, 0.4));
        const Volume<float> input = generator.synthesize(result.blurred, part.sub(0.4, 0.7));
        const std::vector<TrainingPair> pairs = cutTrainingPairs(result, input, settings.cropSize);
        for (std::size_t i = 0; i < pairs.size(); ++i, ++index) {
            part.report(0.7 + 0.3 * double(i) / double(pairs.size()), "writing pair " + std::to_string(index + 1));
            nlohmann::json entry;
            entry["volume"] = v;
            const std::pair<const char*, AnyVolume> files[] = {{"input", pairs[i].input},
                                                               {"binary", pairs[i].binary},
                                                               {"contour", pairs[i].contour},
                                                               {"shapemarker", pairs[i].shapemarker}};
            for (const auto& [what, volume] : files) {
                char name[64];
                std::snprintf(name, sizeof name, "pair%05zu_%s.tif", index, what);
                writeVolume(folder / name, volume);
                entry[what] = name;
            }
            list.push_back(entry);
        }
    }
    nlohmann::json manifest;
    manifest["format"] = "nuclei3d-training-pairs";
    manifest["version"] = 1;
    manifest["crop_size"] = settings.cropSize;
    manifest["input"] = std::string("GAN G1 (") + ganModeName(generator.config().mode) + ") from " + source;
    manifest["pairs"] = list;
    manifest["parameters"] = nlohmann::json::parse(parameters.toJson());
    writeTextFileAtomically(folder / "pairs.json", manifest.dump(2) + "\n");
    progress.report(1.0, "pairs written");
    return index;
}

} // namespace nuclei3d
