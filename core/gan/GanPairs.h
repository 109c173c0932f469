#pragma once
// Training pairs for the U-Nets with the GAN's I_syn as input (METHOD.md stage 2, inference):
// stage 1 volumes, G1 on every slice of each blurred I_binary (the synthetic microscope's picture
// instead for pairs.microscope_share of the volumes, ours), cut into crops with the matching
// I_binary, I_contour and I_shapemarker: writeTrainingPairs with G1 as its input maker, so the
// folder layout and pairs.json are the same and loadTrainingPairs and the U-Net training read them
// unchanged.
#include "gan/GanGenerator.h"
#include "pipeline/ParameterSet.h"
#include "pipeline/Progress.h"
#include "synth/TrainingPairs.h"

#include <filesystem>
#include <string>

namespace nuclei3d {

/// What pairs.json records as the input of GAN-made pairs (a rerun compares it to reuse them),
/// with the share of volumes the microscope made when settings.microscopeShare takes any.
std::string ganPairsInput(GanMode mode, const std::string& source, const PairSettings& settings);

/// G1's I_syn is the input of every volume but the last microscopeVolumeCount(settings), whose input
/// is the synthetic microscope's (settings.microscope). `source` is recorded in the
/// manifest (e.g. the GAN folder). Returns the number of pairs. Throws Error for bad settings,
/// FileError for I/O, Cancelled on cancel.
std::size_t writeGanTrainingPairs(const std::filesystem::path& folder, const PairSettings& settings,
                                  GanGenerator& generator, const std::string& source,
                                  const ParameterSet& parameters, const Progress& progress = {});

} // namespace nuclei3d
