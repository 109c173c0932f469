#pragma once
// "Generate synthetic nuclei" (stage 1) as a job: takes a copy of the editor's parameters when
// triggered, runs on the CPU pool and hands the blurred image and instance labels back.
//
// Threads: UI thread only; the job's work runs on a worker and touches only its own copy.
#include "views/VolumeResult.h"

#include <QObject>

namespace nuclei3d::ui {

class Job;
class JobQueue;
class ParameterModel;

class SynthesizeReaction : public QObject {
    Q_OBJECT
  public:
    SynthesizeReaction(JobQueue* queue, const ParameterModel* parameters, QObject* parent = nullptr);
    Job* trigger();

  Q_SIGNALS:
    void resultReady(const nuclei3d::ui::VolumeResult& result);
    void failed(const QString& title, const QString& message);

  private:
    JobQueue* m_queue;
    const ParameterModel* m_parameters;
};

} // namespace nuclei3d::ui
