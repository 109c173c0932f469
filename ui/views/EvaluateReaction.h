#pragma once
// "Evaluate against ground truth" (stage 6) as a job: the newest nucleus labels layer against the
// ground-truth layer with the editor's evaluate.* parameters. The scores and per-nucleus verdicts
// go to the evaluation view; the verdicts come back as a layer colouring each nucleus.
//
// Threads: UI thread only; the job reads only shared immutable label volumes.
#include "model/EvaluationDetails.h"
#include "views/VolumeResult.h"

#include <QObject>

#include <memory>

namespace nuclei3d::ui {

class Job;
class JobQueue;
class LayerModel;
class ParameterModel;

class EvaluateReaction : public QObject {
    Q_OBJECT
  public:
    EvaluateReaction(JobQueue* queue, const LayerModel* layers, const ParameterModel* parameters,
                     QObject* parent = nullptr);
    /// Null (and failed()) when labels or ground truth are missing.
    Job* trigger();

  Q_SIGNALS:
    void evaluated(std::shared_ptr<const nuclei3d::ui::EvaluationDetails> details, const QString& predicted);
    void resultReady(const nuclei3d::ui::VolumeResult& result);
    void failed(const QString& title, const QString& message);

  private:
    JobQueue* m_queue;
    const LayerModel* m_layers;
    const ParameterModel* m_parameters;
};

} // namespace nuclei3d::ui
