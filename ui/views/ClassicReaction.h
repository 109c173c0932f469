#pragma once
// "Classical segmentation" (the baseline: smoothing, Otsu, distance transform, h-maxima, watershed)
// of the image layer as a job, with the editor's classic.* and postprocess.* parameters; its labels,
// contours and I_segcolor come back as layers.
//
// Threads: UI thread only; the job reads only the shared immutable image and its own copies.
#include "views/VolumeResult.h"

#include <QObject>

namespace nuclei3d::ui {

class Job;
class JobQueue;
class LayerModel;
class ParameterModel;

class ClassicReaction : public QObject {
    Q_OBJECT
  public:
    ClassicReaction(JobQueue* queue, const LayerModel* layers, const ParameterModel* parameters,
                    QObject* parent = nullptr);
    /// Null (and failed()) when there is no image layer.
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
