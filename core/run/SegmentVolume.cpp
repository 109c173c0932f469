#include "run/SegmentVolume.h"

#include "pipeline/Error.h"
#include "run/ForegroundAgreement.h"
#include "unet/UnetTraining.h"

#include <memory>

namespace nuclei3d {

UnetModel loadUnetModel(const std::filesystem::path& path) {
    if (!std::filesystem::is_directory(path))
        return UnetModel::load(path);
    if (std::filesystem::exists(modelFile(path)))
        return UnetModel::load(modelFile(path));
    if (std::filesystem::exists(checkpointFile(path)))
        return loadCheckpointModel(checkpointFile(path));
    throw FileError(path, "holds neither model.pt nor checkpoint.pt: not a train-unet output folder");
}

SegmentationModels loadSegmentationModels(const std::vector<std::filesystem::path>& paths) {
    SegmentationModels result;
    std::vector<std::filesystem::path> from;
    for (const std::filesystem::path& path : paths) {
        result.models.push_back(loadUnetModel(path));
        from.push_back(path);
    }
    // Pointers are taken once the vector no longer grows.
    for (std::size_t i = 0; i < result.models.size(); ++i) {
        UnetModel*& slot = result.models[i].task() == UnetTask::Segmentation ? result.seg : result.shape;
        if (slot)
            throw FileError(from[i], std::string("a second ") + unetTaskName(result.models[i].task()) +
                                         " model: give one segmentation model (M1) and at most one shape model (M2)");
        slot = &result.models[i];
    }
    if (!result.seg)
        throw Error("no segmentation model (M1) among the models given: train one with train-unet --task seg");
    return result;
}

namespace {

void checkShapeModel(const UnetModel* shape) {
    if (shape && shape->task() != UnetTask::Shape)
        throw Error("segmentVolume: the second model must be a shape model (M2)");
}

} // namespace

Segmentation segmentVolume(const Volume<float>& image, UnetModel& seg, UnetModel* shape,
                                const TileSettings& tiles, const PostprocessSettings& settings,
                                ResultFolder& folder, const Progress& progress) {
    if (seg.task() != UnetTask::Segmentation)
        throw Error("segmentVolume: the first model must be a segmentation model (M1)");
    checkShapeModel(shape); // before the long inference of M1
    const double predicted = shape ? 0.35 : 0.4;
    Volume<float> probability = predictVolume(seg, image, tiles, progress.sub(0.0, predicted));
    probability.setSpacing(image.spacing());
    return segmentProbability(std::move(probability), image, shape, tiles, settings, folder,
                              progress.sub(predicted, 1.0));
}

Segmentation segmentProbability(Volume<float> probability, const Volume<float>& image, UnetModel* shape,
                                const TileSettings& tiles, const PostprocessSettings& settings,
                                ResultFolder& folder, const Progress& progress) {
    checkShapeModel(shape);
    if (probability.shape() != image.shape())
        throw Error("segmentVolume: I_seg and the image differ in size");
    const double inferenceShare = shape ? 0.54 : 0.04;
    folder.writeVolume("seg.tif", AnyVolume(probability));
    Segmentation result;
    result.foregroundAgreement = foregroundAgreement(probability, image, settings.threshold, progress.sub(0.0, 0.04));
    NucleiInputs inputs;
    inputs.image = [&image] { return image; };
    if (shape) {
        auto map = std::make_shared<Volume<float>>(predictVolume(*shape, image, tiles, progress.sub(0.04, inferenceShare)));
        map->setSpacing(image.spacing());
        folder.writeVolume("shape.tif", AnyVolume(*map));
        // Stage 5 asks for it once, after the watershed: handed over then, not copied.
        inputs.shapeMap = [map] { return std::move(*map); };
    }
    result.description = runStage5(std::move(probability), inputs, settings, folder, progress.sub(inferenceShare, 1.0));
    return result;
}

} // namespace nuclei3d
