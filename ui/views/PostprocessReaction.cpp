#include "views/PostprocessReaction.h"

#include "model/LayerModel.h"
#include "model/Stage5Layers.h"
#include "pipeline/AnalysisSettings.h"

namespace nuclei3d::ui {

Job* PostprocessReaction::trigger() {
    const QString title = tr("Post-processing (stage 5)");
    VolumeLoader probability = loaderOf(LayerRole::Probability);
    if (!probability) {
        Q_EMIT failed(title, tr("Open or compute a probability map I_seg first."));
        return nullptr;
    }
    NucleiInputs inputs;
    inputs.shapeMap = loaderOf(LayerRole::ShapeMap);
    inputs.image = loaderOf(LayerRole::Image);
    return submitStage5Job(
        title, m_layers->layer(m_layers->findRole(LayerRole::Probability)).name, tr("stage 5"),
        [probability, inputs](const ParameterSet& parameters, Stage5Layers& collected, const Progress& p) {
            return runStage5(probability(), inputs, postprocessSettingsFrom(parameters), collected, p);
        });
}

} // namespace nuclei3d::ui
