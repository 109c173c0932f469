#pragma once
// "Run whole pipeline" as one training job (the device pool: one at a time): core/run's
// runWholePipeline on the image layer's file (synthetic data shaped like it, training pairs, M1 and
// M2 trained, tiled inference, stage 5, and stage 6 when a ground-truth layer is loaded) into an
// output folder. While it trains, the training monitor follows m1/loss.csv, then m2/loss.csv; at the
// end I_seg, I_shape, the labels, contours, I_segcolor and I_label come back as layers, and a
// summary (nuclei, and F1 with a ground truth) goes to the status bar.
//
// Threads: UI thread only; the job reads files and its own copy of the parameters.
#include "views/VolumeResult.h"

#include <QObject>

namespace nuclei3d::ui {

class Job;
class JobQueue;
class LayerModel;
class ParameterModel;

class RunPipelineReaction : public QObject {
    Q_OBJECT
  public:
    RunPipelineReaction(JobQueue* queue, const LayerModel* layers, const ParameterModel* parameters,
                        QObject* parent = nullptr);
    /// Null (and failed()) when there is no image layer read from a file.
    Job* trigger(const QString& outDir);

  Q_SIGNALS:
    /// The loss file the training writes now (for the training monitor).
    void trainingLogChanged(const QString& file);
    void resultReady(const nuclei3d::ui::VolumeResult& result);
    /// One line for the status bar: nuclei found and, with a ground truth, the F1 scores.
    void summaryReady(const QString& summary);
    void failed(const QString& title, const QString& message);

  private:
    JobQueue* m_queue;
    const LayerModel* m_layers;
    const ParameterModel* m_parameters;
};

} // namespace nuclei3d::ui
