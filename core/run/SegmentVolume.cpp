#include "run/SegmentVolume.h"

#include "pipeline/Error.h"
#include "run/ForegroundAgreement.h"
#include "unet/UnetTraining.h"

#include <memory>
#include <optional>

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
        if (result.models[i].task() == UnetTask::Segmentation) {
            result.seg.push_back(&result.models[i]);
            continue;
        }
        if (result.shape)
            throw FileError(from[i], "a second shape model: give one or more segmentation models (M1) and at most "
                                     "one shape model (M2)");
        result.shape = &result.models[i];
    }
    if (result.seg.empty())
        throw Error("no segmentation model (M1) among the models given: train one with train-unet --task seg");
    return result;
}

void addToMean(Volume<float>& mean, Volume<float> member, std::size_t membersBefore) {
    if (membersBefore == 0) {
        mean = std::move(member);
        return;
    }
    if (mean.shape() != member.shape())
        throw Error("ensemble: the M1s' maps differ in size");
    const float keep = float(membersBefore) / float(membersBefore + 1);
    const float add = 1.0f / float(membersBefore + 1);
    for (std::size_t i = 0; i < mean.voxelCount(); ++i)
        mean[i] = keep * mean[i] + add * member[i];
}

namespace {

void checkShapeModel(const UnetModel* shape) {
    if (shape && shape->task() != UnetTask::Shape)
        throw Error("segmentVolume: the shape model must be a shape model (M2)");
}

} // namespace

Segmentation segmentVolume(const Volume<float>& image, const std::vector<UnetModel*>& seg, UnetModel* shape,
                           const TileSettings& tiles, const PostprocessSettings& settings, ResultFolder& folder,
                           const Progress& progress) {
    if (seg.empty())
        throw Error("segmentVolume: no segmentation model (M1)");
    for (const UnetModel* model : seg)
        if (!model || model->task() != UnetTask::Segmentation)
            throw Error("segmentVolume: every model of the ensemble must be a segmentation model (M1)");
    checkShapeModel(shape); // before the long inference of M1
    const double predicted = shape ? 0.35 : 0.4;
    const double share = predicted / double(seg.size());
    Volume<float> probability;
    ImageInputRanges ranges(image);
    for (std::size_t k = 0; k < seg.size(); ++k)
        addToMean(probability,
                  predictVolume(*seg[k], image, tiles, progress.sub(k * share, (k + 1) * share), &ranges), k);
    probability.setSpacing(image.spacing());
    return segmentProbability(std::move(probability), image, shape, tiles, settings, folder,
                              progress.sub(predicted, 1.0));
}

Segmentation segmentProbability(Volume<float> probability, const Volume<float>& image, UnetModel* shape,
                                const TileSettings& tiles, const PostprocessSettings& settings,
                                ResultFolder& folder, const Progress& progress, const ImageForeground* reference) {
    checkShapeModel(shape);
    if (probability.shape() != image.shape())
        throw Error("segmentVolume: I_seg and the image differ in size");
    const double inferenceShare = shape ? 0.54 : 0.04;
    folder.writeVolume("seg.tif", AnyVolume(probability));
    Segmentation result;
    NucleiInputs inputs;
    inputs.image = [&image] { return image; };
    {
        // Made here when the caller has none; freed before M2's inference either way.
        std::optional<ImageForeground> own;
        const ImageForeground& plain = reference ? *reference : own.emplace(imageForeground(image, progress.sub(0.0, 0.03)));
        result.foregroundAgreement =
            foregroundAgreement(probability, plain, settings.threshold, progress.sub(0.03, 0.04));
        inputs.imageForegroundShare = plain.classicalShare;
    }
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
