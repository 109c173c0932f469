// nuclei3d-cli synth: stage 1 (synthetic nuclei) written as TIFF volumes plus params.json.
#include "CliProgressBar.h"
#include "Commands.h"
#include "ParameterOptions.h"

#include "io/StagedOutputFolder.h"
#include "io/TiffVolumeIO.h"
#include "pipeline/Error.h"
#include "pipeline/GeneralSettings.h"
#include "pipeline/StageSettings.h"
#include "synth/SyntheticNuclei.h"

#include <cstdio>
#include <filesystem>

namespace nuclei3d::cli {
namespace fs = std::filesystem;

namespace {

struct SynthOptions {
    std::string outDir;
    std::vector<std::size_t> size;
    std::string like;
};

int runSynth(const SynthOptions& o, const ParameterOptions& params, const CommandContext& context) {
    ParameterSet parameters;
    if (!params.paramsFile().empty())
        parameters.load(params.paramsFile());
    if (!o.like.empty()) {
        const VolumeFileInfo info = readVolumeInfo(o.like);
        adoptVolumeGeometry(parameters, info.shape, info.spacing);
        // A real volume of another size keeps the nucleus density, not the count.
        if (!params.wasGiven("synth.count"))
            parameters.set("synth.count", std::int64_t{0});
    }
    if (!o.size.empty()) {
        parameters.set("synth.size_x", static_cast<std::int64_t>(o.size[0]));
        parameters.set("synth.size_y", static_cast<std::int64_t>(o.size[1]));
        parameters.set("synth.size_z", static_cast<std::int64_t>(o.size[2]));
    }
    params.applyExplicit(parameters);
    if (context.threads > 0)
        parameters.set("general.threads", static_cast<std::int64_t>(context.threads));
    applyGeneralParameters(parameters);

    const SynthSettings settings = synthSettingsFrom(parameters);
    validate(settings);

    // All outputs appear together or not at all: a cancelled or failed run leaves DIR as it was.
    StagedOutputFolder out{fs::path(o.outDir)};

    CliProgressBar bar;
    const Progress progress(&bar, context.cancel);
    SynthResult result = generateSynthetic(settings, progress.sub(0.0, 0.6));
    const std::size_t placed = result.nuclei.size();

    const Progress writing = progress.sub(0.6, 1.0);
    writeVolume(out.stagedPath("binary.tif"), std::move(result.binary), {}, writing.sub(0.0, 0.1));
    writeVolume(out.stagedPath("instances.tif"), narrowestLabels(result.instances), {},
                writing.sub(0.1, 0.3));
    writeVolume(out.stagedPath("contour.tif"), std::move(result.contour), {}, writing.sub(0.3, 0.4));
    writeVolume(out.stagedPath("shapemarker.tif"), std::move(result.shapemarker), {}, writing.sub(0.4, 0.5));
    writeVolume(out.stagedPath("blurred.tif"), std::move(result.blurred), {}, writing.sub(0.5, 1.0));
    parameters.save(out.stagedPath("params.json"));
    progress.checkCancelled();
    const auto written = out.commit();
    bar.finish();

    if (!result.shortfall.empty())
        std::fprintf(stderr, "warning: %s\n", result.shortfall.c_str());
    const Shape& shape = settings.shape;
    std::printf("synthesised %zu nuclei in a %zu x %zu x %zu volume (x y z)\n", placed, shape.x, shape.y, shape.z);
    for (const auto& file : written)
        std::printf("  wrote %s\n", file.string().c_str());
    return 0;
}

} // namespace

Command addSynthCommand(CLI::App& app) {
    auto options = std::make_shared<SynthOptions>();
    CLI::App* command = app.add_subcommand(
        "synth", "Stage 1: generate synthetic nuclei (I_binary, I_instances, I_contour, I_shapemarker, blurred I_binary)");
    command->add_option("--out", options->outDir, "Output folder (created if missing)")->required()->type_name("DIR");
    auto* size = command->add_option("--size", options->size, "Volume size in voxels")->expected(3)->type_name("X Y Z");
    auto* like = command->add_option("--like", options->like, "Take size and voxel size from a real volume")
                     ->check(CLI::ExistingFile)
                     ->type_name("IMAGE.tif");
    size->excludes(like);
    auto params = std::make_shared<ParameterOptions>(
        *command, std::vector<std::string>{"synth"},
        std::map<std::string, std::string>{{"synth.count", "--count"}, {"synth.seed", "--seed"}});
    return {command, [options, params](const CommandContext& context) { return runSynth(*options, *params, context); }};
}

} // namespace nuclei3d::cli
