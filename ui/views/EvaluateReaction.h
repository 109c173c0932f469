#pragma once
// "Evaluate against ground truth" (stage 6) as a job: the newest nucleus labels layer against the
// ground-truth layer with the editor's evaluate.* parameters. The scores and per-nucleus verdicts
// go to the evaluation view; the verdicts come back as a layer colouring each nucleus.
//
// Threads: UI thread only; the job reads only shared immutable label volumes.
#include "model/EvaluationDetails.h"
#include "views/LayerJobReaction.h"

#include <memory>

namespace nuclei3d::ui {

class EvaluateReaction : public LayerJobReaction {
    Q_OBJECT
  public:
    using LayerJobReaction::LayerJobReaction;
    /// Null (and failed()) when labels or ground truth are missing.
    Job* trigger();

  Q_SIGNALS:
    void evaluated(std::shared_ptr<const nuclei3d::ui::EvaluationDetails> details, const QString& predicted);
};

} // namespace nuclei3d::ui
