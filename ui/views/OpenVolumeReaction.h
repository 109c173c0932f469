#pragma once
// "Open volume" as a job: reads a TIFF volume on the CPU pool and hands the image back; read
// errors end the job with the core's message (which names the file).
//
// Threads: UI thread only; the job's work runs on a worker and touches only its own result.
#include "views/VolumeResult.h"

#include <QObject>

namespace nuclei3d::ui {

class Job;
class JobQueue;

class OpenVolumeReaction : public QObject {
    Q_OBJECT
  public:
    explicit OpenVolumeReaction(JobQueue* queue, QObject* parent = nullptr);
    Job* open(const QString& file);

  Q_SIGNALS:
    void resultReady(const nuclei3d::ui::VolumeResult& result);
    void failed(const QString& title, const QString& message);

  private:
    JobQueue* m_queue;
};

} // namespace nuclei3d::ui
