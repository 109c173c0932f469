#pragma once
// The synthetic data a whole run's networks were trained on, as layers at the image's size (the
// pairs on disk are crops of other sizes, which cannot be layers of the document): stage 1 again
// with the run's parameters (shaped like the image), its blurred I_binary, and each input the pairs
// were made from -- G1 of the run's GAN, the synthetic microscope, or both when
// pairs.microscope_share gives the microscope some of a GAN run's pair volumes.
//
// Threads: the worker that ran the pipeline (it runs G1 and stage 1 again); the layers are handed to
// the window afterwards.
#include "model/Layer.h"
#include "pipeline/Progress.h"
#include "run/WholePipeline.h"

#include <filesystem>
#include <vector>

namespace nuclei3d::ui {

/// The layer names, made on the UI thread in the user's language.
struct SyntheticLayerNames {
    QString blurred;
    QString gan;
    QString microscope;
};

/// G1's I_syn (when the run's pairs came from a GAN in out/gan), the microscope's picture (with
/// nogan, or when some pair volumes took it), then the blurred I_binary; all hidden at first, all
/// with run.spacing (unknown when the run had none).
std::vector<Layer> syntheticTrainingLayers(const WholePipelineResult& run, const std::filesystem::path& out,
                                           const SyntheticLayerNames& names, const Progress& progress = {});

} // namespace nuclei3d::ui
