// Writes the seed corpora of the fuzz targets from the program's own writers, so that nothing is
// downloaded and the seeds follow the file formats as they change:
//   make_fuzz_seeds OUT   ->  OUT/tiff, OUT/json, OUT/model (small valid files of each kind)
#include "io/TiffVolumeIO.h"
#include "pipeline/ParameterSet.h"
#include "synth/SyntheticMicroscope.h"
#include "synth/SyntheticNuclei.h"
#include "synth/TrainingPairs.h"
#include "unet/UnetModel.h"
#include "unet/UnetTraining.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

namespace fs = std::filesystem;
using namespace nuclei3d;

namespace {

template <typename T>
Volume<T> ramp(Shape shape, Spacing spacing) {
    Volume<T> v(shape, T{}, spacing);
    for (std::size_t i = 0; i < v.voxelCount(); ++i)
        v.data()[i] = static_cast<T>(i % 200);
    return v;
}

void writeTiffSeeds(const fs::path& dir) {
    fs::create_directories(dir);
    const Shape small{5, 4, 3};
    const Spacing um = Spacing::micrometres(0.5, 0.5, 2.0);
    using C = TiffWriteOptions::Compression;
    writeVolume(dir / "u8.tif", ramp<std::uint8_t>(small, um));
    writeVolume(dir / "u16-lzw.tif", ramp<std::uint16_t>(small, um), {C::Lzw, false});
    writeVolume(dir / "u32-labels.tif", ramp<std::uint32_t>(small, Spacing{}));
    writeVolume(dir / "f32-deflate.tif", ramp<float>(small, um), {C::Deflate, false});
    writeVolume(dir / "u8-bigtiff.tif", ramp<std::uint8_t>(Shape{3, 3, 2}, um), {C::None, true});
    Volume<Rgb8> rgb(Shape{3, 2, 2}, Rgb8{10, 20, 30}, um);
    writeVolume(dir / "rgb.tif", rgb);
}

void writeJsonSeeds(const fs::path& dir) {
    fs::create_directories(dir);
    ParameterSet defaults;
    std::ofstream(dir / "defaults.json") << defaults.toJson();
    std::ofstream(dir / "subset.json")
        << R"({ "parameters": { "synth": { "count": 500, "radius_min": 3, "radius_max": 6 } } })";
    std::ofstream(dir / "typo.json") << R"({ "parameters": { "synth": { "radius_mx": 6 } } })";
}

void writeModelSeeds(const fs::path& dir) {
    fs::create_directories(dir);
    UNetConfig config;
    config.depth = 1;
    config.baseFilters = 1;
    UnetModel(config, UnetTask::Segmentation, 1).save(dir / "model-seg.pt");
    UnetModel(config, UnetTask::Shape, 2).save(dir / "model-shape.pt");

    // A real checkpoint: one training step of the smallest network on one 8^3 crop.
    SynthSettings s;
    s.shape = Shape{8, 8, 8};
    s.count = 2;
    s.radiusMin = 2.0;
    s.radiusMax = 3.0;
    s.blurSigma = 1.0;
    const SynthResult synth = generateSynthetic(s);
    MicroscopeSettings m;
    m.psfSigma = 1.0;
    const Volume<float> input = simulateMicroscope(synth.instances, synth.nuclei.size(), m);
    const auto pairs = cutTrainingPairs(synth, input, 8);
    UnetTrainSettings t;
    t.net = config;
    t.steps = 1;
    t.batchSize = 1;
    t.validationFraction = 0.0;
    t.checkpointEvery = 1;
    const fs::path run = dir / "run";
    fs::remove_all(run);
    trainUnet(pairs, t, run, "{}");
    fs::copy_file(checkpointFile(run), dir / "checkpoint.pt", fs::copy_options::overwrite_existing);
    fs::remove_all(run);
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: make_fuzz_seeds OUT_FOLDER\n";
        return 2;
    }
    try {
        const fs::path out = argv[1];
        writeTiffSeeds(out / "tiff");
        writeJsonSeeds(out / "json");
        writeModelSeeds(out / "model");
    } catch (const std::exception& e) {
        std::cerr << "make_fuzz_seeds: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
