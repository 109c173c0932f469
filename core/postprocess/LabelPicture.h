#pragma once
// I_label of stage 5: the nuclei classified by shape, as a colour volume to look at. Each
// nucleus's contour is drawn in its class colour, over the image (in grey) or a black background,
// and the centroid of every non-round nucleus is marked with a small white cross.
#include "pipeline/Progress.h"
#include "postprocess/Measurements.h"
#include "postprocess/ShapeClasses.h"
#include "volume/AnyVolume.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace nuclei3d {

/// Colour of class `index` of `count`: from red (the lowest shape value, most elongated) through
/// yellow to green (the roundest class); a single class is green.
Rgb8 classColour(std::size_t index, std::size_t count);

/// The cross drawn at the centroid of a non-round nucleus: white, in the centroid's z slice,
/// arms of this many voxels along x and y (and one voxel along z, so it shows in neighbouring slices).
constexpr int kCentroidCrossArm = 2;

/// contours: nucleusContours(labels); classes: per label id; nuclei: for the centroids; image
/// (optional, same size): shown in grey, percentile-normalised (1st..99.8th) and dimmed so that the
/// contours stand out. Throws Error when sizes differ.
Volume<Rgb8> labelPicture(const Volume<std::uint32_t>& labels, const Volume<std::uint8_t>& contours,
                          const ShapeClassification& classes, const std::vector<NucleusMeasurement>& nuclei,
                          const Volume<float>* image = nullptr, const Progress& progress = {});

} // namespace nuclei3d
