#pragma once
// Stage 5's threshold for a U-Net's I_seg, set from the image instead of fixed (ours,
// postprocess.threshold_from "image"). Nets trained on synthetic pictures come out on a real volume
// with their own calibration: one draws every nucleus fat (I_seg > 0.2 covers twice the nuclei),
// another thin (half of them), and which one a seed gives is chance (docs/ACCURACY.md, fifth to
// seventh rounds). Where the nuclei are is what the net is good at; how much of the volume is nucleus
// a plain classical threshold of the image already says well. So the threshold is the level above
// which I_seg covers as many voxels as the classical foreground, and the net still decides which
// voxels those are, and how touching nuclei split.
#include "filters/Threshold.h"
#include "pipeline/Progress.h"
#include "volume/Volume.h"

#include <optional>
#include <string>

namespace nuclei3d {

/// The calibrated threshold never leaves this range. Below 0.1 a net's faint background would become
/// nucleus. Above 0.5 (even odds) the net would have to be surer than not that a voxel is nucleus: on
/// bbbc050 that cut dim nuclei the classical foreground misses, so a net that draws fat is trimmed to
/// even odds at most, while one that draws thin may go as low as it needs (docs/ACCURACY.md, seventh
/// round: 0.9 cost the early stages 0.970 against 0.988).
constexpr double kCalibratedThresholdMin = 0.1;
constexpr double kCalibratedThresholdMax = 0.5;

/// How far from the background to Otsu's threshold the foreground starts: the classical baseline's
/// correction (classic.threshold_factor's default, CellProfiler's), since Otsu on a smoothed nuclei
/// image leaves out the faint rims that annotators draw.
constexpr double kClassicalForegroundFactor = 0.8;

struct ThresholdCalibration {
    double threshold = 0.5;          ///< the level used, within [kCalibratedThresholdMin, kCalibratedThresholdMax]
    double imageForeground = 0.0;    ///< share of the voxels in the image's classical foreground
    double probabilityAbove = 0.0;   ///< share of the voxels with I_seg above `threshold`
    bool clamped = false;            ///< the matching level fell outside the range
};

/// The image smoothed by a Gaussian of one voxel, its foreground above b + factor x (Otsu - b) (b: the
/// mean of Otsu's lower class, the background), and the level of `probability` (0..1) above which the
/// same share of voxels lies, from a histogram of 4,096 bins. Throws Error when the two volumes differ
/// in size or are empty, or the factor is not positive; honours cancel.
ThresholdCalibration calibrateThreshold(const Volume<float>& probability, const Volume<float>& image,
                                        double factor = kClassicalForegroundFactor, const Progress& progress = {});

/// The share of voxels in the classical foreground of an image smoothed by one voxel (smoothedOtsu):
/// above b + factor x (Otsu - b). Throws Error when the factor is not positive; honours cancel.
double classicalForegroundShare(const SmoothedOtsu& smoothed, double factor = kClassicalForegroundFactor,
                                const Progress& progress = {});

/// calibrateThreshold with the image's classical foreground share computed already (0..1).
/// Throws Error for an empty map or a share outside 0..1; honours cancel.
ThresholdCalibration calibrateThresholdToShare(const Volume<float>& probability, double imageForeground,
                                               const Progress& progress = {});

/// The line the CLI prints about the threshold stage 5 used: calibrated (with both shares, and a
/// note when the range clamped it) or fixed.
std::string thresholdReport(double threshold, const std::optional<ThresholdCalibration>& calibration);

} // namespace nuclei3d
