#pragma once
// Training pairs for the U-Nets (METHOD.md stage 3): synthetic volumes cut into cubic crops, each
// crop an input image (the synthetic microscope for now, I_syn once the GAN exists) with its
// I_binary, I_contour and I_shapemarker. On disk: a folder of TIFFs plus pairs.json naming them.
#include "pipeline/ParameterSet.h"
#include "pipeline/Progress.h"
#include "synth/MicroscopeSettings.h"
#include "synth/SynthResult.h"
#include "synth/SynthSettings.h"
#include "volume/Volume.h"

#include <cstdint>
#include <filesystem>
#include <vector>

namespace nuclei3d {

struct TrainingPair {
    Volume<float> input;
    Volume<std::uint8_t> binary;
    Volume<std::uint8_t> contour;
    Volume<std::uint8_t> shapemarker;
};

struct PairSettings {
    std::size_t volumes = 10;
    std::size_t volumeSize = 128;
    std::size_t cropSize = 64;
    SynthSettings synth;          ///< its shape is replaced by volumeSize^3, its seed by seed + volume
    MicroscopeSettings microscope;
};

/// pairs.* with synth.* and microscope.* (the volume size and seed are set per volume).
PairSettings pairSettingsFrom(const ParameterSet& parameters);

/// Cuts one synthetic volume and its input image into (size / cropSize)^3 crops, x fastest.
std::vector<TrainingPair> cutTrainingPairs(const SynthResult& synth, const Volume<float>& input,
                                           std::size_t cropSize);

/// Makes settings.volumes volumes and writes their pairs into folder (created if missing) with
/// pairs.json; `parameters` is stored in the manifest so the pairs can be made again. Returns the
/// number of pairs. Throws Error for bad settings, FileError for I/O, Cancelled on cancel.
std::size_t writeTrainingPairs(const std::filesystem::path& folder, const PairSettings& settings,
                               const ParameterSet& parameters, const Progress& progress = {});

/// Reads every pair listed in folder/pairs.json; FileError naming the file for anything missing,
/// unreadable or of the wrong type or size.
std::vector<TrainingPair> loadTrainingPairs(const std::filesystem::path& folder, const Progress& progress = {});

} // namespace nuclei3d
