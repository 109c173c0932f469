#pragma once
// Stage 4 then stage 5 with trained networks (what `nuclei3d-cli segment` and `run` do): I_seg from
// M1 and I_shape from M2 by tiled inference, written as seg.tif and shape.tif, then stage 5 on them
// with every one of its outputs, into one result folder.
#include "pipeline/Progress.h"
#include "postprocess/PostprocessSettings.h"
#include "postprocess/Stage5.h"
#include "postprocess/ResultFolder.h"
#include "run/ForegroundAgreement.h"
#include "unet/TiledInference.h"
#include "unet/UnetModel.h"
#include "volume/Volume.h"

#include <filesystem>
#include <vector>

namespace nuclei3d {

/// A model file, or a training folder (its model.pt, or its checkpoint.pt when training has not
/// finished). FileError naming the path when there is neither or it cannot be read.
UnetModel loadUnetModel(const std::filesystem::path& fileOrFolder);

/// The networks of a segmentation: one or more M1s (several are an ensemble: their I_seg are
/// averaged, as `run` does with unet.ensemble) and at most one M2 (FileError naming the file of a
/// second one). `segment --models A B ...` passes them in any order.
struct SegmentationModels {
    std::vector<UnetModel> models;
    std::vector<UnetModel*> seg;
    UnetModel* shape = nullptr;
};
SegmentationModels loadSegmentationModels(const std::vector<std::filesystem::path>& paths);

/// mean <- the mean of the `membersBefore` maps it holds and `member` (the running mean of an
/// ensemble's I_seg, so that one map at a time is alive besides it; the first is moved in). Throws
/// Error on a size mismatch.
void addToMean(Volume<float>& mean, Volume<float> member, std::size_t membersBefore);

/// What segmentVolume found.
struct Segmentation {
    NucleiDescription description;
    /// foregroundAgreement of I_seg with a plain Otsu threshold of the image (run/ForegroundAgreement.h):
    /// below kSuspiciousForegroundAgreement the networks most likely took background for nuclei.
    double foregroundAgreement = 0.0;
};

/// Writes seg.tif (float 0..1; the mean of the M1s' maps), shape.tif (when a shape model is given),
/// then stage 5's outputs (labels, contours, segcolor, classes, label) to `folder` (not committed:
/// the caller adds nuclei.csv and params.json and commits). `image` is the intensity source for the
/// measurements. Throws Error without an M1 or with a model of the wrong task in either place.
Segmentation segmentVolume(const Volume<float>& image, const std::vector<UnetModel*>& seg, UnetModel* shape,
                           const TileSettings& tiles, const PostprocessSettings& settings, ResultFolder& folder,
                           const Progress& progress = {});

/// The same from an I_seg computed already (by `run`'s M1s): writes it as seg.tif, then as above.
/// `reference` is the image's ImageForeground when the caller made it already (else it is made
/// here): the overlap check and stage 5's threshold from the image both use it.
Segmentation segmentProbability(Volume<float> probability, const Volume<float>& image, UnetModel* shape,
                                const TileSettings& tiles, const PostprocessSettings& settings,
                                ResultFolder& folder, const Progress& progress = {},
                                const ImageForeground* reference = nullptr);

} // namespace nuclei3d
