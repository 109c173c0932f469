#pragma once
// "Post-process I_seg" (stage 5) as a job: the probability layer (with the shape map and image
// layers when present) through the editor's postprocess.* parameters; labels (with their
// measurements), contours, I_segcolor, classes and I_label come back as layers.
//
// Threads: UI thread only; the job reads only shared immutable volumes and its own copies.
#include "views/LayerJobReaction.h"

namespace nuclei3d::ui {

class PostprocessReaction : public LayerJobReaction {
    Q_OBJECT
  public:
    using LayerJobReaction::LayerJobReaction;
    /// Null (and failed()) when there is no I_seg layer.
    Job* trigger();
};

} // namespace nuclei3d::ui
