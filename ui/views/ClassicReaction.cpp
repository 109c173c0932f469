#include "views/ClassicReaction.h"

#include "model/JobQueue.h"
#include "model/LayerModel.h"
#include "model/ParameterModel.h"
#include "model/Stage5Layers.h"
#include "pipeline/AnalysisSettings.h"
#include "postprocess/ClassicPipeline.h"

namespace nuclei3d::ui {

ClassicReaction::ClassicReaction(JobQueue* queue, const LayerModel* layers, const ParameterModel* parameters,
                                 QObject* parent)
    : QObject(parent), m_queue(queue), m_layers(layers), m_parameters(parameters) {}

Job* ClassicReaction::trigger() {
    const QString title = tr("Classical segmentation");
    int row = m_layers->findRole(LayerRole::Image);
    if (row < 0)
        row = m_layers->findRole(LayerRole::Synthetic);
    if (row < 0) {
        Q_EMIT failed(title, tr("Open a microscopy image first (File > Open volume)."));
        return nullptr;
    }
    auto result = std::make_shared<VolumeResult>();
    result->title = m_layers->layer(row).name;
    Job* job = m_queue->submit(
        title, JobKind::Cpu,
        [result, image = m_layers->layer(row).scalar, spacing = m_layers->spacing(),
         parameters = m_parameters->parameters(), suffix = tr("classic")](const Progress& p) {
            const ClassicSettings settings = classicSettingsFrom(parameters);
            const PostprocessSettings describe = postprocessSettingsFrom(parameters);
            auto copy = [image, spacing] {
                Volume<float> v = *image;
                v.setSpacing(spacing);
                return v;
            };
            Stage5Layers collected(suffix);
            const Volume<std::uint32_t> labels = classicSegmentation(copy(), settings, p.sub(0.0, 0.8));
            collected.receiveLabels(labels);
            NucleiInputs inputs;
            inputs.image = copy;
            NucleiProducts products; // as the CLI's classic command: no shape classes, no I_label
            products.classes = false;
            products.labelPicture = false;
            describeNuclei(labels, inputs, describe, products, collected, p.sub(0.8, 1.0));
            result->layers = std::move(collected.layers());
        });
    connect(job, &Job::finished, this, [this, result] { Q_EMIT resultReady(*result); });
    connect(job, &Job::failed, this, [this, title](const QString& message) { Q_EMIT failed(title, message); });
    return job;
}

} // namespace nuclei3d::ui
