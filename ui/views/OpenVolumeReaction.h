#pragma once
// "Open volume" as a job: reads a TIFF volume on the CPU pool and hands it back as a layer (its
// role given, or guessed from the voxel type and file name); read errors end the job with the
// core's message (which names the file).
//
// Threads: UI thread only; the job's work runs on a worker and touches only its own result.
#include "views/VolumeResult.h"

#include <QObject>

#include <optional>

namespace nuclei3d::ui {

class Job;
class JobQueue;

class OpenVolumeReaction : public QObject {
    Q_OBJECT
  public:
    explicit OpenVolumeReaction(JobQueue* queue, QObject* parent = nullptr);
    Job* open(const QString& file, std::optional<LayerRole> role = std::nullopt);

  Q_SIGNALS:
    void resultReady(const nuclei3d::ui::VolumeResult& result);
    void failed(const QString& title, const QString& message);

  private:
    /// The layer's name: the file name, marked when the layer is ground truth.
    static QString layerName(const QString& fileName, LayerRole role);

    JobQueue* m_queue;
};

} // namespace nuclei3d::ui
