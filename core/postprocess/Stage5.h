#pragma once
// Stage 5 of METHOD.md from end to end: probability map I_seg (and optionally shape map I_shape and
// the image I_orig) -> instance labels, contours, I_segcolor, per-nucleus measurements and shape
// classes, the classes volume and the I_label picture.
//
// Memory: each product is handed to a receiver as soon as it is made and then let go, and the
// optional inputs are loaded only when needed (after the watershed), so the peak is the watershed's
// (see postprocess/NucleusSplitting.h) instead of every input and output held at once. Threads: everything
// runs on the calling thread (and the filters' workers); the receiver and the loaders are called on the
// calling thread.
#include "pipeline/Progress.h"
#include "postprocess/Measurements.h"
#include "postprocess/PostprocessSettings.h"
#include "postprocess/ShapeClasses.h"
#include "postprocess/StepRunner.h"
#include "postprocess/ThresholdCalibration.h"
#include "volume/AnyVolume.h"

#include <functional>
#include <optional>
#include <vector>

namespace nuclei3d {

/// Gets each volume stage 5 makes, in this order: labels, contours, I_segcolor, classes, I_label.
/// Volumes the stage no longer needs are handed over (moved: keep or drop them, no copy needed);
/// labels and contours, which later steps still read, are lent for the duration of the call.
class Stage5Receiver {
  public:
    virtual ~Stage5Receiver() = default;
    virtual void receiveLabels(const Volume<std::uint32_t>& labels) = 0;
    virtual void receiveClasses(Volume<std::uint8_t>&& classes) = 0;
    virtual void receiveContours(const Volume<std::uint8_t>& contours) = 0;
    virtual void receiveSegColor(Volume<Rgb8>&& segColor) = 0;
    virtual void receiveLabelPicture(Volume<Rgb8>&& picture) = 0;
};

/// Loads an optional input on demand (e.g. reads a file); an empty function means "not given".
using VolumeLoader = std::function<Volume<float>()>;

struct NucleiInputs {
    VolumeLoader image;    ///< I_orig: intensity columns of the measurements, background of I_label
    VolumeLoader shapeMap; ///< I_shape on the 0..1 scale; without it classes come from roundness
    /// The image's classical foreground share (ImageForeground::classicalShare), when the caller has
    /// it already: runStage5 calibrates its threshold to it instead of loading and smoothing the image.
    std::optional<double> imageForegroundShare;
};

/// Which products describeNuclei makes besides the measurements, contours and I_segcolor.
struct NucleiProducts {
    bool classes = true;      ///< shape classes, the classes volume (needed by the picture)
    bool labelPicture = true; ///< I_label
};

struct NucleiDescription {
    std::vector<NucleusMeasurement> nuclei; ///< sorted by id, class names filled in when classified
    ShapeClassification classification;     ///< empty when classes were not asked for
    double threshold = 0.0;                  ///< the threshold runStage5 applied to I_seg
    /// How it was set from the image (thresholdFrom Image with an image given); empty when fixed.
    std::optional<ThresholdCalibration> calibration;
};

/// Threshold (I_seg > settings.threshold) and splitNuclei: the instance labels; then, when
/// settings.growThreshold is below the threshold, each nucleus grows into the voxels above the grow
/// threshold that it reaches by flooding I_seg downhill (a watershed of -I_seg within that mask).
/// With settings.probabilityPower > 0 the split's distance is weighted by I_seg, blurred by
/// settings.probabilitySigma (and divided by its local maximum within
/// settings.probabilityReferenceRadius when that is above 0), to that power.
/// The probability is taken over and freed once thresholded, or after the growing or weighting,
/// which keep it alive through the splitting (4 more bytes per voxel at the peak).
Volume<std::uint32_t> segmentProbability(Volume<float> probability, const PostprocessSettings& settings,
                                         const Progress& progress = {}, StepObserver* observer = nullptr);

/// Everything stage 5 derives from instance labels (consecutive ids, as splitNuclei makes):
/// contours, I_segcolor, measurements, shape classes and the classes volume, I_label, each given to
/// the receiver (receiveLabels is not called). Throws Error when a loaded input differs in size.
NucleiDescription describeNuclei(const Volume<std::uint32_t>& labels, const NucleiInputs& inputs,
                                 const PostprocessSettings& settings, const NucleiProducts& products,
                                 Stage5Receiver& receiver, const Progress& progress = {},
                                 StepObserver* observer = nullptr);

/// The whole stage: segmentProbability, receiveLabels, then describeNuclei with every product.
/// Validates the settings first (Error). With settings.thresholdFrom Image and an image given, the
/// threshold is calibrated to the image first: to inputs.imageForegroundShare when given
/// (calibrateThresholdToShare), else with the image loaded once more (calibrateThreshold; freed
/// before the splitting); with neither, settings.threshold applies.
NucleiDescription runStage5(Volume<float> probability, const NucleiInputs& inputs,
                            const PostprocessSettings& settings, Stage5Receiver& receiver,
                            const Progress& progress = {}, StepObserver* observer = nullptr);

} // namespace nuclei3d
