#pragma once
// "Classical segmentation" (the baseline: smoothing, Otsu, distance transform, h-maxima, watershed)
// of the image layer as a job, with the editor's classic.* and postprocess.* parameters; its labels
// (with their measurements), contours and I_segcolor come back as layers.
//
// Threads: UI thread only; the job reads only the shared immutable image and its own copies.
#include "views/LayerJobReaction.h"

namespace nuclei3d::ui {

class ClassicReaction : public LayerJobReaction {
    Q_OBJECT
  public:
    using LayerJobReaction::LayerJobReaction;
    /// Null (and failed()) when there is no image layer.
    Job* trigger();
};

} // namespace nuclei3d::ui
