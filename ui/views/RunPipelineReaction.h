#pragma once
// "Run whole pipeline" as one training job (the device pool: one at a time): core/run's
// runWholePipeline on the image layer's file (synthetic data shaped like it, the GAN when gan.mode
// asks for it, training pairs, M1 and M2 trained, tiled inference, stage 5) into an output folder.
// While it trains, the training monitor follows the loss file written last (gan/, m1/, m2/) and
// shows the newest synthetic sample; at the end the synthetic training data at the image's size
// (I_syn or the microscope's image, blurred I_binary), I_seg, I_shape, the labels with their
// measurements, contours, I_segcolor, I_label and the classes come back as layers, and a summary
// goes to the status bar (the window evaluates against a loaded ground truth afterwards).
//
// Threads: UI thread only; the job reads files and its own copy of the parameters.
#include "views/LayerJobReaction.h"

namespace nuclei3d::ui {

class RunPipelineReaction : public LayerJobReaction {
    Q_OBJECT
  public:
    using LayerJobReaction::LayerJobReaction;
    /// Null (and failed()) when there is no image layer read from a file. `ganFolder`: a finished
    /// GAN whose G1 makes the pairs' input instead of one trained on the image (run --gan).
    Job* trigger(const QString& outDir, const QString& ganFolder = QString());

  Q_SIGNALS:
    /// The loss file the training writes now (for the training monitor).
    void trainingLogChanged(const QString& file);
    /// The folders where the run's GAN samples and training pairs appear (for the sample preview).
    void samplesFolderChanged(const QString& ganSamples, const QString& pairs);
    /// One line for the status bar: the nuclei found.
    void summaryReady(const QString& summary);
};

} // namespace nuclei3d::ui
