#pragma once
// Interactive tuning: post-processing re-run on just a box of the volume (drawn in a slice view)
// with the editor's current parameters, so a threshold or marker setting can be judged in about a
// second before the whole volume is run. With a probability layer it is stage 5's segmentation
// (threshold and splitting), otherwise the classical baseline on the image; the box's labels come
// back as one "labels (preview)" layer (zero outside the box) with their measurements. A new request
// cancels the preview still running.
//
// Threads: UI thread only; the job reads only shared immutable volumes and its own crops.
#include "model/VoxelBox.h"
#include "views/LayerJobReaction.h"

#include <QPointer>

namespace nuclei3d::ui {

class RegionPreviewReaction : public LayerJobReaction {
    Q_OBJECT
  public:
    using LayerJobReaction::LayerJobReaction;
    /// Null (and failed()) when there is neither a probability nor an image layer, or the box is
    /// empty.
    Job* trigger(const VoxelBox& box);

  private:
    QPointer<Job> m_running;
};

} // namespace nuclei3d::ui
