#pragma once
// Speed and memory of the classical baseline and of stage 5 on a synthetic volume, for
// `nuclei3d-cli bench postprocess`: benchmarks are measured, never asserted in unit tests.
#include "pipeline/Progress.h"
#include "volume/Shape.h"

#include <string>

namespace nuclei3d {

/// Makes a volume like shared/peers/classic_skimage.py --synthetic does (one nucleus per 4000
/// voxels, semi-axes 4-9 voxels, Gaussian blur sigma 2, noise sd 0.05 on a 0..1 scale) with
/// generateSynthetic, then runs and times, step by step: the classical pipeline as
/// `nuclei3d-cli classic` runs it (segmentation, then contours, colours and measurements),
/// evaluation of its labels against the synthetic ground truth, and stage 5 as
/// `nuclei3d-cli postprocess` runs it (the blurred, noisy volume as I_seg, I_shapemarker / 255 as
/// I_shape and the volume as image, the last two read from temporary TIFF files when needed, as
/// the command reads them). Returns a table: wall and CPU seconds and the process's peak resident
/// memory per step (Linux; the peak is reset before each step), totals per pipeline, and counts.
std::string benchmarkPostprocess(Shape shape, const Progress& progress = {});

} // namespace nuclei3d
