// nuclei3d-cli bench: speed and memory benchmarks anyone can run (figures go to docs/BENCHMARKS.md).
#include "CliProgressBar.h"
#include "Commands.h"

#include "evaluate/EvaluationBenchmark.h"
#include "filters/FilterBenchmark.h"
#include "postprocess/PostprocessBenchmark.h"
#include "synth/SynthBenchmark.h"
#ifdef NUCLEI3D_CLI_UNET
#include "unet/UnetBenchmark.h"
#endif

#include "pipeline/Error.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#ifndef _WIN32
#include <sys/resource.h>
#endif

namespace nuclei3d::cli {
namespace {

struct BenchOptions {
    std::vector<std::size_t> size{512, 512, 415};
    std::size_t count = 15000;
    int unetDepth = 4;
    int unetBase = 16;
    std::string unetPeer;
};

// The value of `key=` in a benchmark line ("a=1 b=2"), or 0.
double field(const std::string& line, const std::string& key) {
    const std::size_t at = line.find(key + "=");
    return at == std::string::npos ? 0.0 : std::atof(line.c_str() + at + key.size() + 1);
}

// Ours, then the PyTorch peer on the same network, threads and machine, one after the other.
std::string benchUnet(const BenchOptions& o, const Progress& progress) {
#ifdef NUCLEI3D_CLI_UNET
    const std::string ours = benchmarkUnet(o.unetDepth, o.unetBase, progress);
#else
    // Not reached: main hands `bench unet` over to nuclei3d-cli-unet before parsing.
    static_cast<void>(progress);
    const std::string ours;
    throw Error("bench unet needs nuclei3d-cli-unet");
#endif
    if (o.unetPeer.empty())
        return "ours: " + ours;
    if (o.unetDepth != 4)
        throw Error("bench unet --peer: the peer's network has depth 4; leave --depth at 4");
    const std::string command = "/usr/bin/python3 '" + o.unetPeer + "' " +
                                std::to_string(static_cast<int>(field(ours, "threads"))) + " " +
                                std::to_string(o.unetBase) + " 2>&1";
    std::string peer;
#ifndef _WIN32
    if (FILE* pipe = popen(command.c_str(), "r")) {
        char buffer[512];
        while (std::fgets(buffer, sizeof buffer, pipe))
            peer += buffer;
        if (pclose(pipe) != 0)
            throw FileError(o.unetPeer, "the peer failed: " + peer);
    }
#endif
    while (!peer.empty() && peer.back() == '\n')
        peer.pop_back();
    if (field(peer, "train_voxels_per_s") <= 0.0)
        throw FileError(o.unetPeer, "the peer printed no figures: " + peer);
    char ratios[160];
    std::snprintf(ratios, sizeof ratios, "ours / peer: training %.2fx, inference %.2fx",
                  field(ours, "train_voxels_per_s") / field(peer, "train_voxels_per_s"),
                  field(ours, "infer_voxels_per_s") / field(peer, "infer_voxels_per_s"));
    return "ours: " + ours + "\npeer: " + peer + "\n" + ratios;
}

double peakMemoryMiB() {
#ifndef _WIN32
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux reports KiB
#else
    return 0.0;
#endif
}

void printPeak() {
    const double peak = peakMemoryMiB();
    if (peak > 0)
        std::printf("peak memory (whole process): %.0f MiB\n", peak);
}

} // namespace

Command addBenchCommand(CLI::App& app) {
    CLI::App* bench = app.add_subcommand("bench", "Benchmarks: speed and peak memory of the core stages");
    bench->require_subcommand(1);
    auto options = std::make_shared<BenchOptions>();

    CLI::App* synth = bench->add_subcommand("synth", "Stage 1 synthesis (default: 512 x 512 x 415, 15,000 nuclei)");
    synth->add_option("--size", options->size, "Volume size in voxels")->expected(3)->type_name("X Y Z")->capture_default_str();
    synth->add_option("--count", options->count, "Nuclei to place")->capture_default_str();

    CLI::App* postprocess = bench->add_subcommand(
        "postprocess", "Classical baseline, evaluation and stage 5 on a synthetic volume (default: 512 x 512 x 415)");
    postprocess->add_option("--size", options->size, "Volume size in voxels")->expected(3)->type_name("X Y Z")->capture_default_str();
    CLI::App* filters = bench->add_subcommand("filters", "Each 3D filter on a volume of spheres (default: 512 x 512 x 415)");
    filters->add_option("--size", options->size, "Volume size in voxels")->expected(3)->type_name("X Y Z")->capture_default_str();
    CLI::App* evaluate = bench->add_subcommand("evaluate", "Stage 6 on two label volumes (default: 512 x 512 x 415)");
    evaluate->add_option("--size", options->size, "Volume size in voxels")->expected(3)->type_name("X Y Z")->capture_default_str();

    CLI::App* unet = bench->add_subcommand(
        "unet", "U-Net training steps (batch 2 of 64^3) and inference (128^3), optionally beside the PyTorch peer");
    unet->add_option("--depth", options->unetDepth, "Levels")->capture_default_str()->check(CLI::Range(1, 6));
    unet->add_option("--base", options->unetBase, "Base width (channels)")->capture_default_str()->check(CLI::Range(2, 256));
    unet->add_option("--peer", options->unetPeer, "Also run this unet3d_torch.py (python3-torch) on the same network")
        ->check(CLI::ExistingFile)
        ->type_name("unet3d_torch.py");

    return {bench, [options, synth, postprocess, filters, evaluate, unet](const CommandContext& context) {
                CliProgressBar bar;
                const Progress progress(&bar, context.cancel);
                const Shape shape{options->size[0], options->size[1], options->size[2]};
                std::string report;
                if (synth->parsed())
                    report = benchmarkSynthesis(shape, options->count, progress);
                else if (postprocess->parsed())
                    report = benchmarkPostprocess(shape, progress);
                else if (filters->parsed())
                    report = benchmarkFilters(shape, progress);
                else if (evaluate->parsed())
                    report = benchmarkEvaluation(shape, progress);
                else if (unet->parsed())
                    report = benchUnet(*options, progress);
                bar.finish();
                std::printf("%s\n", report.c_str());
                // The postprocess and filters tables reset the peak before each step (and give it per
                // step), which also resets the process's own figure: it would mislead there.
                if (!postprocess->parsed() && !filters->parsed())
                    printPeak();
                return 0;
            }};
}

} // namespace nuclei3d::cli
