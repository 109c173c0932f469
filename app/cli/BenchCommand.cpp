// nuclei3d-cli bench: speed and memory benchmarks anyone can run (figures go to docs/BENCHMARKS.md).
#include "CliProgressBar.h"
#include "Commands.h"

#include "evaluate/EvaluationBenchmark.h"
#include "filters/FilterBenchmark.h"
#include "postprocess/PostprocessBenchmark.h"
#include "synth/SynthBenchmark.h"

#include <cstdio>
#include <string>

#ifndef _WIN32
#include <sys/resource.h>
#endif

namespace nuclei3d::cli {
namespace {

struct BenchOptions {
    std::vector<std::size_t> size{512, 512, 415};
    std::size_t count = 15000;
};

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

    return {bench, [options, synth, postprocess, filters, evaluate](const CommandContext& context) {
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
