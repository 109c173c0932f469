#pragma once
// "Post-process I_seg" (stage 5) as a job: the probability layer (with the shape map and image
// layers when present) through the editor's postprocess.* parameters; labels, contours, I_segcolor
// and I_label come back as layers.
//
// Threads: UI thread only; the job reads only shared immutable volumes and its own copies.
#include "views/VolumeResult.h"

#include <QObject>

namespace nuclei3d::ui {

class Job;
class JobQueue;
class LayerModel;
class ParameterModel;

class PostprocessReaction : public QObject {
    Q_OBJECT
  public:
    PostprocessReaction(JobQueue* queue, const LayerModel* layers, const ParameterModel* parameters,
                        QObject* parent = nullptr);
    /// Null (and failed()) when there is no I_seg layer.
    Job* trigger();

  Q_SIGNALS:
    void resultReady(const nuclei3d::ui::VolumeResult& result);
    void failed(const QString& title, const QString& message);

  private:
    JobQueue* m_queue;
    const LayerModel* m_layers;
    const ParameterModel* m_parameters;
};

} // namespace nuclei3d::ui
