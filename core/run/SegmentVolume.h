#pragma once
// Stage 4 then stage 5 with trained networks (what `nuclei3d-cli segment` and `run` do): I_seg from
// M1 and I_shape from M2 by tiled inference, written as seg.tif and shape.tif, then stage 5 on them
// with every one of its outputs, into one result folder.
#include "pipeline/Progress.h"
#include "postprocess/PostprocessSettings.h"
#include "postprocess/Stage5.h"
#include "postprocess/ResultFolder.h"
#include "unet/TiledInference.h"
#include "unet/UnetModel.h"
#include "volume/Volume.h"

#include <filesystem>
#include <vector>

namespace nuclei3d {

/// A model file, or a training folder (its model.pt, or its checkpoint.pt when training has not
/// finished). FileError naming the path when there is neither or it cannot be read.
UnetModel loadUnetModel(const std::filesystem::path& fileOrFolder);

/// The networks of a segmentation: exactly one M1, at most one M2 (FileError naming the file of a
/// second model of one task). `segment --models A B` passes them in any order.
struct SegmentationModels {
    std::vector<UnetModel> models;
    UnetModel* seg = nullptr;
    UnetModel* shape = nullptr;
};
SegmentationModels loadSegmentationModels(const std::vector<std::filesystem::path>& paths);

/// What segmentVolume found.
struct Segmentation {
    NucleiDescription description;
    /// foregroundAgreement of I_seg with a plain Otsu threshold of the image (run/ForegroundAgreement.h):
    /// below kSuspiciousForegroundAgreement the networks most likely took background for nuclei.
    double foregroundAgreement = 0.0;
};

/// Writes seg.tif (float 0..1), shape.tif (when a shape model is given), then stage 5's outputs
/// (labels, contours, segcolor, classes, label) to `folder` (not committed: the caller adds
/// nuclei.csv and params.json and commits). `image` is the intensity source for the measurements.
Segmentation segmentVolume(const Volume<float>& image, UnetModel& seg, UnetModel* shape,
                                const TileSettings& tiles, const PostprocessSettings& settings,
                                ResultFolder& folder, const Progress& progress = {});

/// The same from an I_seg computed already (by `run`'s M1 check): writes it as seg.tif, then as above.
Segmentation segmentProbability(Volume<float> probability, const Volume<float>& image, UnetModel* shape,
                                const TileSettings& tiles, const PostprocessSettings& settings,
                                ResultFolder& folder, const Progress& progress = {});

} // namespace nuclei3d
