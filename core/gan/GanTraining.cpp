#include "gan/GanTraining.h"

#include "gan/GanRealismCheck.h"
#include "gan/GanTrainer.h"
#include "gan/SamplePng.h"
#include "io/AtomicFile.h"
#include "pipeline/Error.h"
#include "pipeline/ParameterSchema.h"
#include "synth/SyntheticNuclei.h"
#include "unet/TorchArchiveFile.h"
#include "unet/TorchThreads.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace nuclei3d {
namespace {

constexpr const char* kLogHeader =
    "step,generator_total,gan_g1,gan_g2,recycle_a,recycle_b,recurrent_a,recurrent_b,contour,spatial,"
    "discriminator_d1,discriminator_d2,geometry";

// The hint after a too-small volume: the largest slice edge and predictor depth it holds, or the
// non-GAN input when even the smallest GAN does not fit.
std::string whatFits(const Shape& shape, const GanNetworkConfig& net) {
    const auto multiple = static_cast<std::size_t>(net.sizeMultiple());
    const std::size_t edge = std::min(shape.x, shape.y) / multiple * multiple;
    const std::size_t slices = shape.z > 0 ? shape.z - 1 : 0;
    const ParameterSpec& sliceSpec = *ParameterSchema::instance().find("gan.slice_size");
    const ParameterSpec& slicesSpec = *ParameterSchema::instance().find("gan.predictor_slices");
    if (double(edge) < sliceSpec.minimum || double(slices) < slicesSpec.minimum)
        return "it is too small for the GAN: use --synth nogan";
    const auto mostSlices = std::min(slices, static_cast<std::size_t>(slicesSpec.maximum));
    return "this volume fits --gan.slice_size " + std::to_string(edge) + " and --gan.predictor_slices " +
           std::to_string(mostSlices) + " at most";
}

GanDomains makeDomains(const std::vector<GanRealVolume>& real, const GanTrainSettings& s, const SynthSettings& synth,
                       const Progress& progress) {
    if (real.empty())
        throw Error("GAN training: no real volume given");
    const auto slice = static_cast<std::size_t>(s.net.sliceSize);
    const auto run = static_cast<std::size_t>(s.net.predictorSlices + 1);
    GanDomains d;
    for (const GanRealVolume& r : real) {
        const Shape& shape = r.image.shape();
        if (shape.x < slice || shape.y < slice || shape.z < run)
            throw FileError(r.file, "the volume (" + std::to_string(shape.x) + " x " + std::to_string(shape.y) + " x " +
                                        std::to_string(shape.z) + ") is smaller than one training run of " +
                                        std::to_string(slice) + " x " + std::to_string(slice) + " x " +
                                        std::to_string(run) + " (gan.slice_size, gan.predictor_slices + 1); " +
                                        whatFits(shape, s.net));
        d.b.push_back(normaliseRealVolume(r.image, s.percentileLow, s.percentileHigh));
    }
    const Shape& like = real.front().image.shape();
    const auto crop = static_cast<std::size_t>(s.cropSize);
    for (int v = 0; v < s.syntheticVolumes; ++v) {
        const Progress part = progress.sub(double(v) / s.syntheticVolumes, double(v + 1) / s.syntheticVolumes);
        SynthSettings a = ganDomainSynthSettings(synth, s);
        a.shape = Shape{std::min(like.x, crop), std::min(like.y, crop), std::min(like.z, crop)};
        if (real.front().image.spacing().known)
            a.spacing = real.front().image.spacing();
        a.seed = synth.seed + static_cast<std::uint64_t>(v);
        SynthResult result = generateSynthetic(a, part);
        Volume<float> blurred(result.blurred.shape(), 0.0f, result.blurred.spacing());
        for (std::size_t i = 0; i < blurred.voxelCount(); ++i)
            blurred[i] = std::clamp(result.blurred[i] / 255.0f, 0.0f, 1.0f);
        d.a.push_back(std::move(blurred));
        d.aBinary.push_back(std::move(result.binary));
    }
    return d;
}

void saveCheckpoint(const std::filesystem::path& file, GanTrainer& trainer, std::int64_t step,
                    const std::string& parametersJson) {
    torch::serialize::OutputArchive archive;
    trainer.save(archive);
    archive.write("step", c10::IValue(step));
    archive.write("parameters", c10::IValue(parametersJson));
    saveArchiveAtomically(archive, file, "checkpoint");
}

void saveGenerator(const std::filesystem::path& file, GanTrainer& trainer, const GanNetworkConfig& config,
                   const std::string& parametersJson) {
    torch::serialize::OutputArchive archive, g1;
    trainer.networks().g1->save(g1);
    archive.write("net_G1", g1);
    archive.write("config", c10::IValue(ganConfigJson(config)));
    archive.write("parameters", c10::IValue(parametersJson));
    saveArchiveAtomically(archive, file, "generator");
}

// A resumed run drops the log rows written after its checkpoint, so that the log reads as if the
// run had never stopped.
void trimLog(const std::filesystem::path& file, std::int64_t done) {
    std::ifstream in(file);
    if (!in)
        return;
    std::string line, kept;
    std::getline(in, line);
    kept = line + '\n';
    while (std::getline(in, line)) {
        long long step = 0;
        if (std::sscanf(line.c_str(), "%lld", &step) == 1 && step <= done)
            kept += line + '\n';
    }
    in.close();
    writeTextFileAtomically(file, kept);
}

GreySlice greyOf(const torch::Tensor& slice) {
    const torch::Tensor t = ((slice.detach().to(torch::kCPU).reshape({slice.size(-2), slice.size(-1)}) + 1.0) * 0.5)
                                .contiguous();
    GreySlice g;
    g.height = static_cast<int>(t.size(0));
    g.width = static_cast<int>(t.size(1));
    g.values.assign(t.data_ptr<float>(), t.data_ptr<float>() + t.numel());
    return g;
}

void writeSample(const std::filesystem::path& folder, std::int64_t step, const GanBatch& batch, GanTrainer& trainer) {
    const std::int64_t last = batch.a.size(0) - 1;
    char name[64];
    std::snprintf(name, sizeof name, "step_%07lld.png", static_cast<long long>(step));
    writeSlicesPng(ganSampleFolder(folder) / name,
                   {greyOf(batch.a[last]), greyOf(trainer.lastFakeB()), greyOf(batch.b[last])});
}

std::string logRow(std::int64_t step, const GanStepLosses& l) {
    std::ostringstream row;
    row.precision(7);
    row << step << ',' << l.generatorTotal << ',' << l.ganG1 << ',' << l.ganG2 << ',' << l.recycleA << ','
        << l.recycleB << ',' << l.recurrentA << ',' << l.recurrentB << ',' << l.contour << ',' << l.spatial << ','
        << l.discriminatorD1 << ',' << l.discriminatorD2 << ',' << l.geometry << '\n';
    return row.str();
}

std::string progressText(std::int64_t step, std::int64_t steps, const GanStepLosses& l) {
    char text[160];
    std::snprintf(text, sizeof text, "step %lld/%lld G %.3f D %.3f rec %.3f/%.3f cur %.3f/%.3f hd %.3f",
                  static_cast<long long>(step), static_cast<long long>(steps), l.generatorTotal,
                  l.discriminatorD1 + l.discriminatorD2, l.recycleA, l.recycleB, l.recurrentA, l.recurrentB,
                  l.contour);
    return text;
}

} // namespace

std::filesystem::path ganCheckpointFile(const std::filesystem::path& folder) { return folder / "checkpoint.pt"; }
std::filesystem::path ganGeneratorFile(const std::filesystem::path& folder) { return folder / "generator.pt"; }
std::filesystem::path ganLossLogFile(const std::filesystem::path& folder) { return folder / "loss.csv"; }
std::filesystem::path ganSampleFolder(const std::filesystem::path& folder) { return folder / "samples"; }

GanTrainResult trainGan(const std::vector<GanRealVolume>& real, const GanTrainSettings& s, const SynthSettings& synth,
                        const std::filesystem::path& folder, const std::string& parametersJson,
                        const Progress& progress) {
    validate(s);
    applyTorchThreads();
    std::error_code ec;
    std::filesystem::create_directories(ganSampleFolder(folder), ec);
    if (ec)
        throw FileError(folder, "cannot create the folder: " + ec.message());

    const GanDomains domains = makeDomains(real, s, synth, progress.sub(0.0, 0.05));
    const Progress training = progress.sub(0.05, 1.0);
    GanTrainer trainer(s, defaultTorchDevice());

    std::int64_t done = 0;
    const std::filesystem::path checkpoint = ganCheckpointFile(folder);
    if (std::filesystem::exists(checkpoint)) {
        torch::serialize::InputArchive archive;
        loadArchive(archive, checkpoint, "checkpoint");
        trainer.load(archive, checkpoint);
        c10::IValue step;
        if (!archive.try_read("step", step) || !step.isInt())
            throw FileError(checkpoint, "the checkpoint has no step count");
        done = step.toInt();
        trimLog(ganLossLogFile(folder), done);
    }

    std::ofstream log(ganLossLogFile(folder), std::ios::app);
    if (!log)
        throw FileError(ganLossLogFile(folder), "cannot write the loss log");
    if (done == 0)
        log << kLogHeader << '\n';

    GanTrainResult result;
    std::int64_t finished = done;
    GanStepLosses losses;
    try {
        for (std::int64_t step = done; step < s.steps; ++step) {
            training.report(double(step - done) / double(std::max<std::int64_t>(1, s.steps - done)),
                            progressText(step + 1, s.steps, losses));
            const GanBatch batch = sampleGanBatch(domains, s.net, s.seed, step);
            trainer.generatorStep(batch, losses);
            trainer.discriminatorStep(losses);
            finished = step + 1;
            log << logRow(finished, losses);
            log.flush();
            if (finished % s.sampleEvery == 0 || finished == s.steps)
                writeSample(folder, finished, batch, trainer);
            if (finished % s.checkpointEvery == 0 || finished == s.steps)
                saveCheckpoint(checkpoint, trainer, finished, parametersJson);
        }
    } catch (const Cancelled&) {
        if (finished > done)
            saveCheckpoint(checkpoint, trainer, finished, parametersJson);
        throw;
    } catch (const NonFiniteLoss& e) {
        const std::int64_t kept = (finished / s.checkpointEvery) * s.checkpointEvery;
        const bool hasCheckpoint = std::filesystem::exists(checkpoint);
        throw Error("GAN training stopped at step " + std::to_string(finished + 1) + ": " + e.what() +
                    (hasCheckpoint ? "; the last good checkpoint (step " + std::to_string(std::max(kept, done)) +
                                         ") is kept in " + checkpoint.string()
                                   : std::string("; no checkpoint was written yet")) +
                    ". Check the input volumes, or lower gan.learning_rate.");
    }
    if (!log)
        throw FileError(ganLossLogFile(folder), "cannot write the loss log");
    saveGenerator(ganGeneratorFile(folder), trainer, s.net, parametersJson);
    progress.report(1.0, "GAN training done");
    result.steps = finished;
    result.stepsThisRun = finished - done;
    result.generatorLoss = losses.generatorTotal;
    result.discriminatorLoss = losses.discriminatorD1 + losses.discriminatorD2;
    return result;
}

} // namespace nuclei3d
