// Training of stage 2: one step changes every network and only the intended ones (the
// discriminators do not learn in the generator step, nor the generators in the discriminator step),
// a resumed run continues exactly as an uninterrupted one, a NaN loss stops with a clear error and
// keeps the last good checkpoint, a cancel leaves a checkpoint, and the outputs are written. Cycle
// noise (gan.cycle_noise) reaches only the terms that map pictures back and is drawn from the batch;
// gan.contour_skip_empty leaves L_contour out where q holds no nucleus.
#include "GanTestSupport.h"

#include "gan/GanGenerator.h"
#include "gan/GanTrainer.h"
#include "pipeline/Error.h"
#include "pipeline/Parallel.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <limits>
#include <map>
#include <sstream>
#include <string>

using namespace nuclei3d;

namespace {

std::filesystem::path path(const QTemporaryDir& dir) { return dir.path().toStdString(); }

using Snapshot = std::map<std::string, std::vector<torch::Tensor>>;

Snapshot snapshot(GanNetworks& nets) {
    Snapshot s;
    for (auto& [name, module] : nets.all())
        for (const auto& p : module->parameters())
            s[name].push_back(p.detach().clone());
    return s;
}

// Whether any parameter of network `name` differs between two snapshots.
bool changed(const Snapshot& before, const Snapshot& after, const std::string& name) {
    const auto& a = before.at(name);
    const auto& b = after.at(name);
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!torch::equal(a[i], b[i]))
            return true;
    return false;
}

GanBatch randomBatch(int slices, std::int64_t size) {
    torch::manual_seed(42);
    GanBatch b;
    b.a = torch::rand({slices + 1, 1, size, size}) * 2 - 1;
    b.aBinary = (b.a > 0).to(torch::kFloat);
    b.b = torch::rand({slices + 1, 1, size, size}) * 2 - 1;
    return b;
}

std::string readText(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

Snapshot checkpointWeights(const std::filesystem::path& file, const GanTrainSettings& settings) {
    GanTrainer trainer(settings, torch::kCPU);
    torch::serialize::InputArchive archive;
    archive.load_from(file.string());
    trainer.load(archive, file);
    return snapshot(trainer.networks());
}

std::int64_t checkpointStep(const std::filesystem::path& file) {
    torch::serialize::InputArchive archive;
    archive.load_from(file.string());
    c10::IValue step;
    archive.read("step", step);
    return step.toInt();
}

class CancelAtStep : public ProgressSink {
public:
    explicit CancelAtStep(std::string step) : m_step(std::move(step)) {}
    bool update(double, const std::string& text) override { return text.rfind(m_step, 0) != 0; }

private:
    std::string m_step;
};

} // namespace

class TestGanTraining : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setThreadCount(1); }

    void stepUpdatesOnlyTheIntendedNetworks_data() {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QStringList>("generators");
        QTest::newRow("recyclegan-hd") << int(GanMode::RecycleGanHd) << QStringList{"G1", "G2", "P1", "P2"};
        QTest::newRow("recyclegan") << int(GanMode::RecycleGan) << QStringList{"G1", "G2", "P1", "P2"};
        QTest::newRow("cyclegan") << int(GanMode::CycleGan) << QStringList{"G1", "G2"};
        QTest::newRow("spcyclegan") << int(GanMode::SpCycleGan) << QStringList{"G1", "G2", "S"};
    }

    void stepUpdatesOnlyTheIntendedNetworks() {
        QFETCH(int, mode);
        QFETCH(QStringList, generators);
        const GanTrainSettings s = test::tinyGan(static_cast<GanMode>(mode));
        GanTrainer trainer(s, torch::kCPU);
        const GanBatch batch = randomBatch(s.net.predictorSlices, s.net.sliceSize);
        const Snapshot start = snapshot(trainer.networks());
        QCOMPARE(start.size(), std::size_t(generators.size() + 2));

        GanStepLosses losses;
        trainer.generatorStep(batch, losses);
        const Snapshot afterGenerator = snapshot(trainer.networks());
        for (const QString& g : generators)
            QVERIFY2(changed(start, afterGenerator, g.toStdString()), qPrintable(g + " did not learn"));
        QVERIFY(!changed(start, afterGenerator, "D1"));
        QVERIFY(!changed(start, afterGenerator, "D2"));
        QVERIFY(losses.ganG1 > 0.0 && losses.ganG2 > 0.0 && losses.recycleA > 0.0 && losses.recycleB > 0.0);
        if (usesPredictors(s.net.mode))
            QVERIFY(losses.recurrentA > 0.0 && losses.recurrentB > 0.0);
        QCOMPARE(losses.contour > 0.0, s.net.mode == GanMode::RecycleGanHd);
        QCOMPARE(losses.spatial > 0.0, s.net.mode == GanMode::SpCycleGan);
        QVERIFY(losses.geometry > 0.0); // on by default, in every mode

        trainer.discriminatorStep(losses);
        const Snapshot afterDiscriminator = snapshot(trainer.networks());
        QVERIFY(changed(afterGenerator, afterDiscriminator, "D1"));
        QVERIFY(changed(afterGenerator, afterDiscriminator, "D2"));
        for (const QString& g : generators)
            QVERIFY(!changed(afterGenerator, afterDiscriminator, g.toStdString()));
        QVERIFY(losses.discriminatorD1 > 0.0 && losses.discriminatorD2 > 0.0);
    }

    void geometryTermOffIsNotComputed() {
        GanTrainSettings s = test::tinyGan(GanMode::RecycleGanHd);
        s.weights.geometry = 0.0; // the publication's losses exactly
        GanTrainer trainer(s, torch::kCPU);
        GanStepLosses losses;
        trainer.generatorStep(randomBatch(s.net.predictorSlices, s.net.sliceSize), losses);
        QCOMPARE(losses.geometry, 0.0);
    }

    void geometryTermPullsG1TowardsItsInput() {
        GanTrainSettings s = test::tinyGan(GanMode::CycleGan);
        s.weights.geometry = 10.0;
        GanTrainer trainer(s, torch::kCPU);
        // Domain A as it is in training: dark slices with a bright blob, here a square that moves.
        GanBatch batch = randomBatch(s.net.predictorSlices, s.net.sliceSize);
        batch.a = torch::full_like(batch.a, -1.0f);
        for (std::int64_t z = 0; z < batch.a.size(0); ++z)
            batch.a[z].slice(1, 2 + 3 * z, 8 + 3 * z).slice(2, 4, 10).fill_(1.0f);
        batch.aBinary = (batch.a > 0).to(torch::kFloat);
        GanStepLosses first, losses;
        trainer.generatorStep(batch, first);
        trainer.discriminatorStep(first);
        for (int step = 0; step < 30; ++step) {
            trainer.generatorStep(batch, losses);
            trainer.discriminatorStep(losses);
        }
        QVERIFY(first.geometry > 0.0);
        QVERIFY2(losses.geometry < 0.8 * first.geometry,
                 qPrintable(QString("%1 -> %2").arg(first.geometry).arg(losses.geometry)));
    }

    void cycleNoiseReachesOnlyTheTermsThatMapBack() {
        GanTrainSettings s = test::tinyGan(GanMode::RecycleGanHd);
        GanBatch batch = randomBatch(s.net.predictorSlices, s.net.sliceSize);
        batch.noiseSeed = 7;
        const auto firstLosses = [&batch](const GanTrainSettings& settings) {
            GanTrainer trainer(settings, torch::kCPU); // the same seed: the same initial networks
            GanStepLosses losses;
            trainer.generatorStep(batch, losses);
            return losses;
        };
        const GanStepLosses clean = firstLosses(s);
        s.cycleNoise = 0.5;
        const GanStepLosses noisy = firstLosses(s);
        // The discriminators, the geometry term and the predictors on real runs see clean pictures.
        QCOMPARE(noisy.ganG1, clean.ganG1);
        QCOMPARE(noisy.ganG2, clean.ganG2);
        QCOMPARE(noisy.geometry, clean.geometry);
        QCOMPARE(noisy.recurrentA, clean.recurrentA);
        QCOMPARE(noisy.recurrentB, clean.recurrentB);
        // What G2 and G1 map back is noisy.
        QVERIFY(noisy.recycleA != clean.recycleA);
        QVERIFY(noisy.recycleB != clean.recycleB);
        QVERIFY(noisy.contour != clean.contour);
        // The batch's seed alone decides the noise: the same seed gives the same step, another another.
        const GanStepLosses again = firstLosses(s);
        QCOMPARE(again.recycleA, noisy.recycleA);
        QCOMPARE(again.contour, noisy.contour);
        batch.noiseSeed = 8;
        QVERIFY(firstLosses(s).recycleA != noisy.recycleA);
    }

    void contourCanSkipRunsWithoutNuclei() {
        GanTrainSettings s = test::tinyGan(GanMode::RecycleGanHd);
        GanBatch empty = randomBatch(s.net.predictorSlices, s.net.sliceSize);
        empty.aBinary.zero_(); // no nucleus in q, the slice L_contour matches
        const auto contourOf = [](const GanTrainSettings& settings, const GanBatch& batch) {
            GanTrainer trainer(settings, torch::kCPU);
            GanStepLosses losses;
            trainer.generatorStep(batch, losses);
            return losses.contour;
        };
        QVERIFY(contourOf(s, empty) > 0.0); // as published: the reconstruction's own contours still cost
        s.contourSkipsEmptySlices = true;
        QCOMPARE(contourOf(s, empty), 0.0);
        // A run whose q holds a nucleus keeps the term.
        QVERIFY(contourOf(s, randomBatch(s.net.predictorSlices, s.net.sliceSize)) > 0.0);
    }

    void batchesDependOnSeedAndStepOnly() {
        GanDomains domains;
        domains.a.emplace_back(Shape{24, 24, 12}, 0.25f);
        domains.aBinary.emplace_back(Shape{24, 24, 12}, std::uint8_t{0});
        domains.b.push_back(test::tinyReal().image);
        const GanNetworkConfig c = test::tinyGan(GanMode::RecycleGanHd).net;
        const GanBatch a = sampleGanBatch(domains, c, 3, 5);
        const GanBatch b = sampleGanBatch(domains, c, 3, 5);
        QVERIFY(torch::equal(a.a, b.a) && torch::equal(a.b, b.b) && torch::equal(a.aBinary, b.aBinary));
        QCOMPARE(a.noiseSeed, b.noiseSeed);
        QVERIFY(sampleGanBatch(domains, c, 3, 6).noiseSeed != a.noiseSeed);
        QVERIFY(sampleGanBatch(domains, c, 4, 5).noiseSeed != a.noiseSeed);
    }

    void nanInTheBatchChangesNothing() {
        const GanTrainSettings s = test::tinyGan(GanMode::RecycleGanHd);
        GanTrainer trainer(s, torch::kCPU);
        GanBatch batch = randomBatch(s.net.predictorSlices, s.net.sliceSize);
        batch.b[0][0][3][3] = std::numeric_limits<float>::quiet_NaN();
        const Snapshot start = snapshot(trainer.networks());
        GanStepLosses losses;
        QVERIFY_THROWS_EXCEPTION(NonFiniteLoss, trainer.generatorStep(batch, losses));
        const Snapshot after = snapshot(trainer.networks());
        for (const auto& [name, tensors] : start)
            QVERIFY(!changed(start, after, name));
    }

    void resumeContinuesIdentically_data() {
        QTest::addColumn<double>("cycleNoise");
        QTest::newRow("publication's losses") << 0.0;
        QTest::newRow("with cycle noise") << 0.3;
    }

    void resumeContinuesIdentically() {
        QFETCH(double, cycleNoise);
        const auto settings = [cycleNoise](GanMode mode, std::int64_t steps) {
            GanTrainSettings s = test::tinyGan(mode, 2, steps);
            s.cycleNoise = cycleNoise;
            return s;
        };
        const SynthSettings synth = test::tinySynth();
        const std::vector<GanRealVolume> real{test::tinyReal()};
        QTemporaryDir whole, split;
        trainGan(real, settings(GanMode::RecycleGanHd, 4), synth, path(whole), "{}");
        trainGan(real, settings(GanMode::RecycleGanHd, 2), synth, path(split), "{}");
        QCOMPARE(checkpointStep(ganCheckpointFile(path(split))), std::int64_t{2});
        const GanTrainResult resumed = trainGan(real, settings(GanMode::RecycleGanHd, 4), synth, path(split), "{}");
        QCOMPARE(resumed.steps, std::int64_t{4});

        const GanTrainSettings s = settings(GanMode::RecycleGanHd, 4);
        const Snapshot a = checkpointWeights(ganCheckpointFile(path(whole)), s);
        const Snapshot b = checkpointWeights(ganCheckpointFile(path(split)), s);
        for (const auto& [name, tensors] : a)
            QVERIFY2(!changed(a, b, name), name.c_str());
        // The logs agree row for row: every term of every step.
        QCOMPARE(readText(ganLossLogFile(path(split))), readText(ganLossLogFile(path(whole))));
        // A checkpoint of other networks is refused, naming the file.
        try {
            trainGan(real, settings(GanMode::CycleGan, 6), synth, path(split), "{}");
            QFAIL("a checkpoint of another mode was accepted");
        } catch (const FileError& e) {
            QVERIFY(std::string(e.what()).find("checkpoint.pt") != std::string::npos);
        }
    }

    void outputsAreWritten() {
        QTemporaryDir dir;
        trainGan({test::tinyReal()}, test::tinyGan(GanMode::RecycleGanHd, 2, 4), test::tinySynth(), path(dir), "{}");
        std::ifstream log(ganLossLogFile(path(dir)));
        std::string header, line;
        std::getline(log, header);
        QVERIFY(header.find("recurrent_a") != std::string::npos && header.find("contour") != std::string::npos);
        int rows = 0;
        while (std::getline(log, line))
            ++rows;
        QCOMPARE(rows, 4);
        QVERIFY(std::filesystem::file_size(ganSampleFolder(path(dir)) / "step_0000002.png") > 0);
        QVERIFY(std::filesystem::file_size(ganSampleFolder(path(dir)) / "step_0000004.png") > 0);

        // Inference: G1 on every slice of a blurred I_binary of any xy size, on 0..1.
        GanGenerator g = GanGenerator::load(path(dir));
        QCOMPARE(g.config().sliceSize, 16);
        Volume<float> blurred(Shape{21, 18, 5}, 0.0f);
        for (std::size_t i = 0; i < blurred.voxelCount(); ++i)
            blurred[i] = float(i % 256);
        const Volume<float> syn = g.synthesize(blurred);
        QCOMPARE(syn.shape(), blurred.shape());
        float lo = 1.0f, hi = 0.0f;
        for (std::size_t i = 0; i < syn.voxelCount(); ++i) {
            lo = std::min(lo, syn[i]);
            hi = std::max(hi, syn[i]);
        }
        QVERIFY(lo >= 0.0f && hi <= 1.0f && hi > lo);
    }

    void nanLossStopsAndKeepsTheLastGoodCheckpoint() {
        const GanTrainSettings first = test::tinyGan(GanMode::RecycleGanHd, 2, 2);
        QTemporaryDir dir;
        // A run of S + 1 = 3 slices spans the whole depth, so every step sees slice 1.
        GanRealVolume real = test::tinyReal(24, 3);
        trainGan({real}, first, test::tinySynth(), path(dir), "{}");
        const std::string good = readText(ganCheckpointFile(path(dir)));
        const std::string generator = readText(ganGeneratorFile(path(dir)));
        for (std::size_t y = 0; y < 24; ++y)
            for (std::size_t x = 0; x < 24; ++x)
                real.image.at(x, y, 1) = std::numeric_limits<float>::quiet_NaN();
        try {
            trainGan({real}, test::tinyGan(GanMode::RecycleGanHd, 2, 6), test::tinySynth(), path(dir), "{}");
            QFAIL("a NaN loss did not stop training");
        } catch (const NonFiniteLoss&) {
            QFAIL("the trainer's internal error escaped");
        } catch (const Error& e) {
            const std::string message = e.what();
            QVERIFY2(message.find("step 3") != std::string::npos, message.c_str());
            QVERIFY2(message.find("NaN") != std::string::npos || message.find("infinite") != std::string::npos,
                     message.c_str());
            QVERIFY2(message.find("checkpoint (step 2)") != std::string::npos, message.c_str());
        }
        QCOMPARE(readText(ganCheckpointFile(path(dir))), good);
        QCOMPARE(readText(ganGeneratorFile(path(dir))), generator);
    }

    void cancelKeepsACheckpoint() {
        QTemporaryDir dir;
        CancelAtStep sink("step 4/"); // reported before step 4 runs: 3 are done
        CancelToken token;
        const Progress progress(&sink, &token);
        QVERIFY_THROWS_EXCEPTION(Cancelled, trainGan({test::tinyReal()}, test::tinyGan(GanMode::RecycleGan, 2, 8),
                                                     test::tinySynth(), path(dir), "{}", progress));
        QCOMPARE(checkpointStep(ganCheckpointFile(path(dir))), std::int64_t{3});
        QVERIFY(!std::filesystem::exists(ganGeneratorFile(path(dir))));
    }

    void tooSmallRealVolumeNamesTheFile() {
        QTemporaryDir dir;
        try {
            trainGan({test::tinyReal(12, 12)}, test::tinyGan(GanMode::RecycleGanHd), test::tinySynth(), path(dir), "{}");
            QFAIL("a volume smaller than one slice was accepted");
        } catch (const FileError& e) {
            QVERIFY(std::string(e.what()).find("real.tif") != std::string::npos);
            QVERIFY2(std::string(e.what()).find("--synth nogan") != std::string::npos, e.what());
        }
        // Big enough for a smaller GAN: the message says which sizes fit (xy rounded down to the
        // generators' multiple of 4, z minus the predicted slice).
        try {
            trainGan({test::tinyReal(22, 7)}, test::tinyGan(GanMode::RecycleGanHd, 10), test::tinySynth(), path(dir),
                     "{}");
            QFAIL("a volume thinner than one run of slices was accepted");
        } catch (const FileError& e) {
            QVERIFY2(std::string(e.what()).find("--gan.slice_size 20 and --gan.predictor_slices 6") != std::string::npos,
                     e.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestGanTraining)
#include "TestGanTraining.moc"
