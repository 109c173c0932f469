#pragma once
// What the reactions that run work on the document as jobs share (classical segmentation, stage 5,
// the region preview, evaluation, the whole pipeline): the queue, the layers and the parameters,
// the result and failure signals, and for those that make stage-5 layers, copies of the layers for
// the worker and the job submitted with a Stage5Layers collector.
//
// Threads: UI thread only; the work runs on a worker and reads only shared immutable volumes, its
// own copies and the parameters captured when it was submitted.
#include "model/LayerRole.h"
#include "pipeline/ParameterSet.h"
#include "pipeline/Progress.h"
#include "postprocess/Stage5.h"
#include "views/VolumeResult.h"

#include <QObject>

#include <functional>

namespace nuclei3d::ui {

class Job;
class JobQueue;
class LayerModel;
class ParameterModel;
class Stage5Layers;

class LayerJobReaction : public QObject {
    Q_OBJECT
  public:
    LayerJobReaction(JobQueue* queue, const LayerModel* layers, const ParameterModel* parameters,
                     QObject* parent = nullptr);

  Q_SIGNALS:
    void resultReady(const nuclei3d::ui::VolumeResult& result);
    void failed(const QString& title, const QString& message);

  protected:
    /// The work of one job: fills the collector (its layers are the result); returns the
    /// measurements of the labels it made, which go to the labels layer for the hover read-out.
    using Work = std::function<NucleiDescription(const ParameterSet& parameters, Stage5Layers& collected,
                                                 const Progress& progress)>;
    /// Submits `work` as a CPU job titled `title`; layers are named "... (suffix)".
    Job* submitStage5Job(const QString& title, const QString& resultTitle, const QString& suffix, Work work);
    /// A loader that copies the newest layer of `role` with the document's voxel size (empty when
    /// there is none).
    VolumeLoader loaderOf(LayerRole role) const;

    JobQueue* m_queue;
    const LayerModel* m_layers;
    const ParameterModel* m_parameters;
};

} // namespace nuclei3d::ui
