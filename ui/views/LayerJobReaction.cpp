#include "views/LayerJobReaction.h"

#include "model/Job.h"
#include "model/JobQueue.h"
#include "model/LayerModel.h"
#include "model/ParameterModel.h"
#include "model/Stage5Layers.h"
#include "pipeline/AnalysisSettings.h"

namespace nuclei3d::ui {

LayerJobReaction::LayerJobReaction(JobQueue* queue, const LayerModel* layers, const ParameterModel* parameters,
                                   QObject* parent)
    : QObject(parent), m_queue(queue), m_layers(layers), m_parameters(parameters) {}

VolumeLoader LayerJobReaction::loaderOf(LayerRole role) const {
    const int row = m_layers->findRole(role);
    if (row < 0 || !m_layers->layer(row).scalar)
        return {};
    return [volume = m_layers->layer(row).scalar, spacing = m_layers->spacing()] {
        Volume<float> v = *volume;
        v.setSpacing(spacing);
        return v;
    };
}

Job* LayerJobReaction::submitStage5Job(const QString& title, const QString& resultTitle, const QString& suffix,
                                       Work work) {
    auto result = std::make_shared<VolumeResult>();
    result->title = resultTitle;
    const ParameterSet parameters = m_parameters->parameters();
    // The class names are read here so that a bad list fails the job with the parameter's name.
    Job* job = m_queue->submit(title, JobKind::Cpu, [result, parameters, suffix, work](const Progress& p) {
        Stage5Layers collected(suffix, postprocessSettingsFrom(parameters).shapeClasses);
        NucleiDescription description = work(parameters, collected, p);
        collected.attachMeasurements(std::move(description.nuclei));
        result->layers = std::move(collected.layers());
    });
    connect(job, &Job::finished, this, [this, result] { Q_EMIT resultReady(*result); });
    connect(job, &Job::failed, this, [this, title](const QString& message) { Q_EMIT failed(title, message); });
    return job;
}

} // namespace nuclei3d::ui
