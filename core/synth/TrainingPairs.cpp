#include "synth/TrainingPairs.h"

#include "io/AtomicFile.h"
#include "io/TiffVolumeIO.h"
#include "pipeline/Error.h"
#include "pipeline/StageSettings.h"
#include "synth/SyntheticMicroscope.h"
#include "synth/SyntheticNuclei.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace nuclei3d {
namespace {

constexpr const char* kManifest = "pairs.json";
constexpr const char* kFormat = "nuclei3d-training-pairs";

template <typename T>
Volume<T> crop(const Volume<T>& v, std::size_t x0, std::size_t y0, std::size_t z0, std::size_t size) {
    Volume<T> out(Shape{size, size, size}, T{}, v.spacing());
    for (std::size_t z = 0; z < size; ++z)
        for (std::size_t y = 0; y < size; ++y) {
            const T* from = &v.at(x0, y0 + y, z0 + z);
            std::copy(from, from + size, &out.at(0, y, z));
        }
    return out;
}

template <typename T>
Volume<T> readAs(const std::filesystem::path& file, std::size_t size) {
    AnyVolume any = readVolume(file);
    auto* v = std::get_if<Volume<T>>(&any);
    if (!v)
        throw FileError(file, std::string("training pair has voxel type ") + voxelTypeName(voxelType(any)) +
                                  ", expected " + voxelTypeName(voxelTypeOf<T>()));
    if (v->shape() != Shape{size, size, size})
        throw FileError(file, "training pair is not " + std::to_string(size) + "^3 voxels as pairs.json says");
    return std::move(*v);
}

std::string pairName(std::size_t index, const char* what) {
    char name[64];
    std::snprintf(name, sizeof name, "pair%05zu_%s.tif", index, what);
    return name;
}

} // namespace

PairSettings pairSettingsFrom(const ParameterSet& p) {
    PairSettings s;
    s.volumes = static_cast<std::size_t>(p.integer("pairs.volumes"));
    s.volumeSize = static_cast<std::size_t>(p.integer("pairs.volume_size"));
    s.cropSize = static_cast<std::size_t>(p.integer("pairs.crop_size"));
    s.synth = synthSettingsFrom(p);
    s.microscope = microscopeSettingsFrom(p);
    s.microscopeShare = p.real("pairs.microscope_share");
    return s;
}

std::vector<TrainingPair> cutTrainingPairs(const SynthResult& synth, const Volume<float>& input,
                                           std::size_t cropSize) {
    const Shape shape = input.shape();
    if (cropSize == 0 || synth.binary.shape() != shape)
        throw Error("training pairs: the input and the synthetic volumes differ in size");
    std::vector<TrainingPair> pairs;
    for (std::size_t z = 0; z + cropSize <= shape.z; z += cropSize)
        for (std::size_t y = 0; y + cropSize <= shape.y; y += cropSize)
            for (std::size_t x = 0; x + cropSize <= shape.x; x += cropSize)
                pairs.push_back({crop(input, x, y, z, cropSize), crop(synth.binary, x, y, z, cropSize),
                                 crop(synth.contour, x, y, z, cropSize), crop(synth.shapemarker, x, y, z, cropSize)});
    return pairs;
}

std::size_t writeTrainingPairs(const std::filesystem::path& folder, const PairSettings& settings,
                               const ParameterSet& parameters, const PairInputMaker& makeInput,
                               const std::string& inputDescription, const Progress& progress) {
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
        const Volume<float> input = makeInput(result, v, synth.seed, part.sub(0.4, 0.7));
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
                const std::string name = pairName(index, what);
                writeVolume(folder / name, volume);
                entry[what] = name;
            }
            list.push_back(entry);
        }
    }
    nlohmann::json manifest;
    manifest["format"] = kFormat;
    manifest["version"] = 1;
    manifest["crop_size"] = settings.cropSize;
    manifest["input"] = inputDescription;
    manifest["pairs"] = list;
    manifest["parameters"] = nlohmann::json::parse(parameters.toJson());
    writeTextFileAtomically(folder / kManifest, manifest.dump(2) + "\n");
    progress.report(1.0, "pairs written");
    return index;
}

Volume<float> microscopeInput(const PairSettings& settings, const SynthResult& synth, std::uint64_t seed,
                              const Progress& progress) {
    MicroscopeSettings m = settings.microscope;
    m.seed = seed;
    return simulateMicroscope(synth.instances, synth.nuclei.size(), m, progress);
}

std::size_t microscopeVolumeCount(const PairSettings& settings) {
    // Rounded down (a hair above, against products like 0.29 * 100 = 28.999...): one pair volume
    // and a share below 1 keep the main maker's input.
    const double share = std::clamp(settings.microscopeShare, 0.0, 1.0);
    return static_cast<std::size_t>(std::floor(share * double(settings.volumes) + 1e-9));
}

std::size_t writeTrainingPairs(const std::filesystem::path& folder, const PairSettings& settings,
                               const ParameterSet& parameters, const Progress& progress) {
    const auto microscope = [&settings](const SynthResult& synth, std::size_t, std::uint64_t seed,
                                        const Progress& part) { return microscopeInput(settings, synth, seed, part); };
    return writeTrainingPairs(folder, settings, parameters, microscope, kMicroscopePairsInput, progress);
}

std::vector<TrainingPair> loadTrainingPairs(const std::filesystem::path& folder, const Progress& progress) {
    const std::filesystem::path manifestFile = folder / kManifest;
    std::ifstream in(manifestFile);
    if (!in)
        throw FileError(manifestFile, "cannot open the training-pair manifest");
    std::stringstream text;
    text << in.rdbuf();
    nlohmann::json manifest;
    std::vector<TrainingPair> pairs;
    try {
        manifest = nlohmann::json::parse(text.str());
        if (manifest.value("format", std::string()) != kFormat)
            throw FileError(manifestFile, "not a Nuclei3D training-pair manifest");
        const auto size = manifest.at("crop_size").get<std::size_t>();
        const auto& list = manifest.at("pairs");
        if (!list.is_array() || list.empty())
            throw FileError(manifestFile, "lists no training pairs");
        for (std::size_t i = 0; i < list.size(); ++i) {
            progress.report(double(i) / double(list.size()), "reading pair " + std::to_string(i + 1));
            const auto& e = list[i];
            TrainingPair pair;
            pair.input = readAs<float>(folder / e.at("input").get<std::string>(), size);
            pair.binary = readAs<std::uint8_t>(folder / e.at("binary").get<std::string>(), size);
            pair.contour = readAs<std::uint8_t>(folder / e.at("contour").get<std::string>(), size);
            pair.shapemarker = readAs<std::uint8_t>(folder / e.at("shapemarker").get<std::string>(), size);
            pairs.push_back(std::move(pair));
        }
    } catch (const nlohmann::json::exception& e) {
        throw FileError(manifestFile, std::string("malformed training-pair manifest: ") + e.what());
    }
    return pairs;
}

} // namespace nuclei3d
