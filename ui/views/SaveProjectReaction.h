#pragma once
// "Save project": layers that exist only in memory (results of jobs) are first written as TIFF
// files into a folder beside the project (a job: large volumes take seconds), then the project
// JSON names every layer's file, its look, the voxel size, the parameters and the job history.
//
// Threads: UI thread only; the job writes copies of shared immutable volumes.
#include "model/ProjectFile.h"

#include <QObject>

namespace nuclei3d::ui {

class Job;
class JobQueue;
class LayerModel;
class ParameterModel;

class SaveProjectReaction : public QObject {
    Q_OBJECT
  public:
    SaveProjectReaction(JobQueue* queue, LayerModel* layers, const ParameterModel* parameters,
                        QObject* parent = nullptr);
    /// Returns the job writing unsaved layers, or null when the project was written at once (or
    /// failed: failed() says why). `history` is the job history to store.
    Job* save(const QString& file, const QList<ProjectJob>& history);

  Q_SIGNALS:
    void saved(const QString& file);
    void failed(const QString& title, const QString& message);

  private:
    void writeJson(const QString& file, const QList<ProjectJob>& history);

    JobQueue* m_queue;
    LayerModel* m_layers;
    const ParameterModel* m_parameters;
};

} // namespace nuclei3d::ui
