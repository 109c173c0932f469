#include "views/PostprocessReaction.h"

#include "model/JobQueue.h"
#include "model/LayerModel.h"
#include "model/ParameterModel.h"
#include "model/Stage5Layers.h"
#include "pipeline/AnalysisSettings.h"

namespace nuclei3d::ui {

PostprocessReaction::PostprocessReaction(JobQueue* queue, const LayerModel* layers,
                                         const ParameterModel* parameters, QObject* parent)
    : QObject(parent), m_queue(queue), m_layers(layers), m_parameters(parameters) {}

namespace {
/// A loader that copies a shared layer volume with the document's voxel size (empty when absent).
VolumeLoader loaderOf(const LayerModel* layers, LayerRole role, Spacing spacing) {
    const int row = layers->findRole(role);
    if (row < 0 || !layers->layer(row).scalar)
        return {};
    return [volume = layers->layer(row).scalar, spacing] {
        Volume<float> v = *volume;
        v.setSpacing(spacing);
        return v;
    };
}
} // namespace

Job* PostprocessReaction::trigger() {
    const QString title = tr("Post-processing (stage 5)");
    const Spacing spacing = m_layers->spacing();
    VolumeLoader probability = loaderOf(m_layers, LayerRole::Probability, spacing);
    if (!probability) {
        Q_EMIT failed(title, tr("Open or compute a probability map I_seg first."));
        return nullptr;
    }
    NucleiInputs inputs;
    inputs.shapeMap = loaderOf(m_layers, LayerRole::ShapeMap, spacing);
    inputs.image = loaderOf(m_layers, LayerRole::Image, spacing);
    auto result = std::make_shared<VolumeResult>();
    result->title = m_layers->layer(m_layers->findRole(LayerRole::Probability)).name;
    Job* job = m_queue->submit(title, JobKind::Cpu,
                               [result, probability, inputs, parameters = m_parameters->parameters(),
                                suffix = tr("stage 5")](const Progress& p) {
                                   const PostprocessSettings settings = postprocessSettingsFrom(parameters);
                                   Stage5Layers collected(suffix);
                                   runStage5(probability(), inputs, settings, collected, p);
                                   result->layers = std::move(collected.layers());
                               });
    connect(job, &Job::finished, this, [this, result] { Q_EMIT resultReady(*result); });
    connect(job, &Job::failed, this, [this, title](const QString& message) { Q_EMIT failed(title, message); });
    return job;
}

} // namespace nuclei3d::ui
