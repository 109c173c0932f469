#pragma once
// "Open project": reads the project file (refusing a bad one with a message before anything
// changes), then reads every layer's volume in one job and, once all are read, replaces the
// document's layers with them in their saved order and look, with the saved voxel size and
// parameters. A missing or unreadable volume fails the job and leaves the document as it was.
//
// Threads: UI thread only; the job reads files into its own result.
#include "model/ProjectFile.h"

#include <QObject>

namespace nuclei3d::ui {

class Job;
class JobQueue;
class LayerModel;
class ParameterModel;

class OpenProjectReaction : public QObject {
    Q_OBJECT
  public:
    OpenProjectReaction(JobQueue* queue, LayerModel* layers, ParameterModel* parameters, QObject* parent = nullptr);
    Job* open(const QString& file);

  Q_SIGNALS:
    /// The document now holds the project; `history` is the saved job history.
    void opened(const QString& file, const QList<nuclei3d::ui::ProjectJob>& history);
    void failed(const QString& title, const QString& message);

  private:
    JobQueue* m_queue;
    LayerModel* m_layers;
    ParameterModel* m_parameters;
};

} // namespace nuclei3d::ui
