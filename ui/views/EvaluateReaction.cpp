#include "views/EvaluateReaction.h"

#include "model/JobQueue.h"
#include "model/LayerModel.h"
#include "model/ParameterModel.h"
#include "pipeline/AnalysisSettings.h"

namespace nuclei3d::ui {

Job* EvaluateReaction::trigger() {
    const QString title = tr("Evaluation (stage 6)");
    const int predRow = m_layers->findRole(LayerRole::Labels);
    const int gtRow = m_layers->findRole(LayerRole::GroundTruth);
    if (gtRow < 0) {
        Q_EMIT failed(title, tr("Load the ground truth first (Evaluation > Load ground truth)."));
        return nullptr;
    }
    if (predRow < 0) {
        Q_EMIT failed(title, tr("There are no nucleus labels to evaluate: run a segmentation or open labels first."));
        return nullptr;
    }
    const QString predicted = m_layers->layer(predRow).name;
    auto details = std::make_shared<EvaluationDetails>();
    auto result = std::make_shared<VolumeResult>();
    result->title = predicted;
    QStringList names{QString()};
    for (std::uint32_t s = 1; s < kNucleusStatusCount; ++s)
        names.append(nucleusStatusText(static_cast<NucleusStatus>(s)));
    Job* job = m_queue->submit(
        title, JobKind::Cpu,
        [details, result, pred = m_layers->layer(predRow).labels, gt = m_layers->layer(gtRow).labels,
         parameters = m_parameters->parameters(), names, layerName = tr("evaluation of %1").arg(predicted)](
            const Progress& p) {
            *details = evaluateInDetail(*pred, *gt, evaluationOptionsFrom(parameters), p);
            Layer layer = makeLabelLayer(LayerRole::Evaluation, layerName, details->verdicts);
            details->verdicts = {}; // the layer holds the verdicts; no second copy
            layer.palette.assign(kNucleusStatusCount, 0u);
            for (std::uint32_t s = 1; s < kNucleusStatusCount; ++s)
                layer.palette[s] = nucleusStatusColour(static_cast<NucleusStatus>(s));
            layer.categoryNames.assign(names.begin(), names.end());
            layer.opacity = 0.45;
            result->layers.push_back(std::move(layer));
        });
    connect(job, &Job::finished, this, [this, details, result, predicted] {
        Q_EMIT resultReady(*result);
        Q_EMIT evaluated(details, predicted);
    });
    connect(job, &Job::failed, this, [this, title](const QString& message) { Q_EMIT failed(title, message); });
    return job;
}

} // namespace nuclei3d::ui
