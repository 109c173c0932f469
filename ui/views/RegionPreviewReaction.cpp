#include "views/RegionPreviewReaction.h"

#include "model/Job.h"
#include "model/LayerModel.h"
#include "model/Stage5Layers.h"
#include "pipeline/AnalysisSettings.h"
#include "postprocess/ClassicPipeline.h"

namespace nuclei3d::ui {

Job* RegionPreviewReaction::trigger(const VoxelBox& requested) {
    const QString title = tr("Preview in region");
    const VoxelBox box = requested.clippedTo(m_layers->shape());
    if (box.empty()) {
        Q_EMIT failed(title, tr("Draw a box in a slice view first (Shift + left drag)."));
        return nullptr;
    }
    const int probabilityRow = m_layers->findRole(LayerRole::Probability);
    const int imageRow = m_layers->findRole(LayerRole::Image);
    const int sourceRow = probabilityRow >= 0 ? probabilityRow : imageRow;
    if (sourceRow < 0 || !m_layers->layer(sourceRow).scalar) {
        Q_EMIT failed(title, tr("Open an image or a probability map I_seg first."));
        return nullptr;
    }
    if (m_running && m_running->isActive())
        m_running->cancel(); // its result would be of an older box or older parameters
    const bool stage5 = probabilityRow >= 0;
    const Spacing spacing = m_layers->spacing();
    const Shape shape = m_layers->shape();
    std::shared_ptr<const Volume<float>> source = m_layers->layer(sourceRow).scalar;
    std::shared_ptr<const Volume<float>> image = imageRow >= 0 ? m_layers->layer(imageRow).scalar : nullptr;
    const QString name = tr("labels (preview)");
    m_running = submitStage5Job(
        title, m_layers->layer(sourceRow).name, tr("preview"),
        [=](const ParameterSet& parameters, Stage5Layers& collected, const Progress& p) {
            auto crop = [&box, &spacing](const Volume<float>& v) {
                Volume<float> part = cropVolume(v, box);
                part.setSpacing(spacing);
                return part;
            };
            Volume<std::uint32_t> labels =
                stage5 ? segmentProbability(crop(*source), postprocessSettingsFrom(parameters), p.sub(0.0, 0.8))
                       : classicSegmentation(crop(*source), classicSettingsFrom(parameters), p.sub(0.0, 0.8));
            NucleiDescription description;
            MeasurementInputs inputs;
            Volume<float> intensity;
            if (image) {
                intensity = crop(*image);
                inputs.intensity = &intensity;
            }
            description.nuclei = measureNuclei(labels, inputs, p.sub(0.8, 0.95));
            p.report(0.95, "placing the preview");
            collected.layers().push_back(makeLabelLayer(LayerRole::Labels, name, pasteVolume(labels, box, shape)));
            return description;
        });
    return m_running;
}

} // namespace nuclei3d::ui
