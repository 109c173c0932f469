#include "views/SynthesizeReaction.h"

#include "model/JobQueue.h"
#include "model/ParameterModel.h"
#include "pipeline/StageSettings.h"
#include "synth/SyntheticNuclei.h"

namespace nuclei3d::ui {

SynthesizeReaction::SynthesizeReaction(JobQueue* queue, const ParameterModel* parameters, QObject* parent)
    : QObject(parent), m_queue(queue), m_parameters(parameters) {}

Job* SynthesizeReaction::trigger() {
    auto result = std::make_shared<VolumeResult>();
    result->title = tr("synthetic nuclei");
    const QString title = tr("Generating synthetic nuclei");
    // A copy: the user may go on editing while the job runs. synthSettingsFrom runs on the worker
    // so that its cross-parameter checks end the job with the core's message.
    Job* job = m_queue->submit(
        title, JobKind::Cpu,
        [result, parameters = m_parameters->parameters(), blurredName = tr("blurred I_binary (synthetic)"),
         labelsName = tr("I_instances (synthetic)")](const Progress& p) {
            SynthResult synth = generateSynthetic(synthSettingsFrom(parameters), p);
            result->layers.push_back(
                makeScalarLayer(LayerRole::Blurred, blurredName, std::move(synth.blurred)));
            result->layers.back().colourMap = ColourMap::Grey; // it is the image of this document
            result->layers.back().opacity = 1.0;
            result->layers.push_back(
                makeLabelLayer(LayerRole::Labels, labelsName, std::move(synth.instances)));
        });
    connect(job, &Job::finished, this, [this, result] { Q_EMIT resultReady(*result); });
    connect(job, &Job::failed, this,
            [this, title](const QString& message) { Q_EMIT failed(title, message); });
    return job;
}

} // namespace nuclei3d::ui
