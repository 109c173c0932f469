#include "views/ClassicReaction.h"

#include "model/LayerModel.h"
#include "model/Stage5Layers.h"
#include "pipeline/AnalysisSettings.h"
#include "postprocess/ClassicPipeline.h"

namespace nuclei3d::ui {

Job* ClassicReaction::trigger() {
    const QString title = tr("Classical segmentation");
    LayerRole role = LayerRole::Image;
    if (m_layers->findRole(role) < 0)
        role = LayerRole::Synthetic;
    VolumeLoader image = loaderOf(role);
    if (!image) {
        Q_EMIT failed(title, tr("Open a microscopy image first (File > Open volume)."));
        return nullptr;
    }
    return submitStage5Job(
        title, m_layers->layer(m_layers->findRole(role)).name, tr("classic"),
        [image](const ParameterSet& parameters, Stage5Layers& collected, const Progress& p) {
            const Volume<std::uint32_t> labels =
                classicSegmentation(image(), classicSettingsFrom(parameters), p.sub(0.0, 0.8));
            collected.receiveLabels(labels);
            NucleiInputs inputs;
            inputs.image = image;
            NucleiProducts products; // as the CLI's classic command: no shape classes, no I_label
            products.classes = false;
            products.labelPicture = false;
            return describeNuclei(labels, inputs, postprocessSettingsFrom(parameters), products, collected,
                                  p.sub(0.8, 1.0));
        });
}

} // namespace nuclei3d::ui
