// nuclei3d-cli evaluate: stage 6, predicted instance labels scored against ground truth; a short
// table on stdout and, with --json, every figure in a file (EvaluationResult::toJson).
#include "CliProgressBar.h"
#include "Commands.h"
#include "InputVolumes.h"
#include "ParameterOptions.h"

#include "evaluate/Evaluation.h"
#include "io/AtomicFile.h"
#include "io/TiffVolumeIO.h"
#include "pipeline/AnalysisSettings.h"
#include "pipeline/Error.h"

#include <algorithm>
#include <cstdio>

namespace nuclei3d::cli {
namespace {

struct EvaluateOptions {
    std::string pred;
    std::string gt;
    std::string json;
};

void requireObjects(const Volume<std::uint32_t>& labels, const std::string& file) {
    if (std::all_of(labels.storage().begin(), labels.storage().end(), [](std::uint32_t v) { return v == 0; }))
        throw FileError(file, "holds no objects (every voxel is 0); there is nothing to evaluate");
}

int runEvaluate(const EvaluateOptions& o, const ParameterOptions& params, const CommandContext& context) {
    const ParameterSet parameters = params.resolve(context.threads);
    const EvaluationOptions options = evaluationOptionsFrom(parameters);
    // Sizes are compared from the headers, before either volume is read.
    requireSameShape(o.pred, o.gt, readVolumeInfo(o.gt).shape);

    CliProgressBar bar;
    const Progress progress(&bar, context.cancel);
    const Volume<std::uint32_t> gt = readLabelVolume(o.gt, progress.sub(0.0, 0.2));
    requireObjects(gt, o.gt);
    const Volume<std::uint32_t> pred = readLabelVolume(o.pred, progress.sub(0.2, 0.4));
    requireObjects(pred, o.pred);
    EvaluationResult result;
    try {
        result = evaluateInstances(pred, gt, options, progress.sub(0.4, 1.0));
    } catch (const Cancelled&) {
        throw;
    } catch (const Error& e) {
        throw Error("evaluating " + o.pred + " against " + o.gt + ": " + e.what());
    }
    bar.finish();
    std::printf("prediction:   %s\nground truth: %s\n%s", o.pred.c_str(), o.gt.c_str(),
                result.toTable().c_str());
    if (!o.json.empty()) {
        writeTextFileAtomically(o.json, result.toJson());
        std::printf("  wrote %s\n", o.json.c_str());
    }
    return 0;
}

} // namespace

Command addEvaluateCommand(CLI::App& app) {
    auto options = std::make_shared<EvaluateOptions>();
    CLI::App* command = app.add_subcommand(
        "evaluate",
        "Stage 6: score instance labels against ground truth (the publication's rule, IoU 0.5-0.95)");
    command->add_option("--pred", options->pred, "Predicted instance labels")
        ->required()
        ->type_name("LABELS.tif");
    command->add_option("--gt", options->gt, "Ground-truth instance labels")->required()->type_name("GT.tif");
    command->add_option("--json", options->json, "Also write every figure as JSON")->type_name("OUT.json");
    auto params = std::make_shared<ParameterOptions>(
        *command, std::vector<std::string>{"evaluate"},
        std::map<std::string, std::string>{{"evaluate.min_size", "--min-size"}});
    return {command, [options, params](const CommandContext& context) {
                return runEvaluate(*options, *params, context);
            }};
}

} // namespace nuclei3d::cli
