// runWholePipeline end to end on a tiny synthetic image with tiny networks: every file it promises,
// resume without retraining, the GAN as the pairs' input (trained, or given from another run), cancel
// that keeps a loadable checkpoint and no half result, and a ground truth of another size refused
// naming the file.
#include "TestSupport.h"

#include "gan/GanGenerator.h"
#include "gan/GanTraining.h"
#include "io/TiffVolumeIO.h"
#include "pipeline/Error.h"
#include "pipeline/ParameterSchema.h"
#include "run/WholePipeline.h"
#include "synth/SynthSettings.h"
#include "synth/SyntheticNuclei.h"
#include "unet/UnetTraining.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <functional>
#include <string>

using namespace nuclei3d;
using nuclei3d::test::toPath;

namespace {

namespace fs = std::filesystem;

const char* const kResults[] = {"seg.tif",    "shape.tif", "labels.tif", "contours.tif",   "segcolor.tif",
                                "classes.tif", "label.tif", "nuclei.csv", "params.json", "evaluation.json"};
const char* const kIntermediates[] = {"pairs/pairs.json", "m1/loss.csv", "m1/checkpoint.pt", "m1/model.pt",
                                      "m2/loss.csv",      "m2/checkpoint.pt", "m2/model.pt"};
const char* const kGanFiles[] = {"gan/checkpoint.pt", "gan/generator.pt", "gan/loss.csv", "gan/params.json",
                                 "gan/realism.json"};

// A blurred synthetic volume as the "microscopy image" and its instances as the ground truth.
void writeImage(const fs::path& dir, Shape shape = Shape{48, 48, 24}) {
    SynthSettings s;
    s.shape = shape;
    s.count = 6;
    s.radiusMin = 4.0;
    s.radiusMax = 6.0;
    s.seed = 3;
    const SynthResult synth = generateSynthetic(s);
    Volume<float> image = synth.blurred;
    for (std::size_t i = 0; i < image.voxelCount(); ++i)
        image[i] += 10.0f + float((i * 7919) % 13); // a background and some texture
    writeVolume(dir / "image.tif", AnyVolume(image));
    writeVolume(dir / "gt.tif", AnyVolume(synth.instances));
}

// Tiny networks and few steps: the point is the wiring, not accuracy.
ParameterSet tinyParameters(const std::string& synth) {
    ParameterSet p;
    const std::pair<const char*, ParameterValue> values[] = {
        {"gan.mode", synth},
        {"pairs.volumes", std::int64_t{1}},
        {"pairs.volume_size", std::int64_t{32}},
        {"pairs.crop_size", std::int64_t{16}},
        {"unet.depth", std::int64_t{2}},
        {"unet.base_filters", std::int64_t{4}},
        {"unet.batch_size", std::int64_t{1}},
        {"unet.steps", std::int64_t{2}},
        {"unet.checkpoint_every", std::int64_t{1}},
        {"inference.tile_size", std::int64_t{16}},
        {"inference.tile_overlap", std::int64_t{4}},
        {"gan.slice_size", std::int64_t{16}},
        {"gan.crop_size", std::int64_t{16}},
        {"gan.predictor_slices", std::int64_t{2}},
        {"gan.generator_filters", std::int64_t{4}},
        {"gan.generator_blocks", std::int64_t{1}},
        {"gan.discriminator_filters", std::int64_t{4}},
        {"gan.synthetic_volumes", std::int64_t{1}},
        {"gan.steps", std::int64_t{3}},
        {"gan.sample_every", std::int64_t{2}},
        {"gan.checkpoint_every", std::int64_t{2}},
        {"general.threads", std::int64_t{2}},
    };
    for (const auto& [name, value] : values)
        p.set(name, value);
    return p;
}

WholePipelineSettings settingsFor(const fs::path& dir, const std::string& synth) {
    WholePipelineSettings s;
    s.image = dir / "image.tif";
    s.groundTruth = dir / "gt.tif";
    s.outDir = dir / "run";
    s.parameters = tinyParameters(synth);
    return s;
}

int rows(const fs::path& csv) {
    std::ifstream in(csv);
    int n = -1; // the header
    for (std::string line; std::getline(in, line);)
        ++n;
    return n;
}

std::string readText(const fs::path& file) {
    std::ifstream in(file);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Cancels the token the first time a step message satisfies `when` (what a user's Stop does).
class CancellingSink : public ProgressSink {
  public:
    CancellingSink(CancelToken& token, std::function<bool(const std::string&)> when)
        : m_token(token), m_when(std::move(when)) {}
    bool update(double, const std::string& step) override {
        if (m_when(step))
            m_token.cancel();
        return true;
    }

  private:
    CancelToken& m_token;
    std::function<bool(const std::string&)> m_when;
};

bool startsWith(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

} // namespace

class TestWholePipeline : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void noganWritesEveryFileAndResumesWithoutTraining() {
        QTemporaryDir tmp;
        const fs::path dir = toPath(tmp.path());
        writeImage(dir);
        const WholePipelineSettings settings = settingsFor(dir, "nogan");
        const WholePipelineResult first = runWholePipeline(settings);
        for (const char* name : kResults)
            QVERIFY2(fs::exists(settings.outDir / name), name);
        for (const char* name : kIntermediates)
            QVERIFY2(fs::exists(settings.outDir / name), name);
        QVERIFY2(!fs::exists(settings.outDir / "gan"), "nogan trains no GAN");
        QCOMPARE(first.pairInput, std::string("nogan"));
        QCOMPARE(first.written.size(), std::size(kResults));
        QVERIFY(first.pairs > 0);
        QCOMPARE(first.segSteps, std::int64_t{2});
        QVERIFY(first.evaluation.has_value());
        QVERIFY2(readText(settings.outDir / "pairs/pairs.json").find("no GAN") != std::string::npos,
                 "the manifest names the microscope as the input");

        // Again into the same folder: pairs and models are reused, nothing is trained again.
        const auto pairsTime = fs::last_write_time(settings.outDir / "pairs/pairs.json");
        const WholePipelineResult second = runWholePipeline(settings);
        QCOMPARE(fs::last_write_time(settings.outDir / "pairs/pairs.json"), pairsTime);
        QCOMPARE(rows(settings.outDir / "m1/loss.csv"), 2);
        QCOMPARE(rows(settings.outDir / "m2/loss.csv"), 2);
        QCOMPARE(second.segSteps, std::int64_t{2});
        QCOMPARE(second.nuclei, first.nuclei);
    }

    void anEnsembleTrainsTwoM1sAndUsesBoth() {
        QTemporaryDir tmp;
        const fs::path dir = toPath(tmp.path());
        writeImage(dir);
        WholePipelineSettings settings = settingsFor(dir, "nogan");
        settings.parameters.set("unet.ensemble", std::int64_t{2});
        settings.parameters.set("unet.attempts", std::int64_t{1});
        settings.parameters.set("unet.seed", std::int64_t{5});
        const WholePipelineResult run = runWholePipeline(settings);
        const std::vector<fs::path> expected{settings.outDir / "m1", settings.outDir / "m1_seed6"};
        QCOMPARE(run.usedSegFolders(), expected);
        for (const fs::path& folder : expected)
            QVERIFY2(fs::exists(modelFile(folder)), folder.c_str());
        QCOMPARE(run.segAttempts.size(), std::size_t(2));
        QCOMPARE(run.segAttempts[1].seed, std::uint64_t(6));
        QVERIFY(run.segAttempts[0].used && run.segAttempts[1].used);
        QVERIFY(fs::exists(settings.outDir / "seg.tif"));
        QCOMPARE(run.parameters.integer("unet.ensemble"), std::int64_t{2});
    }

    void ganModeTrainsTheGanUsesItAndReusesIt() {
        QTemporaryDir tmp;
        const fs::path dir = toPath(tmp.path());
        writeImage(dir);
        WholePipelineSettings settings = settingsFor(dir, "recyclegan-hd");
        settings.parameters.set("pairs.volumes", std::int64_t{2}); // the default share: one of them the microscope's
        const WholePipelineResult first = runWholePipeline(settings);
        for (const char* name : kGanFiles)
            QVERIFY2(fs::exists(settings.outDir / name), name);
        for (const char* name : kResults)
            QVERIFY2(fs::exists(settings.outDir / name), name);
        QCOMPARE(first.pairInput, std::string("recyclegan-hd"));
        QCOMPARE(first.ganSteps, std::int64_t{3});
        QVERIFY(!first.ganReused);
        QVERIFY(first.ganRealism && first.blurredRealism);
        QVERIFY(first.ganRealism->histogramDistance >= 0.0 && first.ganRealism->spectrumDistance >= 0.0);
        QVERIFY(readText(settings.outDir / "gan/realism.json").find("blurred_input") != std::string::npos);
        QCOMPARE(rows(settings.outDir / "gan/loss.csv"), 3);
        const std::string pairsInput = readText(settings.outDir / "pairs/pairs.json");
        QVERIFY2(pairsInput.find("GAN G1 (recyclegan-hd)") != std::string::npos &&
                     pairsInput.find("the synthetic microscope for 1 of 2 volumes") != std::string::npos,
                 "the pairs' input is the GAN's, and the microscope's for pairs.microscope_share of the volumes");
        ParameterSet used;
        used.load(settings.outDir / "params.json");
        QCOMPARE(used.text("gan.mode"), std::string("recyclegan-hd"));
        // Domain A as trained: as dense as the image (the estimate's gan.foreground_fraction).
        QCOMPARE(first.ganDomain.count, std::size_t{0});
        QVERIFY(used.real("gan.foreground_fraction") > 0.0);
        QCOMPARE(first.ganDomain.foregroundFraction, used.real("gan.foreground_fraction"));

        // A finished GAN with the same parameters is reused as it is.
        const WholePipelineResult second = runWholePipeline(settings);
        QVERIFY(second.ganReused);
        QVERIFY2(!second.ganRealism, "a reused GAN keeps its realism.json");
        QCOMPARE(rows(settings.outDir / "gan/loss.csv"), 3);
        QCOMPARE(rows(settings.outDir / "m1/loss.csv"), 2);

        // A run stopped during the realism check left a finished GAN without realism.json: only the
        // check is done again, with the same figures (same generator, same seeded volume).
        fs::remove(settings.outDir / "gan/realism.json");
        const WholePipelineResult checkedAgain = runWholePipeline(settings);
        QVERIFY(checkedAgain.ganReused);
        QVERIFY(checkedAgain.ganRealism);
        QCOMPARE(checkedAgain.ganRealism->histogramDistance, first.ganRealism->histogramDistance);
        QCOMPARE(rows(settings.outDir / "gan/loss.csv"), 3);
        QVERIFY(fs::exists(settings.outDir / "gan/realism.json"));

        // Another input into the same folder: new pairs, and M1 and M2 trained afresh on them.
        settings.parameters.set("gan.mode", std::string("nogan"));
        settings.parameters.set("unet.steps", std::int64_t{1});
        const WholePipelineResult third = runWholePipeline(settings);
        QCOMPARE(third.pairInput, std::string("nogan"));
        QVERIFY(readText(settings.outDir / "pairs/pairs.json").find("no GAN") != std::string::npos);
        QCOMPARE(rows(settings.outDir / "m1/loss.csv"), 1);
        QCOMPARE(third.segSteps, std::int64_t{1});
    }

    void aGivenGanIsUsedWithoutTrainingAndItsParametersApply() {
        QTemporaryDir tmp;
        const fs::path dir = toPath(tmp.path());
        writeImage(dir);
        WholePipelineSettings trained = settingsFor(dir, "recyclegan");
        runWholePipeline(trained);
        const fs::path ganFolder = trained.outDir / "gan";

        // Another volume (here the same image) with the finished GAN: nothing trained, its gan.*
        // parameters replace the run's, and its realism against this image is checked.
        WholePipelineSettings settings = settingsFor(dir, "recyclegan-hd");
        settings.outDir = dir / "second";
        settings.ganFolder = ganFolder;
        settings.parameters.set("gan.steps", std::int64_t{500});
        settings.parameters.set("gan.lambda_contour", 5.0);
        const WholePipelineResult result = runWholePipeline(settings);
        QVERIFY2(!fs::exists(settings.outDir / "gan"), "a given GAN is not trained again");
        QVERIFY(result.ganReused);
        QCOMPARE(result.ganSteps, std::int64_t{0});
        QCOMPARE(result.ganFolder, ganFolder);
        QCOMPARE(result.pairInput, std::string("recyclegan"));
        QVERIFY(result.ganRealism && result.blurredRealism);
        QVERIFY(readText(settings.outDir / "gan_realism.json").find("blurred_input") != std::string::npos);
        for (const char* name : kResults)
            QVERIFY2(fs::exists(settings.outDir / name), name);
        const std::string pairsInput = readText(settings.outDir / "pairs/pairs.json");
        QVERIFY2(pairsInput.find("GAN G1 (recyclegan) from " + fs::absolute(ganFolder).lexically_normal().string()) !=
                     std::string::npos,
                 "the pairs name the GAN they came from");
        ParameterSet used;
        used.load(settings.outDir / "params.json");
        QCOMPARE(used.text("gan.mode"), std::string("recyclegan"));
        QCOMPARE(used.integer("gan.steps"), std::int64_t{3});
        QCOMPARE(used.real("gan.lambda_contour"), 0.1);

        // Run again: the pairs and the models are kept.
        const WholePipelineResult again = runWholePipeline(settings);
        QCOMPARE(again.segSteps, result.segSteps);
        QCOMPARE(rows(settings.outDir / "m1/loss.csv"), 2);

        // nogan, as the cpu preset sets it, yields to the given GAN.
        settings.parameters.set("gan.mode", std::string("nogan"));
        settings.fixedParameters = {"gan.mode"};
        QCOMPARE(runWholePipeline(settings).pairInput, std::string("recyclegan"));
        // Another GAN mode chosen explicitly is refused, naming the folder.
        settings.outDir = dir / "third";
        settings.parameters.set("gan.mode", std::string("cyclegan"));
        settings.fixedParameters = {"gan.mode"};
        try {
            runWholePipeline(settings);
            QFAIL("a cyclegan run took a recyclegan GAN");
        } catch (const FileError& e) {
            const std::string message = e.what();
            QVERIFY2(message.find(ganFolder.string()) != std::string::npos && message.find("recyclegan GAN") != std::string::npos,
                     e.what());
        }
        // A folder without a finished GAN is refused, naming it.
        settings.fixedParameters.clear();
        settings.ganFolder = dir;
        try {
            runWholePipeline(settings);
            QFAIL("a folder without generator.pt was taken for a GAN");
        } catch (const FileError& e) {
            QVERIFY2(std::string(e.what()).find("no finished GAN") != std::string::npos, e.what());
        }
        QVERIFY2(!fs::exists(settings.outDir / "seg.tif"), "a refused run writes no result");
    }

    void cancelKeepsALoadableCheckpointAndNoResult() {
        QTemporaryDir tmp;
        const fs::path dir = toPath(tmp.path());
        writeImage(dir);
        WholePipelineSettings settings = settingsFor(dir, "cyclegan");
        settings.parameters.set("gan.steps", std::int64_t{50});
        settings.parameters.set("gan.checkpoint_every", std::int64_t{100});

        // Stop asked when step 3 starts: the training notices it at its next report, so the
        // checkpoint written on cancel holds step 3 (the log as many rows) and G1 loads from it.
        CancelToken token;
        CancellingSink inGan(token, [](const std::string& step) { return startsWith(step, "step 3/50 G"); });
        QVERIFY_EXCEPTION_THROWN(runWholePipeline(settings, Progress(&inGan, &token)), Cancelled);
        QVERIFY(fs::exists(settings.outDir / "gan/checkpoint.pt"));
        QVERIFY2(!fs::exists(settings.outDir / "gan/generator.pt"), "an unfinished GAN writes no generator");
        QCOMPARE(rows(settings.outDir / "gan/loss.csv"), 3);
        GanGenerator g1 = GanGenerator::load(settings.outDir / "gan");
        QCOMPARE(g1.config().mode, GanMode::CycleGan);
        for (const char* name : kResults)
            QVERIFY2(!fs::exists(settings.outDir / name), name);

        // Stopped during M1 (nogan, to stay quick): a loadable checkpoint, no result file.
        settings.parameters.set("gan.mode", std::string("nogan"));
        settings.parameters.set("unet.steps", std::int64_t{4});
        settings.parameters.set("unet.checkpoint_every", std::int64_t{100});
        token.reset();
        CancellingSink inM1(token, [](const std::string& step) { return startsWith(step, "step 3/4 loss"); });
        QVERIFY_EXCEPTION_THROWN(runWholePipeline(settings, Progress(&inM1, &token)), Cancelled);
        QVERIFY(fs::exists(checkpointFile(settings.outDir / "m1")));
        QVERIFY(!fs::exists(modelFile(settings.outDir / "m1")));
        QCOMPARE(loadCheckpointModel(checkpointFile(settings.outDir / "m1")).config().baseFilters, 4);
        QCOMPARE(rows(settings.outDir / "m1/loss.csv"), 3);
        for (const char* name : kResults)
            QVERIFY2(!fs::exists(settings.outDir / name), name);

        // Resumed: M1 continues from its checkpoint (three rows kept, one more trained).
        token.reset();
        const WholePipelineResult resumed = runWholePipeline(settings, Progress(nullptr, &token));
        QCOMPARE(resumed.segSteps, std::int64_t{4});
        QCOMPARE(rows(settings.outDir / "m1/loss.csv"), 4);
        for (const char* name : kResults)
            QVERIFY2(fs::exists(settings.outDir / name), name);
    }

    void refusesAGroundTruthOfAnotherSizeNamingIt() {
        QTemporaryDir tmp;
        const fs::path dir = toPath(tmp.path());
        writeImage(dir);
        WholePipelineSettings settings = settingsFor(dir, "nogan");
        writeVolume(dir / "small_gt.tif", AnyVolume(Volume<std::uint32_t>(Shape{20, 20, 10}, 0)));
        settings.groundTruth = dir / "small_gt.tif";
        try {
            runWholePipeline(settings);
            QFAIL("a ground truth of another size was accepted");
        } catch (const FileError& e) {
            QVERIFY2(std::string(e.what()).find("small_gt.tif") != std::string::npos, e.what());
        }
        QVERIFY2(!fs::exists(settings.outDir / "pairs"), "the check comes before any work");
    }
};

QTEST_APPLESS_MAIN(TestWholePipeline)
#include "TestWholePipeline.moc"
