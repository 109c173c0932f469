#pragma once
// Training pairs for the U-Nets (METHOD.md stage 3): synthetic volumes cut into cubic crops, each
// crop an input image (the non-GAN synthetic microscope, or the GAN's I_syn: gan/GanPairs.h) with
// its I_binary, I_contour and I_shapemarker. On disk: a folder of TIFFs plus pairs.json naming them.
#include "pipeline/ParameterSet.h"
#include "pipeline/Progress.h"
#include "synth/MicroscopeSettings.h"
#include "synth/SynthResult.h"
#include "synth/SynthSettings.h"
#include "volume/Volume.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
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
    /// pairs.microscope_share (ours): with a GAN input maker, the share of the volumes (the last
    /// ones) whose input is the synthetic microscope's instead of the GAN's.
    double microscopeShare = 0.0;
};

/// pairs.* with synth.* and microscope.* (the volume size and seed are set per volume).
PairSettings pairSettingsFrom(const ParameterSet& parameters);

/// Cuts one synthetic volume and its input image into (size / cropSize)^3 crops, x fastest.
std::vector<TrainingPair> cutTrainingPairs(const SynthResult& synth, const Volume<float>& input,
                                           std::size_t cropSize);

/// Makes the input image of one synthetic volume (the only step that differs between the
/// microscope and the GAN): `synth` is stage 1's result (its blurred I_binary among others), made
/// for volume number `volume` with that volume's seed; the image must have synth's shape.
using PairInputMaker = std::function<Volume<float>(const SynthResult& synth, std::size_t volume, std::uint64_t seed,
                                                   const Progress&)>;

/// The non-GAN synthetic microscope's picture of one volume (settings.microscope with `seed`).
Volume<float> microscopeInput(const PairSettings& settings, const SynthResult& synth, std::uint64_t seed,
                              const Progress& progress = {});

/// How many of settings.volumes take the microscope's input when another maker is the main one:
/// microscopeShare of them, rounded down; they are the last ones.
std::size_t microscopeVolumeCount(const PairSettings& settings);

/// What every pair writer shares: makes settings.volumes volumes, their inputs with `makeInput`,
/// and writes their pairs into folder (created if missing) with pairs.json, which records
/// `inputDescription` and `parameters` (so the pairs can be made again). pairs.json is written
/// last: a folder without it holds no finished set. Returns the number of pairs. Throws Error for
/// bad settings, FileError for I/O, Cancelled on cancel.
std::size_t writeTrainingPairs(const std::filesystem::path& folder, const PairSettings& settings,
                               const ParameterSet& parameters, const PairInputMaker& makeInput,
                               const std::string& inputDescription, const Progress& progress = {});

/// What pairs.json records as the input of the microscope's pairs (a rerun compares it to reuse them).
inline constexpr const char* kMicroscopePairsInput = "synthetic microscope (no GAN)";

/// The pairs with the non-GAN synthetic microscope (settings.microscope) as input.
std::size_t writeTrainingPairs(const std::filesystem::path& folder, const PairSettings& settings,
                               const ParameterSet& parameters, const Progress& progress = {});

/// Reads every pair listed in folder/pairs.json; FileError naming the file for anything missing,
/// unreadable or of the wrong type or size.
std::vector<TrainingPair> loadTrainingPairs(const std::filesystem::path& folder, const Progress& progress = {});

} // namespace nuclei3d
