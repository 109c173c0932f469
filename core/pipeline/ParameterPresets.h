#pragma once
// Named sets of parameter values a user picks instead of typing them one by one: the CPU recipe
// measured in docs/ACCURACY.md, and the publication-sized networks for a GPU. A preset sets only
// its own parameters; every other value stays as it was.
#include "pipeline/ParameterSet.h"

#include <string>
#include <utility>
#include <vector>

namespace nuclei3d {

struct ParameterPreset {
    std::string id;          ///< what --preset takes, e.g. "cpu"
    std::string title;       ///< short English title for menus (translated by the window)
    std::string description; ///< one or two sentences: what it sets, and why
    std::vector<std::pair<std::string, std::string>> values; ///< parameter name -> value as text
};

/// Every preset, in the order menus show them.
const std::vector<ParameterPreset>& parameterPresets();

/// The preset with this id; Error naming the id and the known ones otherwise.
const ParameterPreset& parameterPreset(const std::string& id);

/// Sets the preset's values on `parameters`, all or nothing.
void applyPreset(ParameterSet& parameters, const ParameterPreset& preset);

/// Whether `run` with these settings trains a GAN or U-Nets for a thousand steps or more: an hour or
/// more on a CPU, where the cpu preset takes minutes. Front ends say so before such a run starts on a CPU.
/// `trainsGan` false: the run uses a finished GAN given to it, so only the U-Nets count.
bool takesHoursOnACpu(const ParameterSet& parameters, bool trainsGan = true);

} // namespace nuclei3d
