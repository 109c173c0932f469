#include "views/SyntheticTrainingLayers.h"

#include "gan/GanGenerator.h"
#include "gan/GanTraining.h"
#include "pipeline/StageSettings.h"
#include "synth/SyntheticNuclei.h"
#include "synth/TrainingPairs.h"

namespace nuclei3d::ui {

std::vector<Layer> syntheticTrainingLayers(const WholePipelineResult& run, const std::filesystem::path& out,
                                           const SyntheticLayerNames& names, const Progress& progress) {
    SynthResult synth = generateSynthetic(synthSettingsFrom(run.parameters), progress.sub(0.0, 0.4));
    const std::filesystem::path gan = run.ganFolder.empty() ? out / "gan" : run.ganFolder;
    const bool fromGan = run.pairInput != "nogan" && std::filesystem::exists(ganGeneratorFile(gan));
    const PairSettings pairs = pairSettingsFrom(run.parameters);
    const bool fromMicroscope = !fromGan || microscopeVolumeCount(pairs) > 0;
    // The rest of the progress range split between the inputs made.
    const double inputShare = 0.6 / double(int(fromGan) + int(fromMicroscope));
    const Progress ganPart = progress.sub(0.4, 0.4 + inputShare);
    const Progress microscopePart = progress.sub(1.0 - inputShare, 1.0);
    // Stage 1 makes its volumes at synth.voxel_size_*; the layers take the run's spacing instead,
    // so that they never claim a voxel size the image did not have (the document's voxel size is
    // taken from the first layer that knows one). Hidden: the image and the labels stay in front.
    const auto layer = [&run](LayerRole role, const QString& name, Volume<float> volume) {
        volume.setSpacing(run.spacing);
        Layer made = makeScalarLayer(role, name, std::move(volume));
        made.visible = false;
        return made;
    };
    std::vector<Layer> layers;
    if (fromGan) {
        GanGenerator generator = GanGenerator::load(gan);
        layers.push_back(layer(LayerRole::Synthetic, names.gan, generator.synthesize(synth.blurred, ganPart)));
    }
    if (fromMicroscope)
        layers.push_back(layer(LayerRole::Synthetic, names.microscope,
                               microscopeInput(pairs, synth, pairs.microscope.seed, microscopePart)));
    synth.instances = {};
    layers.push_back(layer(LayerRole::Blurred, names.blurred, std::move(synth.blurred)));
    return layers;
}

} // namespace nuclei3d::ui
